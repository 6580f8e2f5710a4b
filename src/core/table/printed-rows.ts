// Rows of a printed tracker that are not projects (section and total rows), and what else the table keeps of the layout.
import { CellValue } from "../cell";
import { COLUMN_KEYS, ColumnKey } from "../tracker/columns";

/** A money cell of a total row: what it holds and whether it is a formula Excel never calculated. */
export interface MoneyCell {
  readonly key: ColumnKey;
  /** 1-based worksheet column. */
  readonly column: number;
  readonly value: CellValue;
  readonly format: string;
  readonly uncalculated: boolean;
}

/** A section heading or a subtotal/total row: never a project, never a finding of the project rules. */
export interface LayoutRow {
  readonly kind: "section" | "total";
  /** Index of the tracker in the table's sources. */
  readonly source: number;
  /** Worksheet row. */
  readonly row: number;
  /** Table positions below this one come before the row (in its tracker or an earlier one). */
  readonly before: number;
  /** Total rows: the budget and disbursement cells of the row (empty for section rows). */
  readonly money: readonly MoneyCell[];
}

/** The printed layout's part of a table. */
export interface PrintedRows {
  /** Section and total rows in reading order. */
  readonly layoutRows: LayoutRow[];
  /** Positions of project rows that are hidden in the sheet. */
  readonly hidden: number[];
  /** `position * COLUMN_KEYS.length + k` of project cells holding a formula with no calculated value. */
  readonly uncalculated: Set<number>;
}

export function emptyPrintedRows(): PrintedRows {
  return { layoutRows: [], hidden: [], uncalculated: new Set() };
}

export function uncalculatedKey(at: number, k: number): number {
  return at * COLUMN_KEYS.length + k;
}

/** Section and total rows and hidden projects, per source index. */
export function countPrintedRows(printed: PrintedRows, sourceOf: Int32Array, sources: number): { sections: number[]; totals: number[]; hidden: number[] } {
  const sections = new Array<number>(sources).fill(0);
  const totals = new Array<number>(sources).fill(0);
  const hidden = new Array<number>(sources).fill(0);
  for (const r of printed.layoutRows) (r.kind === "section" ? sections : totals)[r.source]++;
  for (const at of printed.hidden) hidden[sourceOf[at]]++;
  return { sections, totals, hidden };
}
