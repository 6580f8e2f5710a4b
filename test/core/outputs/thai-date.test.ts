// Thai dates and numbers: BE years, Thai month names, Thai digits, rounding and grouping.
import {
  englishDate,
  fiscalYearOf,
  formatNumber,
  parseIsoDate,
  thaiDate,
  thaiNumber,
} from "../../../src/core/outputs/thai-date";

describe("thaiDate", () => {
  it("writes 2026-11-25 as ๒๕ พฤศจิกายน ๒๕๖๙", () => {
    expect(thaiDate({ year: 2026, month: 11, day: 25 })).toBe("๒๕ พฤศจิกายน ๒๕๖๙");
  });

  it("names every month and converts the year to the Buddhist Era", () => {
    expect(thaiDate({ year: 2025, month: 1, day: 1 })).toBe("๑ มกราคม ๒๕๖๘");
    expect(thaiDate({ year: 2026, month: 2, day: 28 })).toBe("๒๘ กุมภาพันธ์ ๒๕๖๙");
    expect(thaiDate({ year: 2026, month: 7, day: 30 })).toBe("๓๐ กรกฎาคม ๒๕๖๙");
    expect(thaiDate({ year: 2026, month: 12, day: 31 })).toBe("๓๑ ธันวาคม ๒๕๖๙");
  });

  it("rejects a date that is not one (a caller bug, not user data)", () => {
    expect(() => thaiDate({ year: 2026, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => thaiDate({ year: 2026, month: 1, day: 0 })).toThrow(RangeError);
  });

  it("has an English form with the Gregorian year", () => {
    expect(englishDate({ year: 2026, month: 11, day: 25 })).toBe("25 November 2026");
  });
});

describe("parseIsoDate and fiscalYearOf", () => {
  it("reads ISO dates and nothing else", () => {
    expect(parseIsoDate("2026-01-30")).toEqual({ year: 2026, month: 1, day: 30 });
    expect(parseIsoDate("30/01/2026")).toBeNull();
    expect(parseIsoDate("2026-13-01")).toBeNull();
  });

  it("starts the fiscal year in October", () => {
    expect(fiscalYearOf({ year: 2026, month: 9, day: 30 })).toBe(2569);
    expect(fiscalYearOf({ year: 2026, month: 10, day: 1 })).toBe(2570);
    expect(fiscalYearOf({ year: 2026, month: 11, day: 25 })).toBe(2570);
  });
});

describe("thaiNumber", () => {
  it("shows two decimals in Thai digits", () => {
    expect(thaiNumber(45.5, 2)).toBe("๔๕.๕๐");
    expect(thaiNumber(100, 2)).toBe("๑๐๐.๐๐");
    expect(thaiNumber(0, 2)).toBe("๐.๐๐");
  });

  it("groups thousands unless told not to", () => {
    expect(thaiNumber(1234567.891, 2)).toBe("๑,๒๓๔,๕๖๗.๘๙");
    expect(thaiNumber(2569, 0, false)).toBe("๒๕๖๙");
    expect(thaiNumber(12)).toBe("๑๒");
  });

  it("rounds half up as a reader expects and never shows minus zero", () => {
    expect(formatNumber(63.666666, 2)).toBe("63.67");
    expect(formatNumber(2.675, 2)).toBe("2.68");
    expect(formatNumber(-0.001, 2)).toBe("0.00");
    expect(formatNumber(-1500.5, 1)).toBe("-1,500.5");
  });
});
