// Cell values as every adapter hands them to the engine: the same shape from exceljs and Office.js.
import { isBlankText } from "./text";

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface ExcelError {
  readonly kind: "error";
  readonly code: string;
}

/**
 * A raw cell value. Dates arrive as serial numbers with a date number format (as Office.js gives
 * them), so the engine can tell a date in a numeric column from a real number.
 */
export type CellValue = string | number | boolean | ExcelError | null;

/**
 * A rectangular block of a worksheet: values and number formats, row-major, same shape. Read-only:
 * a source may hand out its own arrays (MemorySource does), so nobody writes into a block.
 */
export interface CellBlock {
  readonly sheet: string;
  /** 1-based worksheet row of values[0]. */
  readonly firstRow: number;
  /** 1-based worksheet column of values[r][0]. */
  readonly firstColumn: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Number format per cell ("General" when unknown); may be shorter than values (missing = General). */
  readonly formats: readonly (readonly string[])[];
}

export const EXCEL_ERROR_CODES = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_CODES);

export function excelError(code: string): ExcelError {
  return { kind: "error", code };
}

export function isExcelError(value: unknown): value is ExcelError {
  return typeof value === "object" && value !== null && (value as ExcelError).kind === "error";
}

/** Office.js returns error values as plain strings ("#N/A"); this recognises them. */
export function asExcelErrorText(text: string): ExcelError | null {
  // Every error code starts with "#": most cells are settled by their first character after ASCII spaces.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 0x20) i++;
  const first = text.charCodeAt(i);
  if (first !== 0x23 && (first < 0x80 || (first >= 0x0e00 && first <= 0x0e7f))) return null;
  const t = text.trim().toUpperCase();
  return ERROR_SET.has(t) ? excelError(t) : null;
}

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address from 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Blank: no value, or text that is empty once NBSP and zero-width characters are cleaned away. */
export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && isBlankText(value));
}
