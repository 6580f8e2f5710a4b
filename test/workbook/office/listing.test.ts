// listSheets and readBlocks against the fake: extents, tables, generated marks, few syncs, oversized blocks.
import { excelError } from "../../../src/core/cell";
import { cellValueOf } from "../../../src/workbook/office/read";
import { PAYLOAD_LIMIT_BYTES, maxResponseBytes } from "../../fakes/excel";
import { officeOver } from "./tracker-cells";

describe("listSheets", () => {
  it("reports extents from the used range, tables without their totals rows, and visibility", async () => {
    const offset: (string | number | null)[][] = [
      [],
      [],
      [],
      [],
      [null, null, "h1", "h2"],
      [null, null, 1, 2],
      [null, null, 3, 4],
      [null, null, "Total", 10],
    ];
    const office = officeOver([
      {
        name: "Data",
        values: offset,
        tables: [{ name: "Projects", address: "C5:D8", showTotals: true }],
      },
      { name: "Empty" },
      { name: "Secret", values: [["s"]], visibility: "Hidden" },
    ]);
    try {
      const sheets = await office.workbook().listSheets();
      expect(office.state.stats.syncs).toBe(2);
      expect(sheets).toEqual([
        {
          name: "Data",
          lastRow: 8,
          lastColumn: 4,
          visible: true,
          generated: null,
          tables: [
            {
              name: "Projects",
              headerRow: 5,
              firstDataRow: 6,
              lastDataRow: 7,
              firstColumn: 3,
              lastColumn: 4,
            },
          ],
        },
        { name: "Empty", lastRow: 0, lastColumn: 0, visible: true, generated: null, tables: [] },
        { name: "Secret", lastRow: 1, lastColumn: 1, visible: false, generated: null, tables: [] },
      ]);
    } finally {
      office.uninstall();
    }
  });

  it("takes two syncs whatever the number of sheets, and one listing per action", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      name: `S${i}`,
      values: [[i]],
      tables: [{ name: `T${i}`, address: "A1:A1" }],
    }));
    const office = officeOver(many);
    try {
      const wb = office.workbook();
      expect((await wb.listSheets()).every((s) => s.tables.length === 1)).toBe(true);
      await wb.listSheets();
      expect(office.state.stats.syncs).toBe(2);
    } finally {
      office.uninstall();
    }
  });
});

describe("readBlocks", () => {
  it("reads several blocks in one sync, blanks as null and error texts as errors", async () => {
    const office = officeOver([
      {
        name: "A",
        values: [
          ["x", "", 1],
          [true, "#DIV/0!", " #n/a "],
        ],
        formats: [["@", "General", "0%"]],
      },
      { name: "B", values: [[null, 2]] },
    ]);
    try {
      const blocks = await office.workbook().readBlocks([
        { sheet: "A", firstRow: 1, rowCount: 3, firstColumn: 1, columnCount: 3 },
        { sheet: "B", firstRow: 1, rowCount: 1, firstColumn: 2, columnCount: 1 },
      ]);
      expect(office.state.stats.syncs).toBe(1);
      expect(blocks[0].values).toEqual([
        ["x", null, 1],
        [true, excelError("#DIV/0!"), " #n/a "],
        [null, null, null],
      ]);
      expect(blocks[0].formats[0]).toEqual(["@", "General", "0%"]);
      expect(blocks[1]).toEqual({
        sheet: "B",
        firstRow: 1,
        firstColumn: 2,
        values: [[2]],
        formats: [["General"]],
      });
    } finally {
      office.uninstall();
    }
  });

  it("halves a block Excel refuses for size (32,767-character cells) and still returns it whole", async () => {
    const long = (i: number) => `${i}:${"ก".repeat(32_760)}`;
    const values = Array.from({ length: 120 }, (_, r) => [long(r * 2), long(r * 2 + 1)]);
    const office = officeOver([{ name: "Long", values }]);
    try {
      const [block] = await office
        .workbook()
        .readBlocks([
          { sheet: "Long", firstRow: 1, rowCount: 120, firstColumn: 1, columnCount: 2 },
        ]);
      expect(block.values).toEqual(values);
      expect(block.formats).toHaveLength(120);
      expect(office.state.stats.syncs).toBeGreaterThan(1);
      // Refused round trips are measured too; every accepted one is under the limit.
      const accepted = office.state.stats.responseBytes.filter((b) => b <= PAYLOAD_LIMIT_BYTES);
      expect(accepted.length).toBeGreaterThan(1);
      expect(maxResponseBytes(office.state)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    } finally {
      office.uninstall();
    }
  });

  it("halves a block also when Excel on the web refuses it with GeneralException", async () => {
    const long = (i: number) => `${i}:${"ก".repeat(32_760)}`;
    const values = Array.from({ length: 120 }, (_, r) => [long(r)]);
    const office = officeOver([{ name: "Long", values }]);
    office.state.limits.oversizeCode = "GeneralException";
    try {
      const [block] = await office
        .workbook()
        .readBlocks([{ sheet: "Long", firstRow: 1, rowCount: 120, firstColumn: 1, columnCount: 1 }]);
      expect(block.values).toEqual(values);
    } finally {
      office.uninstall();
    }
  });

  it("reads a 500,000-cell sheet in syncs whose responses all stay under the 5 MB limit", async () => {
    // Short text in every cell: values and formats of 500,000 cells come to about 9 MB.
    const values = Array.from({ length: 25_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}-${c}`));
    const office = officeOver([{ name: "Big", values }]);
    try {
      const [block] = await office
        .workbook()
        .readBlocks([{ sheet: "Big", firstRow: 1, rowCount: 25_000, firstColumn: 1, columnCount: 20 }]);
      expect([block.values.length, block.values[24_999][19]]).toEqual([25_000, "24999-19"]);
      expect(maxResponseBytes(office.state)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    } finally {
      office.uninstall();
    }
  });

  it("names the workbook and sheet when a read fails for another reason", async () => {
    const office = officeOver([{ name: "A", values: [[1]] }]);
    try {
      await expect(
        office
          .workbook()
          .readBlocks([{ sheet: "Nope", firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 1 }])
      ).rejects.toThrow(/^x: reading "Nope": /);
    } finally {
      office.uninstall();
    }
  });
});

describe("cellValueOf", () => {
  it.each([
    ["", null],
    [0, 0],
    [false, false],
    ["#N/A", excelError("#N/A")],
    ["#SPILL!", excelError("#SPILL!")],
    ["#n/a", "#n/a"],
    ["text", "text"],
  ])("%j → %j", (raw, expected) => {
    expect(cellValueOf(raw)).toEqual(expected);
  });
});
