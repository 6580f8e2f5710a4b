// Pooled project rows stored by column: what rules and figures read; ProjectRow objects are made only when asked for.
import { CellValue, cellAddress } from "../cell";
import { COLUMN_KEYS, ColumnKey } from "../tracker/columns";
import { ABSENT, ColumnSlots, CompactRowFields, SAME_AS_RAW, SheetField, decodeParsed } from "../tracker/row-fields";
import { Field, ProjectRow } from "../tracker/types";
import { BLANK, Parsed } from "../values";
import { ResolvedColumns, resolvedAt } from "./resolved-columns";
import { PrintedRows, emptyPrintedRows, uncalculatedKey } from "./printed-rows";

/** A parsed cell's kind as a byte, so a rule can scan a column without touching a Parsed object. */
export const KIND_BLANK = 0;
export const KIND_OK = 1;
export const KIND_ERROR = 2;
export const KIND_INVALID = 3;

export function kindCode(p: Parsed<unknown>): number {
  if (p === SAME_AS_RAW) return KIND_OK;
  switch (p.kind) {
    case "blank":
      return KIND_BLANK;
    case "ok":
      return KIND_OK;
    case "error":
      return KIND_ERROR;
    default:
      return KIND_INVALID;
  }
}

/** Position of each column key in COLUMN_KEYS: the index of its kind and parsed columns. */
export const COL: Readonly<Record<ColumnKey, number>> = Object.fromEntries(
  COLUMN_KEYS.map((key, k) => [key, k]),
) as Record<ColumnKey, number>;

/** One tracker the rows came from: its file and sheet, and where each column sits in its rows' cell arrays. */
export interface TableSource extends ColumnSlots {
  readonly file: string;
  readonly sheet: string;
}

/** What a RowTable is made of (the builder and fromRows fill it). */
export interface TableParts {
  readonly length: number;
  readonly sources: readonly TableSource[];
  readonly sourceOf: Int32Array;
  readonly rowNumber: Int32Array;
  /** Raw cell values by COLUMN_KEYS position, then row; null for a column no row has. */
  readonly raws: readonly (readonly CellValue[] | null)[];
  /** Number format ids by COLUMN_KEYS position, then row: indexes into `formatNames`. */
  readonly formatIds: readonly Uint16Array[];
  readonly formatNames: readonly string[];
  /** By COLUMN_KEYS position, then row: kind bytes. */
  readonly kinds: readonly Uint8Array[];
  /**
   * By COLUMN_KEYS position, then row: the parsed values that the kind byte does not tell (an
   * error, an invalid cell, a value that differs from the raw cell); null for a column with none.
   * Where nothing is stored, a blank cell reads BLANK and an "ok" cell reads as its raw value.
   */
  readonly parsed: readonly (readonly (Parsed<unknown> | undefined)[] | null)[];
  readonly resolved: ResolvedColumns;
  /** Explicit A1 addresses per row (by COLUMN_KEYS position), for rows not laid out as a sheet; else null. */
  readonly cells: readonly (readonly (string | null)[])[] | null;
  /** The ProjectRow objects the table was made from, if it was. */
  readonly rows: readonly ProjectRow[] | null;
  /** Section and total rows, hidden projects, uncalculated formulas (none for tables made from rows). */
  readonly printed?: PrintedRows;
}

/**
 * Pooled rows by column. Rules and figures loop over row positions and read kind bytes and
 * resolved columns, so a 100,000-row tracker costs no object per row or per cell; a finding, a
 * link or an output asks for a ProjectRow or Field, made then.
 */
export class RowTable {
  readonly length: number;
  readonly sources: readonly TableSource[];
  readonly sourceOf: Int32Array;
  /** Worksheet row number of each row. */
  readonly rowNumber: Int32Array;
  readonly kinds: readonly Uint8Array[];
  readonly resolved: ResolvedColumns;
  /** Section and total rows, hidden projects and uncalculated formulas of printed trackers. */
  readonly printed: PrintedRows;
  private readonly parts: TableParts;
  private materialised: ProjectRow[] | null = null;

  constructor(parts: TableParts) {
    this.parts = parts;
    this.length = parts.length;
    this.sources = parts.sources;
    this.sourceOf = parts.sourceOf;
    this.rowNumber = parts.rowNumber;
    this.kinds = parts.kinds;
    this.resolved = parts.resolved;
    this.printed = parts.printed ?? emptyPrintedRows();
    this.materialised = parts.rows ? [...parts.rows] : null;
  }

  file(i: number): string {
    return this.sources[this.sourceOf[i]].file;
  }

  sheet(i: number): string {
    return this.sources[this.sourceOf[i]].sheet;
  }

  /** The raw cell value of column position `k` at row `i` (null for a column the tracker lacks). */
  raw(k: number, i: number): CellValue {
    return this.parts.raws[k]?.[i] ?? null;
  }

  /** True when the cell holds a formula with no calculated value in the file (it reads blank). */
  isUncalculated(k: number, i: number): boolean {
    return this.printed.uncalculated.size > 0 && this.printed.uncalculated.has(uncalculatedKey(i, k));
  }

  format(k: number, i: number): string {
    return this.parts.formatNames[this.parts.formatIds[k][i]];
  }

  /** How the cell reads. */
  parsed<T = unknown>(k: number, i: number): Parsed<T> {
    const stored = this.stored(k, i);
    return stored === SAME_AS_RAW ? decodeParsed<T>(stored, this.raw(k, i)) : (stored as Parsed<T>);
  }

  /** The parsed value as a compact row keeps it: SAME_AS_RAW for an "ok" cell read as itself. */
  private stored(k: number, i: number): Parsed<unknown> {
    const stored = this.parts.parsed[k]?.[i];
    if (stored !== undefined) return stored;
    return this.kinds[k][i] === KIND_BLANK ? BLANK : SAME_AS_RAW;
  }

  /** A1 address of the cell, or null for a column the tracker lacks. */
  cell(k: number, i: number): string | null {
    if (this.parts.cells) return this.parts.cells[i][k];
    const source = this.sources[this.sourceOf[i]];
    const slot = source.indexes[k];
    return slot < 0 ? null : cellAddress(this.rowNumber[i], source.firstColumn + slot);
  }

  /** The Field of one cell (made now; its A1 address only when read). */
  field<T = unknown>(k: number, i: number): Field<T> {
    if (this.parts.cells) {
      const cell = this.parts.cells[i][k];
      if (cell === null) return ABSENT[COLUMN_KEYS[k]];
      return { key: COLUMN_KEYS[k], cell, raw: this.raw(k, i), format: this.format(k, i), parsed: this.parsed<T>(k, i) };
    }
    const source = this.sources[this.sourceOf[i]];
    const slot = source.indexes[k];
    if (slot < 0) return ABSENT[COLUMN_KEYS[k]];
    const raw = this.raw(k, i);
    return new SheetField<T>(COLUMN_KEYS[k], raw, this.format(k, i), this.parsed<T>(k, i), this.rowNumber[i], source.firstColumn + slot);
  }


  /** Row `i` as a ProjectRow: the object the table was made from, or one made now and kept. */
  row(i: number): ProjectRow {
    const rows = (this.materialised ??= new Array<ProjectRow>(this.length));
    return (rows[i] ??= this.makeRow(i));
  }

  /** Every row as a ProjectRow, in pooled order (made on the first call). */
  rows(): readonly ProjectRow[] {
    for (let i = 0; i < this.length; i++) this.row(i);
    return this.materialised ?? [];
  }

  private makeRow(i: number): ProjectRow {
    const source = this.sources[this.sourceOf[i]];
    const fields = new TableRowFields(this, i);
    return { file: source.file, sheet: source.sheet, row: this.rowNumber[i], index: i, fields, resolved: resolvedAt(this.resolved, i) };
  }

}

const KIND_NAMES: readonly Parsed<unknown>["kind"][] = ["blank", "ok", "error", "invalid"];

/**
 * The fields of a table row, read from the table's columns when asked: a row made for an output
 * keeps no copy of its cells (a 100,000-row report makes every row).
 */
class TableRowFields extends CompactRowFields {
  constructor(
    private readonly table: RowTable,
    private readonly at: number,
  ) {
    super();
  }

  override rawAt(k: number): CellValue {
    return this.table.raw(k, this.at);
  }

  override get columnCount(): number {
    return COLUMN_KEYS.length;
  }

  override kindAt(k: number): Parsed<unknown>["kind"] {
    return KIND_NAMES[this.table.kinds[k][this.at]];
  }

  override parsedAt<T>(k: number): Parsed<T> {
    return this.table.parsed<T>(k, this.at);
  }

  override fieldAt<T>(k: number): Field<T> {
    return this.table.field<T>(k, this.at);
  }
}
