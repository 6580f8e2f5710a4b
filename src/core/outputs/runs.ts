// Runs of generated sheets: the registry's entries grouped by the write that made them, for "Remove a run".
import { GeneratedMark } from "../port";
import { RegistryEntry } from "./registry";

/** One write of the product (an insert, a template, a consolidation) and the sheets it made. */
export interface GeneratedRun {
  /** Stable within a registry: the write time and the mark, so two writes never share one. */
  readonly id: string;
  readonly round: GeneratedMark["round"];
  readonly fiscalYear: number;
  readonly quarter: number;
  /** ISO time of the write ("" when an older registry did not record it). */
  readonly writtenAt: string;
  /** Sheet names in the order the registry lists them. */
  readonly sheets: readonly string[];
}

export function runId(e: Omit<RegistryEntry, "sheet" | "key">): string {
  return `${e.writtenAt}|${e.round}|${e.fiscalYear}|${e.quarter}`;
}

/**
 * Entries grouped by run, newest first. A later write of the same outputs replaces the earlier
 * sheets and their entries, so a run lists only the sheets of it that are still in the workbook.
 */
export function groupRuns(entries: readonly RegistryEntry[]): GeneratedRun[] {
  const runs = new Map<string, GeneratedRun & { sheets: string[] }>();
  for (const e of entries) {
    const id = runId(e);
    const run = runs.get(id);
    if (run) run.sheets.push(e.sheet);
    else
      runs.set(id, {
        id,
        round: e.round,
        fiscalYear: e.fiscalYear,
        quarter: e.quarter,
        writtenAt: e.writtenAt,
        sheets: [e.sheet],
      });
  }
  return [...runs.values()].sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : a.writtenAt > b.writtenAt ? -1 : 0));
}
