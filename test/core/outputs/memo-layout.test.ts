// The memo grid: text width estimates, row heights, merges and boxes drawn by MemoSheet.
import {
  LINE_HEIGHT_PT,
  MEMO_COLUMN_WIDTHS,
  MemoSheet,
  estimateLines,
  visibleLength,
} from "../../../src/core/outputs/memo-layout";

describe("visibleLength", () => {
  it("gives Thai vowels and tone marks above or below no width", () => {
    expect(visibleLength("กา")).toBe(2);
    expect(visibleLength("ที่")).toBe(1);
    expect(visibleLength("สั่ง")).toBe(2);
  });

  it("counts dots and spaces as half a letter", () => {
    expect(visibleLength("....")).toBe(2);
    expect(visibleLength("ก ก")).toBe(2.5);
  });
});

describe("estimateLines", () => {
  it("needs one line for a short text and more as the text grows", () => {
    expect(estimateLines("เรียน", 1, 8)).toBe(1);
    const long = "ก".repeat(200);
    expect(estimateLines(long, 1, 8)).toBeGreaterThan(2);
    expect(estimateLines(long, 2, 8)).toBeGreaterThanOrEqual(estimateLines(long, 1, 8));
    expect(estimateLines(long, 5, 8)).toBeGreaterThan(estimateLines(long, 1, 8));
  });

  it("keeps explicit line breaks", () => {
    expect(estimateLines("ก\nข\nค", 1, 8)).toBe(3);
  });
});

describe("MemoSheet", () => {
  it("fills 8 columns whose widths fit A4 portrait between 3 cm and 2 cm margins", () => {
    expect(MEMO_COLUMN_WIDTHS).toHaveLength(8);
    const sum = MEMO_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    expect(sum * 0.19).toBeLessThanOrEqual(16);
  });

  it("merges a paragraph to the right margin and sizes its row", () => {
    const sheet = new MemoSheet();
    sheet.paragraph("ข".repeat(300), { firstColumn: 2 });
    const doc = sheet.toDoc("k", "n");
    expect(doc.merges).toEqual([{ firstRow: 1, firstColumn: 2, lastRow: 1, lastColumn: 8 }]);
    expect(doc.rowHeights).toEqual([
      { row: 1, height: estimateLines("ข".repeat(300), 2, 8) * LINE_HEIGHT_PT },
    ]);
    expect(doc.cells[0].style?.wrap).toBe(true);
  });

  it("refuses a table that does not span the memo's width (a layout bug)", () => {
    const sheet = new MemoSheet();
    expect(() => sheet.table([{ title: "a", span: 3, align: "left" }], [])).toThrow();
  });

  it("leaves an empty signature line as space, not an empty cell", () => {
    const sheet = new MemoSheet();
    sheet.signature(["", "(....)"]);
    const doc = sheet.toDoc("k", "n");
    expect(doc.cells.map((c) => [c.row, c.value])).toEqual([[2, "(....)"]]);
    expect(doc.page?.printArea?.lastRow).toBe(2);
  });
});
