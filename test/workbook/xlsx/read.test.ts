// Reading .xlsx files: values, number formats, sheet infos and tables, from bytes and from a file, checked against exceljs.
import { excelError } from "../../../src/core/cell";
import { REGISTRY_SHEET } from "../../../src/core/outputs/registry";
import { WorkbookSource } from "../../../src/core/port";
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { tempDir } from "../../helpers/xlsx-build";
import { expectSameAsExcelJs } from "./exceljs-oracle";
import { DEC_31_2025, HIDDEN_SHEET, mixedWorkbook, TABLE_SHEET, TRACKER_SHEET } from "./fixtures";

const temp = tempDir("xlsx-read");
afterAll(() => temp.cleanup());

let bytes: Uint8Array;
let fromBytes: WorkbookSource;
let fromFile: WorkbookSource;

beforeAll(async () => {
  bytes = await mixedWorkbook();
  fromBytes = await openXlsx(bytes, "mixed.xlsx");
  fromFile = await openXlsxFile(temp.file("mixed.xlsx", bytes));
});

function trackerBlock(source: WorkbookSource) {
  return source
    .readBlocks([
      { sheet: TRACKER_SHEET, firstRow: 1, rowCount: 8, firstColumn: 1, columnCount: 9 },
    ])
    .then(([block]) => block);
}

describe.each([
  ["from bytes (web workspace)", () => fromBytes],
  ["from a file (command line)", () => fromFile],
])("%s", (_name, source) => {
  it("lists the sheets in tab order with extents, visibility, tables and generated marks", async () => {
    const sheets = await source().listSheets();
    expect(sheets.map((s) => [s.name, s.lastRow, s.lastColumn, s.visible])).toEqual([
      [TRACKER_SHEET, 7, 8, true],
      [TABLE_SHEET, 6, 3, true],
      [HIDDEN_SHEET, 3, 3, false],
      [REGISTRY_SHEET, 3, 6, false],
    ]);
    expect(sheets[1].tables).toEqual([
      {
        name: "Projects",
        headerRow: 2,
        firstDataRow: 3,
        lastDataRow: 5,
        firstColumn: 2,
        lastColumn: 3,
      },
    ]);
    expect(sheets[0].tables).toEqual([]);
    expect(sheets[1].generated).toEqual({
      key: "summary",
      fiscalYear: 2569,
      quarter: 1,
      round: "quarter",
    });
    expect(sheets.filter((s) => s.generated !== null).map((s) => s.name)).toEqual([TABLE_SHEET]);
  });

  it("reads the title and the Thai header row; merged cells other than the first are empty", async () => {
    const block = await trackerBlock(source());
    expect(block).toMatchObject({ sheet: TRACKER_SHEET, firstRow: 1, firstColumn: 1 });
    expect(block.values[0]).toEqual([
      "รายงานติดตามโครงการ กระทรวงแรงงาน",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(block.values[1]).toEqual(new Array(9).fill(null));
    expect(block.values[2].slice(0, 4)).toEqual([
      "รหัสโครงการ",
      "ชื่อโครงการ",
      "หน่วยงาน",
      "ความก้าวหน้า ไตรมาส 1 (%)",
    ]);
  });

  it("turns rich text, hyperlinks, dates, formulas and errors into engine values with their formats", async () => {
    const block = await trackerBlock(source());
    expect(block.values[3]).toEqual([
      "P-001",
      "โครงการฝึกอบรม",
      "DOE",
      0.45,
      DEC_31_2025,
      1250000.5,
      "ลิงก์",
      2501001,
      null,
    ]);
    expect(block.formats[3]).toEqual([
      "General",
      "General",
      "General",
      "0%",
      "d/m/yyyy",
      "#,##0.00",
      "General",
      "General",
      "General",
    ]);
    expect(block.values[4]).toEqual([
      "P-002",
      "โครงการสอง",
      "กกจ.",
      excelError("#DIV/0!"),
      excelError("#N/A"),
      true,
      true,
      null,
      null,
    ]);
    expect(block.formats[4][3]).toBe("0%");
    expect(block.values[5]).toEqual(new Array(9).fill(null));
    // text is handed on as written (the engine cleans it); exceljs wrote "_x000D_" unescaped, which
    // in a shared string is Excel's escape for a carriage return
    expect(block.values[6].slice(0, 8)).toEqual([
      "P-003",
      "  โครงการสาม  ",
      "DOL",
      30,
      null,
      "1,000",
      "\r literal",
      42,
    ]);
  });

  it("answers several blocks at once, padding past the used range with null and General", async () => {
    const [far, table] = await source().readBlocks([
      { sheet: TRACKER_SHEET, firstRow: 100, rowCount: 2, firstColumn: 20, columnCount: 2 },
      { sheet: TABLE_SHEET, firstRow: 2, rowCount: 5, firstColumn: 2, columnCount: 2 },
    ]);
    expect(far.values).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(far.formats).toEqual([
      ["General", "General"],
      ["General", "General"],
    ]);
    expect(table.values).toEqual([
      ["รหัส", "งบ"],
      ["A", 1],
      ["B", 2],
      ["C", 3],
      ["รวม", null],
    ]);
  });

  it("names the file when asked for a sheet it does not have", async () => {
    await expect(
      source().readBlocks([
        { sheet: "ไม่มี", firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 1 },
      ])
    ).rejects.toThrow(/mixed\.xlsx.*ไม่มี/);
  });
});

it("gives identical sheet infos and blocks from a file and from its bytes", async () => {
  const sheets = await fromBytes.listSheets();
  expect(await fromFile.listSheets()).toEqual(sheets);
  const requests = sheets.map((s) => ({
    sheet: s.name,
    firstRow: 1,
    rowCount: s.lastRow + 1,
    firstColumn: 1,
    columnCount: s.lastColumn + 1,
  }));
  expect(await fromFile.readBlocks(requests)).toEqual(await fromBytes.readBlocks(requests));
});

it("agrees cell for cell with exceljs's full load, an independent reader", async () => {
  await expectSameAsExcelJs(fromFile, bytes);
});

it("labels a file by its base name", () => {
  expect(fromFile.label).toBe("mixed.xlsx");
});
