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

  it("hands out a row that is exactly the block as it is, and a copy (holes as null) of any other", async () => {
    const exact: CellValue[][] = [["a", 1], ["b", null], ["c"]];
    const holey: CellValue[] = ["d"];
    holey[1] = 2;
    delete (holey as (CellValue | undefined)[])[0];
    const source = new MemorySource("m.xlsx", [{ name: "S", values: [...exact, holey] }]);
    const [whole] = await source.readBlocks([{ sheet: "S", firstRow: 1, rowCount: 4, firstColumn: 1, columnCount: 2 }]);
    expect(whole.values[0]).toBe(exact[0]);
    expect(whole.values[1]).toBe(exact[1]);
    expect(whole.values[2]).not.toBe(exact[2]);
    expect(whole.values[2]).toEqual(["c", null]);
    expect(whole.values[3]).toEqual([null, 2]);
    const [part] = await source.readBlocks([{ sheet: "S", firstRow: 1, rowCount: 1, firstColumn: 2, columnCount: 1 }]);
    expect(part.values).toEqual([[1]]);
    expect(part.values[0]).not.toBe(exact[0]);
  });
});
