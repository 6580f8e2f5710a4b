// Fields on demand: a row answers for its cells by column position; Field objects are made when asked for.
import { CellValue, cellAddress } from "../cell";
import { BLANK, Parsed } from "../values";
import { COLUMN_KEYS, ColumnKey } from "./columns";
import { Field, RowFields } from "./types";

/**
 * A field read from a worksheet cell. Its A1 address is worked out only when asked for (a
 * finding, a link): a 100,000-row tracker would otherwise hold two million address strings.
 */
export class SheetField<T> implements Field<T> {
  constructor(
    readonly key: ColumnKey,
    readonly raw: CellValue,
    readonly format: string,
    readonly parsed: Parsed<T>,
    private readonly rowNumber: number,
    private readonly columnNumber: number
  ) {}

  get cell(): string {
    return cellAddress(this.rowNumber, this.columnNumber);
  }
}

/** The one field every row shares for a column its tracker does not have. */
export const ABSENT: Readonly<Record<ColumnKey, Field<never>>> = Object.fromEntries(
  COLUMN_KEYS.map((key) => [
    key,
    Object.freeze({ key, cell: null, raw: null, format: "General", parsed: BLANK }),
  ])
) as Record<ColumnKey, Field<never>>;

/**
 * Stands, where the readers and a RowTable hand parsed values around, for "read fine, and the
 * value is the cell's own raw value" — the case of almost every id, name, code and amount. No
 * Parsed object is then made or kept for that cell: a 100,000-row tracker would otherwise make
 * two million. Its `kind` is "ok"; only the value is taken from the raw cell (decodeParsed).
 */
export const SAME_AS_RAW: Parsed<never> = Object.freeze({ kind: "ok", value: undefined as never });

/** The Parsed a compact row stands for with `stored` and `raw`. */
export function decodeParsed<T>(stored: Parsed<unknown>, raw: CellValue): Parsed<T> {
  return (stored === SAME_AS_RAW ? { kind: "ok", value: raw } : stored) as Parsed<T>;
}

/** The value a compact row stores for `parsed` read from `raw`: SAME_AS_RAW when the two agree. */
export function encodeParsed(parsed: Parsed<unknown>, raw: CellValue): Parsed<unknown> {
  return parsed.kind === "ok" && raw !== null && Object.is(parsed.value, raw) ? SAME_AS_RAW : parsed;
}

/** Where each column key sits in the row arrays of one block: index, or -1 when the column is absent. */
export interface ColumnSlots {
  /** By COLUMN_KEYS position. */
  readonly indexes: Int32Array;
  /** Worksheet column of index 0. */
  readonly firstColumn: number;
}

/**
 * A row's fields without a Field object per cell: the named getters make each Field when asked,
 * from whatever keeps the row's cells (a RowTable's columns: see TableRowFields). A 100,000-row
 * tracker thus holds no object per cell; rules and outputs that need one cell's reading ask for
 * just that (`kindAt`, `parsedAt`, `rawAt`) through `parsedOf` and `rawOf`.
 */
export abstract class CompactRowFields implements RowFields {
  /** The raw cell value at COLUMN_KEYS position `k` (null for a column the tracker lacks). */
  abstract rawAt(k: number): CellValue;

  /** How many columns the row holds (COLUMN_KEYS.length). */
  abstract get columnCount(): number;

  /** The kind of the parsed value at COLUMN_KEYS position `k`. */
  abstract kindAt(k: number): Parsed<unknown>["kind"];

  /** The parsed value at COLUMN_KEYS position `k`. */
  abstract parsedAt<T>(k: number): Parsed<T>;

  /** The field at COLUMN_KEYS position `k`. */
  abstract fieldAt<T>(k: number): Field<T>;

  get project_id() {
    return this.fieldAt<string>(0);
  }
  get project_name() {
    return this.fieldAt<string>(1);
  }
  get department() {
    return this.fieldAt<string>(2);
  }
  get division() {
    return this.fieldAt<string>(3);
  }
  get project_type() {
    return this.fieldAt<string>(4);
  }
  get fiscal_year() {
    return this.fieldAt<number>(5);
  }
  get budget_code() {
    return this.fieldAt<string>(6);
  }
  get budget() {
    return this.fieldAt<number>(7);
  }
  get strategy(): RowFields["strategy"] {
    return this.fieldAt(8);
  }
  get master_plan(): RowFields["master_plan"] {
    return this.fieldAt(9);
  }
  get sub_plan() {
    return this.fieldAt<string>(10);
  }
  get reform_area(): RowFields["reform_area"] {
    return this.fieldAt(11);
  }
  get progress() {
    return [
      this.fieldAt<number>(12),
      this.fieldAt<number>(13),
      this.fieldAt<number>(14),
      this.fieldAt<number>(15),
    ];
  }
  get disbursed() {
    return [
      this.fieldAt<number>(16),
      this.fieldAt<number>(17),
      this.fieldAt<number>(18),
      this.fieldAt<number>(19),
    ];
  }
  get remarks() {
    return this.fieldAt<string>(20);
  }
}

/** Position of each column key in COLUMN_KEYS. */
export const COLUMN_POSITION: Readonly<Record<ColumnKey, number>> = Object.fromEntries(
  COLUMN_KEYS.map((key, k) => [key, k])
) as Record<ColumnKey, number>;

const QUARTER_COLUMN = /^q(\d)_(progress|disbursed)$/;

/**
 * The Field of one column of a row. A compactly stored row makes it on demand; rules call this
 * only for a cell they report, so the thousands of cells that are fine never get a Field.
 */
export function fieldOf(fields: RowFields, key: ColumnKey): Field<unknown> {
  if (fields instanceof CompactRowFields) return fields.fieldAt(COLUMN_POSITION[key]);
  const quarter = QUARTER_COLUMN.exec(key);
  if (!quarter) return fields[key as Exclude<ColumnKey, `q${number}_${string}`>];
  const list = quarter[2] === "progress" ? fields.progress : fields.disbursed;
  return list[Number(quarter[1]) - 1];
}

/** How one column of a row reads, without making a Field for a compactly stored row. */
export function parsedOf<T = unknown>(fields: RowFields, key: ColumnKey): Parsed<T> {
  if (fields instanceof CompactRowFields) return fields.parsedAt<T>(COLUMN_POSITION[key]);
  return fieldOf(fields, key).parsed as Parsed<T>;
}

/** The raw cell value of one column of a row. */
export function rawOf(fields: RowFields, key: ColumnKey): CellValue {
  if (fields instanceof CompactRowFields) return fields.rawAt(COLUMN_POSITION[key]);
  return fieldOf(fields, key).raw;
}
