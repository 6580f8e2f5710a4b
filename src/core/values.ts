// Reading cell values (SPEC §2): numbers, percentages, codes, years and text, the same in every adapter.
import { asExcelErrorText, CellValue, isExcelError } from "./cell";
import { cleanText, isAsciiDigits, thaiDigitsToAscii } from "./text";

/** The outcome of reading one cell for one purpose. Unparseable input is "invalid", never zero. */
export type Parsed<T> =
  | { readonly kind: "blank" }
  | { readonly kind: "ok"; readonly value: T }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "invalid"; readonly text: string; readonly reason: InvalidReason };

export type InvalidReason = "not-a-number" | "date" | "boolean" | "not-an-integer" | "no-code";

export const BLANK: Parsed<never> = { kind: "blank" };

function ok<T>(value: T): Parsed<T> {
  return { kind: "ok", value };
}

function invalid(text: string, reason: InvalidReason): Parsed<never> {
  return { kind: "invalid", text, reason };
}

/** Blank, error or the cleaned text; shared first step of every reader. */
function preRead(value: CellValue): Parsed<never> | { kind: "value"; value: string | number | boolean } {
  if (value === null || value === undefined) return BLANK;
  if (isExcelError(value)) return { kind: "error", code: value.code };
  if (typeof value === "string") {
    const err = asExcelErrorText(value);
    if (err) return { kind: "error", code: err.code };
    const text = cleanText(value);
    if (text === "") return BLANK;
    return { kind: "value", value: text };
  }
  return { kind: "value", value };
}

/** Display text of any cell value (numbers without exponent where possible). */
export function displayText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (isExcelError(value)) return value.code;
  if (typeof value === "number") return numberToPlainString(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return cleanText(value);
}

/** A number as digits without exponent notation (large integers included). */
export function numberToPlainString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  return String(n);
}

/** Text cell (trimmed, NFC). Numbers become their plain text; booleans are text too. */
export function readText(value: CellValue): Parsed<string> {
  const pre = preRead(value);
  if (pre.kind !== "value") return pre;
  return ok(typeof pre.value === "string" ? pre.value : displayText(pre.value));
}

/**
 * A workbook uses a handful of number formats over thousands of cells, so what a format means is
 * worked out once per format text. The cap only guards against a hostile file with endless formats.
 */
const FORMAT_CACHE_LIMIT = 1000;
const dateFormats = new Map<string, boolean>();
const percentFormats = new Map<string, boolean>();

function remembered(cache: Map<string, boolean>, format: string, decide: (format: string) => boolean): boolean {
  let answer = cache.get(format);
  if (answer === undefined) {
    answer = decide(format);
    if (cache.size >= FORMAT_CACHE_LIMIT) cache.clear();
    cache.set(format, answer);
  }
  return answer;
}

/** True when a number format displays a date or time (so the number is a date serial). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General") return false;
  return remembered(dateFormats, format, formatShowsDate);
}

function formatShowsDate(format: string): boolean {
  if (/^general$/i.test(format.trim())) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare.replace(/General/gi, "").replace(/E[+-]/gi, ""));
}

/** True when a number format is a percent format (the value is a fraction). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || format === "General") return false;
  return remembered(percentFormats, format, (f) => f.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%"));
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LONE_DASH = /^[-–—]$/;

/** Numeric text → number: Thai digits, thousands separators, trailing บาท/THB, (123) negatives. */
export function parseNumberText(text: string): number | null {
  let t = thaiDigitsToAscii(text).replace(/\s+/g, " ").trim();
  t = t.replace(/^฿\s*/, "").replace(/\s*(บาท|thb|baht)\.?$/i, "").trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1].trim();
  }
  // Thousands separators only between digit groups of three.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, "");
  t = t.replace(/\s/g, "");
  if (!NUMBER_TEXT.test(t)) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** A number from a numeric column; dates, booleans and other text are "invalid". */
export function readNumber(value: CellValue, format?: string): Parsed<number> {
  const pre = preRead(value);
  if (pre.kind !== "value") return pre;
  const v = pre.value;
  if (typeof v === "boolean") return invalid(displayText(v), "boolean");
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return invalid(String(v), "not-a-number");
    if (isDateFormat(format)) return invalid(String(v), "date");
    return ok(v);
  }
  if (LONE_DASH.test(v)) return BLANK;
  const n = parseNumberText(v);
  return n === null ? invalid(v, "not-a-number") : ok(n);
}

/** A percentage in percent units: percent-formatted numbers are fractions, `45%` text is 45. */
export function readPercent(value: CellValue, format?: string): Parsed<number> {
  if (typeof value === "number" && isPercentFormat(format) && Number.isFinite(value)) return ok(value * 100);
  if (typeof value === "string") {
    const t = thaiDigitsToAscii(cleanText(value));
    const m = /^(.*?)\s*%$/.exec(t);
    if (m) {
      const n = parseNumberText(m[1]);
      return n === null ? invalid(cleanText(value), "not-a-number") : ok(n);
    }
  }
  return readNumber(value, format);
}

/** The first integer in the text (Thai digits converted), e.g. `ยุทธศาสตร์ที่ ๒` → 2, `(11)` → 11. */
export function firstInteger(text: string): number | null {
  const m = /\d+/.exec(thaiDigitsToAscii(text));
  return m ? Number(m[0]) : null;
}

/**
 * A code cell: an integer number, or the first integer in its text; text without an integer comes
 * back as `{ name }` for matching against reference names.
 */
export function readCode(value: CellValue): Parsed<number | { name: string }> {
  const pre = preRead(value);
  if (pre.kind !== "value") return pre;
  const v = pre.value;
  if (typeof v === "boolean") return invalid(displayText(v), "boolean");
  if (typeof v === "number") return Number.isInteger(v) ? ok(v) : invalid(String(v), "not-an-integer");
  // Planners write a lone dash for "none" in code columns too.
  if (LONE_DASH.test(v)) return BLANK;
  const n = firstInteger(v);
  return n === null ? ok({ name: v }) : ok(n);
}

/** A year: an integer number or text holding one (`2569`, `๒๕๖๙`, `ปีงบประมาณ 2569`). */
export function readYear(value: CellValue, format?: string): Parsed<number> {
  const pre = preRead(value);
  if (pre.kind !== "value") return pre;
  const v = pre.value;
  if (typeof v === "boolean") return invalid(displayText(v), "boolean");
  if (typeof v === "number") {
    if (isDateFormat(format)) return invalid(String(v), "date");
    return Number.isInteger(v) ? ok(v) : invalid(String(v), "not-an-integer");
  }
  const plain = parseNumberText(v);
  if (plain !== null) return Number.isInteger(plain) ? ok(plain) : invalid(v, "not-an-integer");
  const m = /\d{4}/.exec(thaiDigitsToAscii(v));
  return m ? ok(Number(m[0])) : invalid(v, "no-code");
}

/** Digits of a code (budget code, sub-plan): spaces, `-`, `.`, `/` stripped; numbers as integers. */
export function readDigits(value: CellValue): Parsed<string> {
  const pre = preRead(value);
  if (pre.kind !== "value") return pre;
  const v = pre.value;
  if (typeof v === "boolean") return invalid(displayText(v), "boolean");
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 0) return invalid(String(v), "not-an-integer");
    return ok(numberToPlainString(v));
  }
  if (isAsciiDigits(v)) return ok(v);
  if (LONE_DASH.test(v)) return BLANK;
  return ok(thaiDigitsToAscii(v).replace(/[\s\-./]/g, ""));
}
