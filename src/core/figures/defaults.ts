// Default fiscal year and quarter (SPEC §4) when the user has not chosen them.
import { RowTable } from "../table/row-table";
import { asTable } from "../table/from-rows";
import { Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";

/** The most frequent valid fiscal year among the rows; a tie goes to the later year; null if none. */
export function defaultFiscalYear(rows: RowTable | readonly ProjectRow[]): number | null {
  const years = asTable(rows).resolved.fiscalYear;
  const counts = new Map<number, number>();
  // Rows of one year tend to come together: counted a run at a time, not a Map update a row.
  let runYear = NaN;
  let runLength = 0;
  for (let i = 0; i < years.length; i++) {
    const year = years[i];
    if (year !== year) continue;
    if (year === runYear) {
      runLength++;
      continue;
    }
    if (runLength > 0) counts.set(runYear, (counts.get(runYear) ?? 0) + runLength);
    runYear = year;
    runLength = 1;
  }
  if (runLength > 0) counts.set(runYear, (counts.get(runYear) ?? 0) + runLength);
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

/**
 * The latest quarter in which any included row has a progress value; 1 when none has. The rows
 * are `positions` of the table (every row when omitted).
 */
export function defaultQuarter(rows: RowTable | readonly ProjectRow[], positions?: ArrayLike<number>): Quarter {
  const { progress } = asTable(rows).resolved;
  const count = positions ? positions.length : progress[0].length;
  for (let q = 3; q >= 1; q--) {
    const column = progress[q];
    for (let n = 0; n < count; n++) {
      const value = column[positions ? positions[n] : n];
      if (value === value) return (q + 1) as Quarter;
    }
  }
  return 1;
}
