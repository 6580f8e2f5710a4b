// Sheet XML cell → CellValue, from the `t` attribute and the cached `<v>` text; formulas are never evaluated.
import { CellValue, excelError } from "../../core/cell";
import { decodeOoxmlText, detachText } from "./xml";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
export const DATE1904_OFFSET = 1462;

/** A number as XML spreadsheets write one (no hex, no "Infinity", no thousands separators). */
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface CellReadContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

/**
 * An ISO 8601 date of a `t="d"` cell as a 1900-system serial, the time of day as written (Excel
 * ignores a zone offset). Null when the text is no such date.
 */
export function serialFromIsoDate(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i] ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute) + Number(m[6] ?? 0) * 1000;
  const serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
  // the 1900 system counts a 29 February 1900 that never was: earlier dates are one day lower
  return serial < 61 ? serial - 1 : serial;
}

/** A `<v>` number; text that is not one is handed on as text, so the engine reports it. */
function numberOrText(raw: string): number | string {
  if (!NUMBER_TEXT.test(raw)) return detachText(raw);
  const n = parseFloat(raw);
  return Number.isFinite(n) ? n : detachText(raw);
}

/**
 * The value of a cell of type `type` whose `<v>` holds `raw`. A shared-string index outside the
 * table reads as blank, as Excel shows such a cell once it has repaired the file. `isDate` says
 * the cell's number format is a date format: its serial is moved to the 1900 system if needed.
 */
export function cellValueOf(
  type: string,
  raw: string,
  isDate: boolean,
  ctx: CellReadContext
): CellValue {
  switch (type) {
    case "s": {
      const text = /^\s*\d+\s*$/.test(raw) ? ctx.sharedStrings[Number(raw)] : undefined;
      return text ?? null;
    }
    case "str":
    case "inlineStr":
      return detachText(decodeOoxmlText(raw));
    case "b": {
      const t = raw.trim();
      return (
        t === "true" || (t !== "false" && t !== "" && Number(t) !== 0 && !Number.isNaN(Number(t)))
      );
    }
    case "e":
      return excelError(raw.trim());
    case "d":
      return serialFromIsoDate(raw) ?? detachText(raw);
    default: {
      // "n", and any type Excel does not define, is read as a number
      const value = numberOrText(raw);
      if (typeof value === "number" && isDate && ctx.date1904) return value + DATE1904_OFFSET;
      return value;
    }
  }
}
