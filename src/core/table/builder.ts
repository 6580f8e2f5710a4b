// Filling a RowTable one row at a time: columns grow by doubling, so a tracker of any length is one pass.
import { CellValue } from "../cell";
import { COLUMN_KEYS } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { Parsed } from "../values";
import { ResolvedColumns, emptyResolvedColumns, grownResolvedColumns } from "./resolved-columns";
import { RowTable, TableSource } from "./row-table";

function grownI32(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

function grownU8(a: Uint8Array, capacity: number): Uint8Array {
  const b = new Uint8Array(capacity);
  b.set(a);
  return b;
}

function grownArray<T>(a: readonly T[], capacity: number): T[] {
  // Made at full length first: assigning far past an array's end would turn it into a slow dictionary.
  const b = new Array<T>(capacity);
  for (let i = 0; i < a.length; i++) b[i] = a[i];
  return b;
}

/**
 * Rows are appended with `next()`, which returns the new row's position; the caller then stores
 * its kind bytes (`kinds`), any parsed value a kind does not tell (`store`), and resolves it
 * into `resolved`.
 */
export class TableBuilder {
  length = 0;
  private capacity: number;
  readonly sources: TableSource[] = [];
  sourceOf: Int32Array;
  rowNumber: Int32Array;
  readonly valueRows: (readonly CellValue[])[] = [];
  readonly formatRows: (readonly string[])[] = [];
  kinds: Uint8Array[];
  /** Parsed values the kind byte does not tell, by column; a column's array is made at its first such value. */
  parsed: ((Parsed<unknown> | undefined)[] | null)[] = COLUMN_KEYS.map(() => null);
  resolved: ResolvedColumns;
  /** Explicit addresses, only for rows made from ProjectRow objects. */
  cells: (readonly (string | null)[])[] | null = null;
  rows: ProjectRow[] | null = null;

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity);
    this.sourceOf = new Int32Array(this.capacity);
    this.rowNumber = new Int32Array(this.capacity);
    this.kinds = COLUMN_KEYS.map(() => new Uint8Array(this.capacity));
    this.resolved = emptyResolvedColumns(this.capacity);
  }

  /** Registers a tracker (or a file/sheet pair) and returns its index for `sourceOf`. */
  addSource(source: TableSource): number {
    this.sources.push(source);
    return this.sources.length - 1;
  }

  /** Stores a parsed value the kind byte does not tell (see TableParts.parsed). */
  store(k: number, i: number, parsed: Parsed<unknown>): void {
    const column = (this.parsed[k] ??= new Array<Parsed<unknown> | undefined>(this.capacity));
    column[i] = parsed;
  }

  /** Appends a row and returns its position. */
  next(source: number, rowNumber: number, values: readonly CellValue[], formats: readonly string[]): number {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.sourceOf[i] = source;
    this.rowNumber[i] = rowNumber;
    this.valueRows.push(values);
    this.formatRows.push(formats);
    return i;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.sourceOf = grownI32(this.sourceOf, capacity);
    this.rowNumber = grownI32(this.rowNumber, capacity);
    this.kinds = this.kinds.map((k) => grownU8(k, capacity));
    this.parsed = this.parsed.map((column) => column && grownArray(column, capacity));
    this.resolved = grownResolvedColumns(this.resolved, capacity);
    this.capacity = capacity;
  }

  finish(): RowTable {
    const n = this.length;
    const r = this.resolved;
    return new RowTable({
      length: n,
      sources: this.sources,
      sourceOf: this.sourceOf.subarray(0, n),
      rowNumber: this.rowNumber.subarray(0, n),
      valueRows: this.valueRows,
      formatRows: this.formatRows,
      kinds: this.kinds.map((k) => k.subarray(0, n)),
      parsed: this.parsed,
      resolved: {
        ...r,
        typeKnown: r.typeKnown.subarray(0, n),
        fiscalYear: r.fiscalYear.subarray(0, n),
        fiscalYearWasCe: r.fiscalYearWasCe.subarray(0, n),
        budget: r.budget.subarray(0, n),
        strategy: r.strategy.subarray(0, n),
        masterPlan: r.masterPlan.subarray(0, n),
        reformArea: r.reformArea.subarray(0, n),
        progress: r.progress.map((q) => q.subarray(0, n)),
        disbursed: r.disbursed.map((q) => q.subarray(0, n)),
      },
      cells: this.cells,
      rows: this.rows,
    });
  }
}
