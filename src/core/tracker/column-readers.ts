// Reading a tracker's cells column by column: the reader each column calls for, and a memo of values a column repeats.
import { CellValue } from "../cell";
import {
  BLANK,
  Parsed,
  readCode,
  readDigits,
  readNumber,
  readPercent,
  readText,
  readYear,
} from "../values";
import { COLUMN_KEYS, ColumnKey } from "./columns";

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
  }));

  /** The parsed value of a cell of the column at COLUMN_KEYS position `k`. */
  read(k: number, value: CellValue, format: string): Parsed<unknown> {
    if (value === null) return BLANK;
    const memo = this.memos[k];
    // 0 is left out because a Map does not tell 0 from -0, and the readers keep the sign.
    if (memo === null || (typeof value !== "string" && typeof value !== "number") || value === 0) {
      return this.readers[k](value, format);
    }
    memo.lookups++;
    const known = memo.parsedByValue.get(value);
    if (known !== undefined && known.format === format) {
      memo.hits++;
      return known.parsed;
    }
    const parsed = this.readers[k](value, format);
    if (memo.lookups === TRIAL_LOOKUPS && memo.hits * 4 < TRIAL_LOOKUPS) {
      this.memos[k] = null;
    } else if (memo.parsedByValue.size < MAX_REMEMBERED) {
      memo.parsedByValue.set(value, { format, parsed });
    }
    return parsed;
  }
}
