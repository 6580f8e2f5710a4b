// Value reading (SPEC §2), as tables: text, numbers, percentages, codes, years, digits, error values.
import { CellValue, excelError } from "../../src/core/cell";
import { cleanText, compactKey, foldText, thaiDigitsToAscii } from "../../src/core/text";
import { isDateFormat, isPercentFormat, readCode, readDigits, readNumber, readPercent, readText, readYear } from "../../src/core/values";

describe("text normalisation", () => {
  it.each([
    ["  ชื่อ  โครงการ  ", "ชื่อ  โครงการ", "ชื่อ โครงการ"],
    ["a\u00a0b", "a b", "a b"],
    ["ab\u200bc\u200d\ufeff", "abc", "abc"],
    ["e\u0301", "\u00e9", "\u00e9"],
    ["Q\u00a0 1", "Q  1", "q 1"],
    ["ไตรมาส ๑", "ไตรมาส ๑", "ไตรมาส 1"],
  ])("%j → clean %j, fold %j", (input, clean, fold) => {
    expect(cleanText(input)).toBe(clean);
    expect(foldText(input)).toBe(fold);
  });
  it("converts Thai digits and compacts keys for department matching", () => {
    expect(thaiDigitsToAscii("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
    expect(compactKey(" สป. รง. ")).toBe("สปรง");
  });
});

describe("readNumber", () => {
  it.each<[CellValue, string | undefined, number]>([
    [1250000, undefined, 1250000],
    ["1,250,000.50", undefined, 1250000.5],
    ["1,250,000.50 บาท", undefined, 1250000.5],
    ["๑๒๕", undefined, 125],
    ["๑,๐๐๐ บาท", undefined, 1000],
    ["500 THB", undefined, 500],
    ["฿ 42", undefined, 42],
    ["(1,000)", undefined, -1000],
    [" -3.5 ", undefined, -3.5],
    ["\u00a0100\u200b", undefined, 100],
    [0, "#,##0", 0],
  ])("%j (%s) → %d", (value, format, expected) => {
    expect(readNumber(value, format)).toEqual({ kind: "ok", value: expected });
  });

  it.each<[CellValue]>([[null], [""], ["   "], ["-"], ["–"], ["—"], ["\u200b"]])("%j → blank", (value) => {
    expect(readNumber(value)).toEqual({ kind: "blank" });
  });

  it.each<[CellValue, string | undefined, string]>([
    ["ประมาณหนึ่งล้าน", undefined, "not-a-number"],
    ["1,25,0", undefined, "not-a-number"],
    ["12abc", undefined, "not-a-number"],
    [true, undefined, "boolean"],
    [45231, "dd/mm/yyyy", "date"],
    [45231, "[$-th-TH]d mmm yy", "date"],
    ["--", undefined, "not-a-number"],
  ])("%j (%s) → invalid (%s), never a silent zero", (value, format, reason) => {
    expect(readNumber(value, format)).toMatchObject({ kind: "invalid", reason });
  });

  it.each(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"])(
    "Excel error %s, as an error value or as Office's text form, is an error",
    (code) => {
      expect(readNumber(excelError(code))).toEqual({ kind: "error", code });
      expect(readNumber(code)).toEqual({ kind: "error", code });
      expect(readText(code)).toEqual({ kind: "error", code });
    },
  );
});

describe("readPercent", () => {
  it.each<[CellValue, string | undefined, number]>([
    [0.45, "0%", 45],
    [0.455, "0.00%", 45.5],
    [1, "0%", 100],
    ["45%", undefined, 45],
    ["๔๕ %", undefined, 45],
    [45, undefined, 45],
    [45, "General", 45],
    ["45", "@", 45],
    [100, "0.00", 100],
  ])("%j (%s) → %d", (value, format, expected) => {
    const got = readPercent(value, format);
    expect(got.kind).toBe("ok");
    expect(got.kind === "ok" && got.value).toBeCloseTo(expected, 10);
  });
  it("text that is not a percentage is invalid", () => {
    expect(readPercent("ครึ่งหนึ่ง")).toMatchObject({ kind: "invalid" });
    expect(readPercent("abc%")).toMatchObject({ kind: "invalid" });
  });
});

describe("number formats", () => {
  it.each([
    ["General", false, false],
    ["0%", false, true],
    ["0.00%", false, true],
    ['0.00"%"', false, false],
    ["dd/mm/yyyy", true, false],
    ["[$-th-TH]d mmmm yyyy", true, false],
    ["h:mm", true, false],
    ["#,##0.00", false, false],
    ['#,##0" บาท"', false, false],
    ["0.00E+00", false, false],
  ])("%s → date %s, percent %s", (format, date, percent) => {
    expect(isDateFormat(format)).toBe(date);
    expect(isPercentFormat(format)).toBe(percent);
  });
});

describe("readCode", () => {
  it.each<[CellValue, number | { name: string }]>([
    [2, 2],
    ["2", 2],
    ["ยุทธศาสตร์ที่ ๒", 2],
    ["(11)", 11],
    ["แผนแม่บทฯ ประเด็น 11 การพัฒนาศักยภาพคนตลอดช่วงชีวิต", 11],
    ["ด้านความมั่นคง", { name: "ด้านความมั่นคง" }],
    ["Security", { name: "Security" }],
  ])("%j → %j", (value, expected) => {
    expect(readCode(value)).toEqual({ kind: "ok", value: expected });
  });
  it("a lone dash in a code column is blank, as in numeric columns", () => {
    expect(readCode("-")).toEqual({ kind: "blank" });
    expect(readDigits("–")).toEqual({ kind: "blank" });
  });
  it("decimals and booleans are invalid codes", () => {
    expect(readCode(2.5)).toMatchObject({ kind: "invalid", reason: "not-an-integer" });
    expect(readCode(false)).toMatchObject({ kind: "invalid", reason: "boolean" });
  });
});

describe("readYear and readDigits", () => {
  it.each<[CellValue, number]>([
    [2569, 2569],
    ["๒๕๖๙", 2569],
    ["ปีงบประมาณ 2569", 2569],
    ["2,569", 2569],
    [2026, 2026],
  ])("year %j → %d", (value, expected) => {
    expect(readYear(value)).toEqual({ kind: "ok", value: expected });
  });
  it("a year that is a date or a decimal is invalid", () => {
    expect(readYear(45000, "yyyy-mm-dd")).toMatchObject({ kind: "invalid", reason: "date" });
    expect(readYear(2569.5)).toMatchObject({ kind: "invalid" });
    expect(readYear("ไม่ระบุ")).toMatchObject({ kind: "invalid" });
  });
  it.each<[CellValue, string]>([
    ["2025-0001 2345.6789/01", "202500012345678901"],
    ["๑๑๐๔", "1104"],
    [1104, "1104"],
    // Past 2^53 the digits are whatever the double prints; budget-code-format flags such cells.
    [12345678901234567000, "12345678901234567000"],
  ])("digits %j → %s", (value, expected) => {
    expect(readDigits(value)).toEqual({ kind: "ok", value: expected });
  });
});
