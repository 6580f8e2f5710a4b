// Compact field storage: a row keeps its cells and parsed values in arrays; Field objects are made when asked for.
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
 * Stands, in a compact row's parsed values, for "read fine, and the value is the cell's own raw
 * value" — the case of almost every id, name, code and amount. The row then keeps no Parsed
 * object of its own for that cell: a 100,000-row tracker would otherwise keep half a million of
 * them alive, and the garbage collector's work grows with every object that stays alive. Its
 * `kind` is "ok", so kind checks need no decoding; only the value is taken from the raw cell.
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
 * A row's fields without a Field object per cell. The row keeps the cell values and formats it
 * was read from and one parsed value per column; each getter makes its Field on demand. A
 * 100,000-row tracker thus holds a few objects per row instead of some fifty, which is most of
 * what the engine's memory and garbage collection used to go on.
 */
export class CompactRowFields implements RowFields {
  constructor(
    private readonly values: readonly CellValue[],
    private readonly formats: readonly string[],
    /** Parsed value per column, by COLUMN_KEYS position; SAME_AS_RAW stands for the raw value read fine (read through parsedAt). */
    private readonly parsedValues: readonly Parsed<unknown>[],
    private readonly rowNumber: number,
    private readonly slots: ColumnSlots
  ) {}

  /** The raw cell value at COLUMN_KEYS position `k` (null for a column the tracker lacks). */
  rawAt(k: number): CellValue {
    const i = this.slots.indexes[k];
    return i < 0 ? null : (this.values[i] ?? null);
  }

  /** How many columns the row holds parsed values for (COLUMN_KEYS.length). */
  get columnCount(): number {
    return this.parsedValues.length;
  }

  /** The kind of the parsed value at COLUMN_KEYS position `k`, without decoding it. */
  kindAt(k: number): Parsed<unknown>["kind"] {
    return this.parsedValues[k].kind;
  }

  /** The parsed value at COLUMN_KEYS position `k`. */
  parsedAt<T>(k: number): Parsed<T> {
    const stored = this.parsedValues[k];
    return stored === SAME_AS_RAW ? decodeParsed<T>(stored, this.rawAt(k)) : (stored as Parsed<T>);
  }

  /** The field at COLUMN_KEYS position `k`. */
  fieldAt<T>(k: number): Field<T> {
    const i = this.slots.indexes[k];
    if (i < 0) return ABSENT[COLUMN_KEYS[k]];
    const raw = this.values[i] ?? null;
    return new SheetField(
      COLUMN_KEYS[k],
      raw,
      this.formats[i] ?? "General",
      decodeParsed<T>(this.parsedValues[k], raw),
      this.rowNumber,
      this.slots.firstColumn + i
    );
  }

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
