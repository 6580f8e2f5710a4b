// Value readers on any input: they never throw, never read non-numeric text as a number, and read real numbers exactly.
import fc from "fast-check";
import { CellValue, EXCEL_ERROR_CODES, excelError } from "../../src/core/cell";
import { asciiDigitsToThai, cleanText, foldText } from "../../src/core/text";
import {
  Parsed,
  displayText,
  isDateFormat,
  isPercentFormat,
  readCode,
  readDigits,
  readNumber,
  readPercent,
  readText,
  readYear,
} from "../../src/core/values";
import { anyCell, anyFormat, nastyText } from "./arbitraries";

const RUNS = { numRuns: 300 };
const READERS = { readText, readNumber, readPercent, readCode, readYear, readDigits };
const KINDS = new Set(["blank", "ok", "error", "invalid"]);

/** ASCII or Thai digits: text without any cannot name a number. */
const HAS_DIGIT = /[0-9\u0E50-\u0E59]/;

function okValue<T>(p: Parsed<T>): T | undefined {
  return p.kind === "ok" ? p.value : undefined;
}

describe("value readers on any cell", () => {
  it.each(Object.entries(READERS))(
    "%s never throws and returns one of the four outcomes",
    (_, read) => {
      fc.assert(
        fc.property(anyCell, anyFormat, (value, format) => {
          const parsed = read(value, format);
          expect(KINDS.has(parsed.kind)).toBe(true);
        }),
        RUNS
      );
    }
  );

  it("displayText, cleanText, foldText and the format tests never throw", () => {
    fc.assert(
      fc.property(anyCell, anyFormat, nastyText, (value, format, text) => {
        expect(typeof displayText(value)).toBe("string");
        expect(typeof isDateFormat(format)).toBe("boolean");
        expect(typeof isPercentFormat(format)).toBe("boolean");
        // Cleaning is idempotent: reading twice gives what reading once gave.
        expect(cleanText(cleanText(text))).toBe(cleanText(text));
        expect(foldText(foldText(text))).toBe(foldText(text));
      }),
      RUNS
    );
  });

  it("an error value is an error for every reader, whether an error object or its text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXCEL_ERROR_CODES),
        fc.boolean(),
        anyFormat,
        (code, asText, format) => {
          const value: CellValue = asText ? code : excelError(code);
          for (const read of Object.values(READERS))
            expect(read(value, format)).toEqual({ kind: "error", code });
        }
      ),
      RUNS
    );
  });
});

describe("numbers are never made up", () => {
  it("text without a digit never reads as a number, a percentage, a year or a code number", () => {
    const noDigit = nastyText.filter((t) => !HAS_DIGIT.test(t));
    fc.assert(
      fc.property(noDigit, anyFormat, (text, format) => {
        expect(readNumber(text, format).kind).not.toBe("ok");
        expect(readPercent(text, format).kind).not.toBe("ok");
        expect(readYear(text, format).kind).not.toBe("ok");
        expect(typeof okValue(readCode(text))).not.toBe("number");
      }),
      RUNS
    );
  });

  it("a number with a letter inside is invalid, not the digits around it", () => {
    const letter = fc.constantFrom(..."abcdfghijklmnopqrsuvwxyzกขค".split(""));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        letter,
        fc.integer({ min: 0, max: 1e9 }),
        (a, l, b) => {
          const text = `${a}${l}${b}`;
          expect(readNumber(text)).toEqual({ kind: "invalid", text, reason: "not-a-number" });
          expect(readPercent(text).kind).toBe("invalid");
        }
      ),
      RUNS
    );
  });

  it("booleans and dates in numeric columns are invalid, never 1, 0 or a serial", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 80_000 }), (flag, serial) => {
        expect(readNumber(flag)).toMatchObject({ kind: "invalid", reason: "boolean" });
        expect(readPercent(flag)).toMatchObject({ kind: "invalid", reason: "boolean" });
        expect(readNumber(serial, "d/m/yyyy")).toMatchObject({ kind: "invalid", reason: "date" });
        expect(readYear(serial, "yyyy-mm-dd")).toMatchObject({ kind: "invalid", reason: "date" });
      }),
      RUNS
    );
  });

  it("non-finite numbers are invalid", () => {
    fc.assert(
      fc.property(fc.constantFrom(Number.NaN, Infinity, -Infinity), (n) => {
        expect(readNumber(n).kind).toBe("invalid");
        expect(readPercent(n, "0%").kind).not.toBe("ok");
      })
    );
  });
});

describe("real numbers read exactly", () => {
  it("a finite number cell reads as itself; its text too", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(okValue(readNumber(n))).toBe(n);
        // String(-0) is "0": text cannot carry the sign of zero, so compare by value.
        expect(okValue(readNumber(String(n)))).toEqual(n === 0 ? 0 : n);
      }),
      RUNS
    );
  });

  it("Thai digits, thousands separators and a baht suffix read as the same integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(okValue(readNumber(asciiDigitsToThai(String(n))))).toBe(n);
        expect(okValue(readNumber(grouped))).toBe(n);
        expect(okValue(readNumber(`${grouped} บาท`))).toBe(n);
        expect(okValue(readNumber(`(${grouped})`))).toBe(-n);
      }),
      RUNS
    );
  });

  it("percent text is in percent units; a percent-formatted number is a fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (n) => {
        expect(okValue(readPercent(`${n}%`))).toBe(n);
        expect(okValue(readPercent(asciiDigitsToThai(`${Math.abs(n)} %`)))).toBe(Math.abs(n));
        expect(okValue(readPercent(n / 100, "0%"))).toBeCloseTo(n, 9);
        expect(okValue(readPercent(n))).toBe(n);
      }),
      RUNS
    );
  });

  it("readText of any string is its cleaned text or blank", () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const parsed = readText(text);
        if (parsed.kind === "ok") expect(parsed.value).toBe(cleanText(text));
        else expect(["blank", "error"]).toContain(parsed.kind);
      }),
      RUNS
    );
  });
});
