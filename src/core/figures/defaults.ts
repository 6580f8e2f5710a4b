// Default fiscal year and quarter (SPEC §4) when the user has not chosen them.
import { QUARTERS, Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";

/** The most frequent valid fiscal year among the rows; a tie goes to the later year; null if none. */
export function defaultFiscalYear(rows: readonly ProjectRow[]): number | null {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const year = row.resolved.fiscalYear;
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

/** The latest quarter in which any included row has a progress value; 1 when none has. */
export function defaultQuarter(includedRows: readonly ProjectRow[]): Quarter {
  let latest: Quarter = 1;
  for (const row of includedRows) {
    for (const q of QUARTERS) {
      if (q > latest && row.resolved.progress[q - 1] !== undefined) latest = q;
    }
  }
  return latest;
}
