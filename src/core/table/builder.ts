// Filling a RowTable: rows appended, then their cells stored column by column; columns grow by doubling.
import { CellValue } from "../cell";
import { COLUMN_KEYS } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { Parsed } from "../values";
import { ResolvedColumns, emptyResolvedColumns, grownResolvedColumns, trimmedResolvedColumns } from "./resolved-columns";
import { RowTable, TableSource } from "./row-table";
import { grownArray, grownTyped } from "./grow";
import { PrintedRows, emptyPrintedRows } from "./printed-rows";

/** Distinct number formats a table tells apart; past this, further formats read as the last one kept. */
const MAX_FORMATS = 0xffff;

/**
 * Rows are appended with `next()`, which returns the new row's position; the caller then stores
 * each cell column by column: its raw value (`rawColumn`), number format (`formatIds`, ids from
 * `formatId`), kind byte (`kinds`) and any parsed value the kind does not tell (`store`), and
 * resolves the row into `resolved`. No array per row is kept: a 100,000-row tracker is a few
 * dozen long arrays, not a hundred thousand small ones for the garbage collector to trace.
 */
export class TableBuilder {
  length = 0;
  private capacity: number;
  readonly sources: TableSource[] = [];
  sourceOf: Int32Array;
  rowNumber: Int32Array;
  /** Raw cell values by column; a column's array is made at its first value. */
  raws: (CellValue[] | null)[] = COLUMN_KEYS.map(() => null);
  /** Number format of each cell by column, as an index into `formatNames` (0 = "General"). */
  formatIds: Uint16Array[];
  readonly formatNames: string[] = ["General"];
  private readonly formatIndex = new Map<string, number>([["General", 0]]);
  kinds: Uint8Array[];
  /** Parsed values the kind byte does not tell, by column; a column's array is made at its first such value. */
  parsed: ((Parsed<unknown> | undefined)[] | null)[] = COLUMN_KEYS.map(() => null);
  resolved: ResolvedColumns;
  /** Explicit addresses, only for rows made from ProjectRow objects. */
  cells: (readonly (string | null)[])[] | null = null;
  rows: ProjectRow[] | null = null;
  /** Section and total rows, hidden projects and uncalculated formulas of printed trackers. */
  readonly printed: PrintedRows = emptyPrintedRows();

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity);
    this.sourceOf = new Int32Array(this.capacity);
    this.rowNumber = new Int32Array(this.capacity);
    this.formatIds = COLUMN_KEYS.map(() => new Uint16Array(this.capacity));
    this.kinds = COLUMN_KEYS.map(() => new Uint8Array(this.capacity));
    this.resolved = emptyResolvedColumns(this.capacity);
  }

  /** Registers a tracker (or a file/sheet pair) and returns its index for `sourceOf`. */
  addSource(source: TableSource): number {
    this.sources.push(source);
    return this.sources.length - 1;
  }

  /** Appends a row and returns its position. */
  next(source: number, rowNumber: number): number {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.sourceOf[i] = source;
    this.rowNumber[i] = rowNumber;
    return i;
  }

  /** The raw-value array of column `k`, made now if it is the column's first value. */
  rawColumn(k: number): CellValue[] {
    return (this.raws[k] ??= new Array<CellValue>(this.capacity));
  }

  /** The id of a number format (see `formatNames`). */
  formatId(format: string): number {
    let id = this.formatIndex.get(format);
    if (id === undefined) {
      if (this.formatNames.length > MAX_FORMATS) return MAX_FORMATS;
      id = this.formatNames.length;
      this.formatNames.push(format);
      this.formatIndex.set(format, id);
    }
    return id;
  }

  /** Stores a parsed value the kind byte does not tell (see TableParts.parsed). */
  store(k: number, i: number, parsed: Parsed<unknown>): void {
    const column = (this.parsed[k] ??= new Array<Parsed<unknown> | undefined>(this.capacity));
    column[i] = parsed;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.sourceOf = grownTyped(this.sourceOf, capacity);
    this.rowNumber = grownTyped(this.rowNumber, capacity);
    this.raws = this.raws.map((column) => column && grownArray(column, capacity));
    this.formatIds = this.formatIds.map((ids) => grownTyped(ids, capacity));
    this.kinds = this.kinds.map((k) => grownTyped(k, capacity));
    this.parsed = this.parsed.map((column) => column && grownArray(column, capacity));
    this.resolved = grownResolvedColumns(this.resolved, capacity);
    this.capacity = capacity;
  }

  finish(): RowTable {
    const n = this.length;
    return new RowTable({
      length: n,
      sources: this.sources,
      sourceOf: this.sourceOf.subarray(0, n),
      rowNumber: this.rowNumber.subarray(0, n),
      raws: this.raws,
      formatIds: this.formatIds.map((ids) => ids.subarray(0, n)),
      formatNames: this.formatNames,
      kinds: this.kinds.map((k) => k.subarray(0, n)),
      parsed: this.parsed,
      resolved: trimmedResolvedColumns(this.resolved, n),
      cells: this.cells,
      rows: this.rows,
      printed: this.printed,
    });
  }
}
