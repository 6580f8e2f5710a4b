// Host-independent steps of the pane's actions: detection summary, plain problems, run marks.
import { CheckResult, checkSources } from "../app/check";
import { LocalText } from "../core/findings";
import { REGISTRY_SHEET } from "../core/outputs/registry";
import { GeneratedMark, SheetInfo, WorkbookSource } from "../core/port";
import { TrackerError } from "../core/tracker/types";
import { Detection, TrackerChoice, TrackerInfo } from "./pane-host";
import { Pause } from "../core/tracker/load";

/** A Thai/English message carried by our own error classes (TrackerError, XlsxReadError, …), or null. */
export function plainProblem(error: unknown): LocalText | null {
  if (typeof error !== "object" || error === null) return null;
  const { th, en } = error as { th?: unknown; en?: unknown };
  return typeof th === "string" && typeof en === "string" ? { th, en } : null;
}

/** Sheets a user may name as the tracker: visible sheets that are not generated reports. */
export function pickableSheets(sheets: readonly SheetInfo[]): string[] {
  return sheets
    .filter((s) => s.visible && s.name !== REGISTRY_SHEET)
    .filter((s) => s.generated === null || s.generated.round === "template" || s.generated.round === "consolidate")
    .map((s) => s.name);
}

/** Valid fiscal years among the rows, newest first. */
export function fiscalYearsOf(check: CheckResult): number[] {
  const years = new Set<number>();
  // Read from the table's column: the rows as objects are made only for outputs.
  for (const year of check.analysis.table.resolved.fiscalYear) if (year === year) years.add(year);
  return [...years].sort((a, b) => b - a);
}

export function trackerInfo(check: CheckResult): TrackerInfo {
  const first = check.trackers[0].layout;
  return {
    file: first.file,
    sheet: first.sheet,
    headerRow: first.headerRow,
    rows: check.trackers.reduce((n, t) => n + t.rows, 0),
    fiscalYear: check.analysis.figures.fiscalYear,
    quarter: check.analysis.figures.quarter,
    fiscalYears: fiscalYearsOf(check),
    table: first.table,
  };
}

/** Detects the tracker of one workbook; "no tracker" is an answer, not a failure. */
export async function detectIn(source: WorkbookSource, choice: TrackerChoice & { readonly pause?: Pause } = {}): Promise<Detection> {
  const sheets = pickableSheets(await source.listSheets());
  try {
    const check = await checkSources([source], choice);
    return { sheets, tracker: trackerInfo(check), problem: null };
  } catch (error) {
    if (error instanceof TrackerError) return { sheets, tracker: null, problem: { th: error.th, en: error.en }, problemKind: error.code };
    throw error;
  }
}

/** Each tracker's most frequent valid fiscal year (ties: the newer), in the order of check.trackers. */
export function fiscalYearPerTracker(check: CheckResult): (number | null)[] {
  const { table } = check.analysis;
  const counts = check.trackers.map(() => new Map<number, number>());
  const years = table.resolved.fiscalYear;
  for (let at = 0; at < table.length; at++) {
    const year = years[at];
    if (year !== year) continue; // NaN: no valid year
    const byYear = counts[table.sourceOf[at]];
    byYear?.set(year, (byYear.get(year) ?? 0) + 1);
  }
  return counts.map((byYear) => {
    let best: number | null = null;
    for (const [year, n] of byYear) if (best === null || n > byYear.get(best)! || (n === byYear.get(best)! && year > best)) best = year;
    return best;
  });
}

/** The run key of a consolidation: its fiscal year, not per quarter. */
export function consolidateMark(check: CheckResult): Omit<GeneratedMark, "key"> {
  return { fiscalYear: check.analysis.figures.fiscalYear ?? 0, quarter: 0, round: "consolidate" };
}

export const TEMPLATE_MARK: Omit<GeneratedMark, "key"> = { fiscalYear: 0, quarter: 0, round: "template" };
