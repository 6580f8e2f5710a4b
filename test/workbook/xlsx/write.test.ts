// Writing generated sheets: read back with exceljs and our reader — text stays text, layout survives, registry lists sheets.
import ExcelJS from "exceljs";
import { REGISTRY_SHEET } from "../../../src/core/outputs/registry";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { createXlsxTarget } from "../../../src/workbook/xlsx/create-target";
import { loadWithExcelJs } from "../../helpers/xlsx-build";
import {
  CHART_SHEET,
  chartDoc,
  FEATURE_SHEET,
  featureDoc,
  INJECTION_TEXTS,
  LIST_SHEET,
  listDoc,
} from "./docs";

const MARK = { fiscalYear: 2569, quarter: 1, round: "quarter" } as const;

let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  const target = createXlsxTarget();
  await target.writeGenerated([chartDoc(), listDoc(), featureDoc()], MARK);
  bytes = await target.toBuffer();
  book = await loadWithExcelJs(bytes);
});

/** A cell of a loaded workbook (exceljs, not Office.js: nothing to load or sync). */
function cellAt(sheet: string, address: string): ExcelJS.Cell {
  return book.getWorksheet(sheet)!.getCell(address);
}

function allCells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell))
  );
  return cells;
}

it("writes formula-like text as plain text cells, never as formulas", () => {
  const sheet = book.getWorksheet(FEATURE_SHEET)!;
  const texts = INJECTION_TEXTS.map((_, i) => sheet.getCell(4 + i, 2));
  expect(texts.map((c) => c.value)).toEqual(INJECTION_TEXTS);
  for (const cell of texts) {
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe("@");
  }
  const formulas = book.worksheets
    .flatMap(allCells)
    .filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula);
  expect(formulas.map((c) => c.address)).toEqual([]);
});

it("keeps numbers as numbers with their formats and styles", () => {
  const cell = cellAt(FEATURE_SHEET, "C5");
  expect(cell.value).toBe(2001);
  expect(cell.numFmt).toBe("#,##0.00");
  expect(cell.font).toMatchObject({
    name: "TH Sarabun New",
    size: 16,
    color: { argb: "FFC00000" },
  });
  expect(cell.fill).toMatchObject({
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFFFE699" },
  });
  expect(cell.alignment).toMatchObject({ horizontal: "right" });
  const title = cellAt(FEATURE_SHEET, "A1");
  expect(title.font).toMatchObject({ bold: true, size: 20, color: { argb: "FF1F4E79" } });
  expect(title.alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
  expect(book.getWorksheet(FEATURE_SHEET)!.getCell("B4").alignment).toMatchObject({
    wrapText: true,
    indent: 1,
  });
  expect(book.getWorksheet(CHART_SHEET)!.getCell("A5").border).toMatchObject({
    top: { style: "thin" },
    bottom: { style: "thin" },
  });
});

it("lays the sheet out: merges, widths, heights, freeze panes, gridlines, tab colour, page setup", () => {
  const sheet = book.getWorksheet(FEATURE_SHEET)!;
  expect(sheet.getCell("B1").isMerged).toBe(true);
  expect(sheet.getCell("B1").master.address).toBe("A1");
  expect(sheet.getColumn(2).width).toBe(40);
  expect(sheet.getRow(1).height).toBe(36);
  expect(sheet.views[0]).toMatchObject({
    state: "frozen",
    xSplit: 1,
    ySplit: 3,
    showGridLines: false,
  });
  expect(sheet.properties.tabColor).toEqual({ argb: "FFC00000" });
  expect(sheet.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  expect(sheet.pageSetup.margins!.left).toBeCloseTo(3 / 2.54, 6);
  expect(sheet.pageSetup.margins!.right).toBeCloseTo(2 / 2.54, 6);
  expect(book.getWorksheet(CHART_SHEET)!.pageSetup.orientation).toBe("landscape");
});

it("sets the print area of a sheet whose name holds apostrophes (the quoting is checked in package.test)", () => {
  expect(book.getWorksheet(FEATURE_SHEET)!.pageSetup.printArea).toBe("A1:C11");
  expect(book.getWorksheet(CHART_SHEET)!.pageSetup.printArea).toBeUndefined();
});

it("adds drop-down lists inline and from a range on another sheet, and an Excel table", () => {
  const sheet = book.getWorksheet(FEATURE_SHEET)!;
  const model = (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  expect(model.D4).toMatchObject({ type: "list", formulae: ['"ใช่,ไม่ใช่"'], prompt: "เลือก" });
  expect(model.E11).toMatchObject({ type: "list", formulae: [`'${LIST_SHEET}'!$A$2:$A$5`] });
  const table = sheet.getTable("Checks") as unknown as {
    table: { ref: string; tableRef: string; columns: { name: string }[] };
  };
  expect(table.table.tableRef).toBe("A3:C11");
  expect(table.table.columns.map((c) => c.name)).toEqual(["รหัส", "ข้อความ", "จำนวน"]);
});

it("styles a link cell as a link (its in-workbook target is checked in package.test)", () => {
  const link = cellAt(FEATURE_SHEET, "A2");
  expect(link.value).toBe("ไปที่แผนภูมิ");
  expect(link.font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
});

it("lists the generated sheets in the very hidden registry, which our reader turns into marks", async () => {
  expect(book.getWorksheet(REGISTRY_SHEET)!.state).toBe("veryHidden");
  expect(book.worksheets.map((s) => s.name)).toEqual([
    CHART_SHEET,
    LIST_SHEET,
    FEATURE_SHEET,
    REGISTRY_SHEET,
  ]);
  const sheets = await (await openXlsx(bytes, "out.xlsx")).listSheets();
  expect(sheets.map((s) => [s.name, s.visible, s.generated?.key ?? null])).toEqual([
    [CHART_SHEET, true, "chart-progress"],
    [LIST_SHEET, true, "reference"],
    [FEATURE_SHEET, true, "validation"],
    [REGISTRY_SHEET, false, null],
  ]);
  expect(sheets[2].generated).toEqual({ key: "validation", ...MARK });
  expect(sheets[2].tables).toEqual([
    {
      name: "Checks",
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 11,
      firstColumn: 1,
      lastColumn: 3,
    },
  ]);
});

describe("running again", () => {
  it("replaces the same run's sheet and gives a clashing name of another run ' (2)'", async () => {
    const target = createXlsxTarget();
    await target.writeGenerated([chartDoc(), featureDoc()], MARK);
    const again = await target.writeGenerated([featureDoc()], MARK);
    expect(again).toEqual([{ key: "validation", name: FEATURE_SHEET, charts: 0, replaced: true }]);
    const otherYear = await target.writeGenerated([featureDoc()], { ...MARK, fiscalYear: 2570 });
    expect(otherYear).toEqual([
      { key: "validation", name: `${FEATURE_SHEET} (2)`, charts: 0, replaced: false },
    ]);
    expect((await target.listSheets()).map((s) => [s.name, s.generated?.fiscalYear])).toEqual([
      [CHART_SHEET, 2569],
      [FEATURE_SHEET, 2569],
      [`${FEATURE_SHEET} (2)`, 2570],
    ]);
    const reread = await loadWithExcelJs(await target.toBuffer());
    expect(reread.worksheets.map((s) => s.name)).toEqual([
      CHART_SHEET,
      FEATURE_SHEET,
      `${FEATURE_SHEET} (2)`,
      REGISTRY_SHEET,
    ]);
  });

  it("writes nothing of a call that fails, and keeps the earlier sheets", async () => {
    const target = createXlsxTarget();
    await target.writeGenerated([featureDoc()], MARK);
    const broken = {
      ...listDoc(),
      validations: [
        { range: { firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 1 }, list: ["a,b"] },
      ],
    };
    await expect(target.writeGenerated([chartDoc(), featureDoc(), broken], MARK)).rejects.toThrow(
      /source range/
    );
    expect((await target.listSheets()).map((s) => s.name)).toEqual([FEATURE_SHEET]);
    const reread = await loadWithExcelJs(await target.toBuffer());
    expect(reread.worksheets.map((s) => s.name)).toEqual([FEATURE_SHEET, REGISTRY_SHEET]);
  });

  it("refuses to save a workbook with no generated sheet", async () => {
    await expect(createXlsxTarget().toBuffer()).rejects.toThrow(/No generated sheet/);
  });
});
