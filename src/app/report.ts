// Use case "report" / "insert": the generated sheets of SPEC §5 built from a check, written to a target.
import { Lang } from "../core/findings";
import { buildReportDocs } from "../core/outputs/report";
import { SheetDoc } from "../core/outputs/sheet-doc";
import { GeneratedMark, ProgressFn, WorkbookTarget, WrittenSheet } from "../core/port";
import { CheckResult } from "./check";

import { ALL_OUTPUTS, OutputSelection, Round, localToday } from "./output-selection";

// Kept here too: the command line and tests name them from this module.
export { ALL_OUTPUTS, localToday };
export type { OutputSelection, Round };

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
  return target.writeGenerated(reportDocs(check, opts), reportMark(check, opts.round), progress);
}

/** The run key of a report: its fiscal year, quarter (0 for the import round) and round. */
export function reportMark(check: CheckResult, round: Round): Omit<GeneratedMark, "key"> {
  const { fiscalYear, quarter } = check.analysis.figures;
  return { fiscalYear: fiscalYear ?? 0, quarter: round === "import" ? 0 : quarter, round };
}

