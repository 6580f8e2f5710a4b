// buildReportDocs: every generated sheet of SPEC §5 the user asked for, in reading order (summary first).
import { Lang } from "../findings";
import { Analysis } from "../figures/types";
import { Reference } from "../reference";
import { buildLinkageDoc } from "./linkage";
import { buildMemoDocs } from "./memos";
import { SheetDoc } from "./sheet-doc";
import { buildSummaryDoc } from "./summary";
import { CalendarDate } from "./thai-date";
import { buildValidationDoc } from "./validation";

export interface ReportSelection {
  readonly summary: boolean;
  /** Charts live on the summary sheet (they read its cells), so asking for charts writes it too. */
  readonly charts: boolean;
  readonly memos: boolean;
  readonly linkage: boolean;
  readonly validation: boolean;
}

export interface ReportInput {
  readonly analysis: Analysis;
  readonly reference: Reference;
  readonly lang: Lang;
  readonly round: "quarter" | "import";
  /** Today's date (Gregorian) for the memos; the core never reads the clock. */
  readonly today: CalendarDate;
  readonly include: ReportSelection;
  /** Validation rows link to tracker cells when the sheets go into the tracker's own workbook. */
  readonly trackerInSameWorkbook: boolean;
}

/** Summary (with charts), memos, linkage map, validation — each only when selected. */
export function buildReportDocs(input: ReportInput): SheetDoc[] {
  const { analysis, reference, lang, include } = input;
  const docs: SheetDoc[] = [];
  if (include.summary || include.charts) {
    docs.push(buildSummaryDoc(analysis.figures, reference, { lang, charts: include.charts }));
  }
  if (include.memos) {
    docs.push(...buildMemoDocs({ analysis, reference, lang, round: input.round, today: input.today }));
  }
  if (include.linkage) docs.push(buildLinkageDoc(analysis.figures, reference, { lang }));
  if (include.validation) {
    docs.push(buildValidationDoc(analysis.findings, { lang, trackerInSameWorkbook: input.trackerInSameWorkbook }));
  }
  return docs;
}
