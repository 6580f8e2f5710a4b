// exceljs cell values → CellValue: cached formula results, rich text, hyperlinks, errors, dates as serials.
import { CellValue, excelError } from "../../core/cell";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
export const DATE1904_OFFSET = 1462;

/** A Date as an Excel serial number in the 1900 date system (what Office.js hands the engine). */
export function serialFromDate(date: Date): number | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
}

/**
 * A serial rounded to whole milliseconds, as exceljs's own Date conversion rounds it, so the
 * streaming reader (raw serials) and the full loader (Dates) agree to the last bit.
 */
export function roundSerialToMs(serial: number): number {
  return UNIX_EPOCH_SERIAL + Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY) / MS_PER_DAY;
}

/** exceljs's test for a date number format (same rule, so both readers pick the same cells). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

interface RichTextRun {
  text?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Plain text of a rich-text value: its runs concatenated. */
export function richTextToString(runs: readonly RichTextRun[]): string {
  return runs.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

/**
 * Converts any exceljs cell value. Formulas give their cached result (null when none was saved),
 * so the engine sees what Excel showed; a formula is never evaluated here.
 */
export function cellValueFromExcelJs(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialFromDate(value);
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return excelError(value.error);
  if (Array.isArray(value.richText)) return richTextToString(value.richText as RichTextRun[]);
  if ("formula" in value || "sharedFormula" in value) return cellValueFromExcelJs(value.result);
  if ("hyperlink" in value) return cellValueFromExcelJs(value.text ?? null);
  if ("text" in value) return cellValueFromExcelJs(value.text);
  return null;
}
