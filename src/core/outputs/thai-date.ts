// Thai dates and numbers for memos: Buddhist Era years, Thai month names, Thai digits.
import { asciiDigitsToThai } from "../text";

/** A calendar date (Gregorian), as the caller passes "today": core never reads the clock. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const THAI_MONTHS = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

export const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Gregorian year + 543 = Buddhist Era year. */
export const BE_OFFSET = 543;

function checkDate(date: CalendarDate): void {
  const { year, month, day } = date;
  const valid =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31;
  // A bad date here is a bug in the caller (dates come from the clock or from our own ISO strings).
  if (!valid) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
}

/** "๒๕ พฤศจิกายน ๒๕๖๙" for 2026-11-25. */
export function thaiDate(date: CalendarDate): string {
  checkDate(date);
  return asciiDigitsToThai(`${date.day} ${THAI_MONTHS[date.month - 1]} ${date.year + BE_OFFSET}`);
}

/** "25 November 2026". */
export function englishDate(date: CalendarDate): string {
  checkDate(date);
  return `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
}

/** A date from an ISO "YYYY-MM-DD" string, or null when it is not one. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? date : null;
}

/** The Thai fiscal year (BE) a date falls in: October starts the next year's budget. */
export function fiscalYearOf(date: CalendarDate): number {
  return date.year + BE_OFFSET + (date.month >= 10 ? 1 : 0);
}

/** `n` with `decimals` places and thousands separators, in ASCII digits ("1,234.50"). */
export function formatNumber(n: number, decimals: number, grouping = true): string {
  const factor = 10 ** decimals;
  // Nudge by epsilon so 45.005 rounds up as a reader expects, not down as its binary form would.
  const rounded = Math.round(Math.abs(n) * factor * (1 + Number.EPSILON)) / factor;
  const [whole, fraction] = rounded.toFixed(decimals).split(".");
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + grouped + (fraction === undefined ? "" : `.${fraction}`);
}

/** `n` in Thai digits with `decimals` places and thousands separators: thaiNumber(45.5, 2) → "๔๕.๕๐". */
export function thaiNumber(n: number, decimals = 0, grouping = true): string {
  return asciiDigitsToThai(formatNumber(n, decimals, grouping));
}
