// Approval memos (บันทึกข้อความ) as SheetDocs: per cluster and final for a quarter, or one for the import round.
import { Lang } from "../findings";
import { Analysis } from "../figures/types";
import { Reference } from "../reference";
import { renderMemo } from "./memo-frame";
import { importMemo } from "./memo-import";
import { clusterMemo, finalMemo } from "./memo-quarter";
import { MEMO_LABELS, MemoContext } from "./memo-text";
import { SheetDoc } from "./sheet-doc";
import { CalendarDate, fiscalYearOf, parseIsoDate } from "./thai-date";

export interface MemoOptions {
  readonly analysis: Analysis;
  readonly reference: Reference;
  readonly lang: Lang;
  readonly round: "quarter" | "import";
  /** Today's date (Gregorian), passed in: core never reads the clock. */
  readonly today: CalendarDate;
  /** Position printed under the sender's signature; default "ผู้อำนวยการกลุ่ม ป.ย.ป.". */
  readonly signerTitle?: string;
}

/**
 * Quarter round: one memo per cluster with figures ("memo-<code>"), then "memo-final" to the
 * permanent secretary. Import round: "memo-import" alone.
 */
export function buildMemoDocs(opts: MemoOptions): SheetDoc[] {
  const { analysis, reference, lang, round, today } = opts;
  const figures = analysis.figures;
  const ctx: MemoContext = {
    lang,
    reference,
    // With no valid fiscal year in the data, the year "today" falls in is the one being prepared.
    fiscalYear: figures.fiscalYear ?? fiscalYearOf(today),
    quarter: figures.quarter,
    today,
    deadline: figures.deadline === null ? null : parseIsoDate(figures.deadline),
    signerTitle: opts.signerTitle ?? MEMO_LABELS[lang].signerTitle,
  };
  if (round === "import") return [renderMemo(ctx, importMemo(ctx, analysis))];
  const perCluster = figures.clusters.map((group) =>
    renderMemo(ctx, clusterMemo(ctx, analysis, group, reference.cluster(group.code)))
  );
  return [...perCluster, renderMemo(ctx, finalMemo(ctx, analysis))];
}
