// Use case "report" / "insert": the generated sheets of SPEC §5 built from a check, written to a target.
import { Lang } from "../core/findings";
import { buildReportDocs } from "../core/outputs/report";
import { SheetDoc } from "../core/outputs/sheet-doc";
import { ProgressFn, WorkbookTarget, WrittenSheet } from "../core/port";
import { CheckResult } from "./check";

export type Round = "quarter" | "import";

/** Which generated sheets to write (all by default). */
export interface OutputSelection {
  readonly summary: boolean;
  readonly charts: boolean;
  readonly memos: boolean;
  readonly linkage: boolean;
  readonly validation: boolean;
}

export const ALL_OUTPUTS: OutputSelection = { summary: true, charts: true, memos: true, linkage: true, validation: true };

export interface ReportOptions {
  readonly lang: Lang;
  readonly round: Round;
  /** Today's date (Gregorian) for memos; passed in so the engine never reads the clock. */
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
  readonly include?: OutputSelection;
  /** True when the outputs go into the tracker's own workbook (validation rows link to cells). */
  readonly trackerInSameWorkbook?: boolean;
}

export function reportDocs(check: CheckResult, opts: ReportOptions): SheetDoc[] {
  return buildReportDocs({
    analysis: check.analysis,
    reference: check.reference,
    lang: opts.lang,
    round: opts.round,
    today: opts.today,
    include: opts.include ?? ALL_OUTPUTS,
    trackerInSameWorkbook: opts.trackerInSameWorkbook ?? false,
  });
}

/** Writes the report's sheets; the run key is the fiscal year, quarter and round. */
export async function writeReport(
  target: WorkbookTarget,
  check: CheckResult,
  opts: ReportOptions,
  progress?: ProgressFn,
): Promise<WrittenSheet[]> {
  const docs = reportDocs(check, opts);
  const { fiscalYear, quarter } = check.analysis.figures;
  return target.writeGenerated(
    docs,
    { fiscalYear: fiscalYear ?? 0, quarter: opts.round === "import" ? 0 : quarter, round: opts.round },
    progress,
  );
}

/** Today in the local time zone as {year, month, day}. The faces call this; the core never does. */
export function localToday(now: Date = new Date()): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
