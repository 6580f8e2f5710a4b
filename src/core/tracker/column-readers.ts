// Reading a tracker's cells column by column: the reader each column calls for, and a memo of values a column repeats.
import { CellValue } from "../cell";
import {
  BLANK,
  Parsed,
  isDateFormat,
  isPercentFormat,
  readCode,
  readDigits,
  readNumber,
  readPercent,
  readText,
  readYear,
} from "../values";
import { isAsciiDigits, isCleanText } from "../text";
import { COLUMN_KEYS, ColumnKey } from "./columns";
import { SAME_AS_RAW, encodeParsed } from "./row-fields";
import { TableBuilder } from "../table/builder";
import { KIND_BLANK, KIND_OK, kindCode } from "../table/row-table";

export type Reader = (value: CellValue, format: string) => Parsed<unknown>;

/** The reader of each column, by key. */
export const READERS: Readonly<Record<ColumnKey, Reader>> = {
  project_id: readText,
  project_name: readText,
  department: readText,
  division: readText,
  project_type: readText,
  fiscal_year: readYear,
  budget_code: readDigits,
  budget: readNumber,
  strategy: readCode,
  master_plan: readCode,
  sub_plan: readDigits,
  reform_area: readCode,
  q1_progress: readPercent,
  q2_progress: readPercent,
  q3_progress: readPercent,
  q4_progress: readPercent,
  q1_disbursed: readNumber,
  q2_disbursed: readNumber,
  q3_disbursed: readNumber,
  q4_disbursed: readNumber,
  remarks: readText,
};

/** What a column's cells must hold to read as themselves, with no reader called: see `readsAsItself`. */
const enum Shape {
  /** Clean text not starting with "#" (readText). */
  Text,
  /** A finite number outside a date format (readNumber). */
  Number,
  /** As Number, outside a percent format too (readPercent: percent-formatted numbers are fractions). */
  Percent,
  /** An integer number outside a date format (readYear, readCode). */
  Integer,
  /** Text of ASCII digits only (readDigits). */
  Digits,
}

const SHAPES: Readonly<Record<ColumnKey, Shape>> = {
  project_id: Shape.Text,
  project_name: Shape.Text,
  department: Shape.Text,
  division: Shape.Text,
  project_type: Shape.Text,
  fiscal_year: Shape.Integer,
  budget_code: Shape.Digits,
  budget: Shape.Number,
  strategy: Shape.Integer,
  master_plan: Shape.Integer,
  sub_plan: Shape.Digits,
  reform_area: Shape.Integer,
  q1_progress: Shape.Percent,
  q2_progress: Shape.Percent,
  q3_progress: Shape.Percent,
  q4_progress: Shape.Percent,
  q1_disbursed: Shape.Number,
  q2_disbursed: Shape.Number,
  q3_disbursed: Shape.Number,
  q4_disbursed: Shape.Number,
  remarks: Shape.Text,
};

/**
 * True when the column's reader would return "ok" with the cell's own value: a clean name, an
 * integer code, a plain amount. That is almost every cell, and settling it here spares the
 * reader call and its Parsed object (the cell is then stored as SAME_AS_RAW). Anything else
 * takes the reader, so the readers alone still decide every case that needs deciding.
 */
function readsAsItself(shape: Shape, value: string | number | boolean, isDate: boolean, isPercent: boolean): boolean {
  switch (shape) {
    case Shape.Text:
      return typeof value === "string" && value.length > 0 && value.charCodeAt(0) !== 0x23 && isCleanText(value);
    case Shape.Digits:
      return typeof value === "string" && isAsciiDigits(value);
    case Shape.Number:
      return typeof value === "number" && Number.isFinite(value) && !isDate;
    case Shape.Percent:
      return typeof value === "number" && Number.isFinite(value) && !isDate && !isPercent;
    case Shape.Integer:
      return typeof value === "number" && Number.isInteger(value) && !isDate;
  }
}

/** Lookups a column gets before deciding whether remembering its values pays. */
const TRIAL_LOOKUPS = 512;
/** Distinct values remembered per column at most. */
const MAX_REMEMBERED = 2048;

interface Memo {
  readonly parsedByValue: Map<
    string | number,
    { readonly format: string; readonly parsed: Parsed<unknown> }
  >;
  lookups: number;
  hits: number;
  /**
   * Look values up before anything else: true during the trial, then only for a column that
   * repeats its values at least three times in four (department, type, division); a column that
   * repeats less (names that recur now and then) is read first and looked up only for cells its
   * shape does not settle.
   */
  first: boolean;
}

/**
 * Parses cells column by column for one tracker. Trackers repeat a handful of values down most
 * columns (department, project type, fiscal year, strategy, division): a column whose values
 * repeat gets each distinct value (with its number format) parsed once and the parsed result
 * shared, which saves the work and the memory of one Parsed object per cell. A column of
 * distinct values (project ids, names, amounts) stops remembering after a short trial.
 * Readers are pure functions of value and format, so a shared result is the same result.
 */
export class ColumnReaders {
  private readonly readers: readonly Reader[] = COLUMN_KEYS.map((key) => READERS[key]);
  private readonly memos: (Memo | null)[] = COLUMN_KEYS.map(() => ({
    parsedByValue: new Map(),
    lookups: 0,
    hits: 0,
    first: true,
  }));

  private readonly shapes: readonly Shape[] = COLUMN_KEYS.map((key) => SHAPES[key]);

  /**
   * The parsed value of a cell of the column at COLUMN_KEYS position `k`, or SAME_AS_RAW when it
   * reads "ok" as its own value (the form a table stores; decodeParsed turns it back).
   */
  read(k: number, value: CellValue, format: string): Parsed<unknown> {
    if (value === null) return BLANK;
    return this.readCell(k, this.shapes[k], value, format, isDateFormat(format), isPercentFormat(format));
  }

  /**
   * Reads column `k` (at `slot` in the block's rows) of the block rows `kept` into table rows
   * `first, first + 1, …`: raw value, number format, kind byte, and any parsed value the kind does
   * not tell. Each cell's read value goes to `ok[j]` (undefined unless it read "ok") and whether
   * it held a number to `wasNumber[j]`, for resolving the column next.
   */
  readColumn(
    b: TableBuilder,
    k: number,
    slot: number,
    block: { readonly values: readonly (readonly CellValue[])[]; readonly formats: readonly (readonly string[] | undefined)[] },
    kept: ArrayLike<number>,
    first: number,
    ok: unknown[],
    wasNumber: boolean[],
  ): void {
    const raws = b.rawColumn(k);
    const formatIds = b.formatIds[k];
    const kinds = b.kinds[k];
    const shape = this.shapes[k];
    // A column keeps one number format down most of its rows: what it means is worked out when it changes.
    let lastFormat = "General";
    let formatId = 0;
    let isDate = false;
    let isPercent = false;
    for (let j = 0; j < kept.length; j++) {
      const r = kept[j];
      const i = first + j;
      const value = block.values[r][slot] ?? null;
      const format = block.formats[r]?.[slot] ?? "General";
      if (format !== lastFormat) {
        lastFormat = format;
        formatId = b.formatId(format);
        isDate = isDateFormat(format);
        isPercent = isPercentFormat(format);
      }
      raws[i] = value;
      formatIds[i] = formatId;
      wasNumber[j] = typeof value === "number";
      if (value === null) {
        kinds[i] = KIND_BLANK;
        ok[j] = undefined;
        continue;
      }
      const p = this.readCell(k, shape, value, format, isDate, isPercent);
      if (p === SAME_AS_RAW) {
        kinds[i] = KIND_OK;
        ok[j] = value;
      } else {
        kinds[i] = kindCode(p);
        const stored = encodeParsed(p, value);
        if (stored !== SAME_AS_RAW && stored !== BLANK) b.store(k, i, stored);
        ok[j] = p.kind === "ok" ? p.value : undefined;
      }
    }
  }

  /**
   * How a non-null cell reads: SAME_AS_RAW when as itself. A column that repeats its values looks
   * the value up first (a native hash of the string beats scanning its characters in JS); any
   * other cell is settled by its shape or, failing that, by the column's reader.
   */
  private readCell(
    k: number,
    shape: Shape,
    value: Exclude<CellValue, null>,
    format: string,
    isDate: boolean,
    isPercent: boolean,
  ): Parsed<unknown> {
    const memo = this.memos[k];
    // 0 is left out because a Map does not tell 0 from -0, and the readers keep the sign.
    if (memo === null || (typeof value !== "string" && typeof value !== "number") || value === 0) {
      return typeof value !== "object" && readsAsItself(shape, value, isDate, isPercent) ? SAME_AS_RAW : this.readers[k](value, format);
    }
    if (!memo.first && readsAsItself(shape, value, isDate, isPercent)) return SAME_AS_RAW;
    memo.lookups++;
    const known = memo.parsedByValue.get(value);
    if (known !== undefined && known.format === format) {
      memo.hits++;
      return known.parsed;
    }
    const parsed = readsAsItself(shape, value, isDate, isPercent) ? SAME_AS_RAW : this.readers[k](value, format);
    if (memo.lookups === TRIAL_LOOKUPS && memo.hits * 4 < TRIAL_LOOKUPS) {
      this.memos[k] = null;
    } else if (memo.lookups === TRIAL_LOOKUPS && memo.hits * 4 < TRIAL_LOOKUPS * 3) {
      memo.first = false;
    }
    if (this.memos[k] !== null && memo.parsedByValue.size < MAX_REMEMBERED) {
      memo.parsedByValue.set(value, { format, parsed });
    }
    return parsed;
  }
}
