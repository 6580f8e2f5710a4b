// Finding the header row among the first 20 rows: one row, or a group title row above sub-headers.
import { CellValue } from "../cell";
import { displayText } from "../values";
import { ColumnKey, REQUIRED_COLUMNS, matchHeader } from "./columns";
import { TrackerColumn } from "./types";

/** How many rows are searched for the header (SPEC §2). */
export const HEADER_SEARCH_ROWS = 20;

export interface HeaderMatch {
  /** 0-based index of the first header row within the rows given. */
  readonly rowIndex: number;
  readonly headerRows: 1 | 2;
  readonly columns: Partial<Record<ColumnKey, TrackerColumn>>;
  readonly unknownColumns: { column: number; header: string }[];
  readonly score: number;
  readonly requiredFound: number;
}

function text(v: CellValue | undefined): string {
  return v === undefined ? "" : displayText(v);
}

/** Header titles of a one-row header. */
function singleTitles(row: readonly CellValue[], width: number): string[] {
  return Array.from({ length: width }, (_, c) => text(row[c]));
}

/**
 * Titles of a two-row header: a group title (merged across its sub-headers, so only its first cell
 * holds text) joined with each sub-header; columns merged down both rows keep the upper text.
 */
function twoRowTitles(upper: readonly CellValue[], lower: readonly CellValue[], width: number): string[][] {
  const out: string[][] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    const u = text(upper[c]);
    const l = text(lower[c]);
    if (u !== "") group = u;
    else if (l === "") group = "";
    const g = u !== "" ? u : group;
    // Candidates in order of preference: group + sub-header, sub-header alone, upper alone.
    if (l === "") out.push([u]);
    else out.push(g !== "" ? [`${g} ${l}`, l, g] : [l]);
  }
  return out;
}

function matchTitles(candidates: string[][], firstColumn: number): Omit<HeaderMatch, "rowIndex" | "headerRows"> {
  const columns: Partial<Record<ColumnKey, TrackerColumn>> = {};
  const unknownColumns: { column: number; header: string }[] = [];
  candidates.forEach((titles, c) => {
    const column = firstColumn + c;
    const shown = titles[0] ?? "";
    for (const title of titles) {
      const key = matchHeader(title);
      if (key && !columns[key]) {
        columns[key] = { key, column, header: title };
        return;
      }
    }
    if (shown !== "") unknownColumns.push({ column, header: shown });
  });
  const keys = Object.keys(columns) as ColumnKey[];
  const requiredFound = REQUIRED_COLUMNS.filter((k) => columns[k]).length;
  return { columns, unknownColumns, score: keys.length, requiredFound };
}

/** The best header among the first rows of a sheet, or null when no row names a known column. */
export function findHeader(rows: readonly (readonly CellValue[])[], firstColumn = 1): HeaderMatch | null {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let best: HeaderMatch | null = null;
  const consider = (m: HeaderMatch) => {
    if (m.score === 0) return;
    if (!best || m.score > best.score || (m.score === best.score && m.requiredFound > best.requiredFound)) best = m;
  };
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const singles: HeaderMatch[] = [];
  for (let r = 0; r < Math.min(rows.length, limit + 1); r++) {
    singles.push({ rowIndex: r, headerRows: 1, ...matchTitles(singleTitles(rows[r], width).map((t) => [t]), firstColumn) });
  }
  for (let r = 0; r < limit; r++) {
    consider(singles[r]);
    if (r + 1 < rows.length) {
      const two: HeaderMatch = { rowIndex: r, headerRows: 2, ...matchTitles(twoRowTitles(rows[r], rows[r + 1], width), firstColumn) };
      // A two-row header must name more columns than either of its rows alone does.
      if (two.score > Math.max(singles[r].score, singles[r + 1]?.score ?? 0)) consider(two);
    }
  }
  return best;
}
