// MemorySource: the sheet's extent and block reads, with holes, short rows and missing formats filled as an adapter would.
import { CellValue, excelError } from "../../../src/core/cell";
import { MemorySource } from "../../../src/workbook/memory/source";

// Holes and short rows on purpose: pasted data and hand-written fixtures have them.
// eslint-disable-next-line no-sparse-arrays
const SPARSE: CellValue[] = ["a", , "c", , "e"] as CellValue[];

const values: CellValue[][] = [
  ["title"],
  [],
  SPARSE,
  ["x", 1, 2, "  ", null],
  ["", "\u00a0", null],
  [null, null, null, excelError("#N/A")],
];
const formats: string[][] = [[], [], ["@"], ["General", "0%", "dd/mm/yyyy"]];

describe("MemorySource", () => {
  it("finds the last non-blank row and column, whitespace-only text counting as blank", async () => {
    const [sheet] = await new MemorySource("m.xlsx", [{ name: "S", values, formats }]).listSheets();
    expect({ lastRow: sheet.lastRow, lastColumn: sheet.lastColumn }).toEqual({ lastRow: 6, lastColumn: 5 });
  });

  it("reads blocks with null for holes and short rows and General for missing formats", async () => {
    const source = new MemorySource("m.xlsx", [{ name: "S", values, formats }]);
    const [block] = await source.readBlocks([{ sheet: "S", firstRow: 3, rowCount: 5, firstColumn: 1, columnCount: 4 }]);
    expect(block.values).toEqual([
      ["a", null, "c", null],
      ["x", 1, 2, "  "],
      ["", "\u00a0", null, null],
      [null, null, null, excelError("#N/A")],
      [null, null, null, null],
    ]);
    expect(block.formats).toEqual([
      ["@", "General", "General", "General"],
      ["General", "0%", "dd/mm/yyyy", "General"],
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
    ]);
    // No undefined anywhere: every consumer may rely on null and "General".
    expect(block.values.flat().includes(undefined as unknown as CellValue)).toBe(false);
  });

  it("hands out copies: changing a block leaves the sheet as it was", async () => {
    const source = new MemorySource("m.xlsx", [{ name: "S", values, formats }]);
    const [block] = await source.readBlocks([{ sheet: "S", firstRow: 4, rowCount: 1, firstColumn: 2, columnCount: 2 }]);
    expect(block.values).toEqual([[1, 2]]);
    block.values[0][0] = 99;
    expect(values[3][1]).toBe(1);
  });
});
