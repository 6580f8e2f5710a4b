// Cell XML as other producers write it: every cell type, shared and inline strings, built-in and custom formats, merges, grid limits.
import { excelError } from "../../../src/core/cell";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { craft, CraftOptions, inline } from "./craft";

/** 2026-01-15 as a 1900-system serial, from the system's day zero (1899-12-30). */
const JAN_15_2026 = (Date.UTC(2026, 0, 15) - Date.UTC(1899, 11, 30)) / 86_400_000;

async function readSheet(xml: string, opts: CraftOptions = {}) {
  const source = await openXlsx(await craft([{ name: "S", xml }], opts), "cells.xlsx");
  const [sheet] = await source.listSheets();
  const [block] = await source.readBlocks([
    {
      sheet: "S",
      firstRow: 1,
      rowCount: Math.max(1, sheet.lastRow),
      firstColumn: 1,
      columnCount: Math.max(1, sheet.lastColumn),
    },
  ]);
  return { sheet, block };
}

it("types every kind of cell from its t attribute and cached value, never evaluating formulas", async () => {
  const { block } = await readSheet(
    `<row r="1"><c r="A1"><v>12.5</v></c><c r="B1"><v>abc</v></c><c r="C1"><v/></c>` +
      `<c r="D1" t="b"><v>0</v></c><c r="E1" t="b"><v>2</v></c><c r="F1" t="e"><v>#BOGUS!</v></c>` +
      `<c r="G1" t="d"><v>2026-01-15T12:00:00Z</v></c><c r="H1" t="d"><v>not a date</v></c>` +
      `<c r="I1" t="str"><f>A1</f><v>x_x000D_y</v></c><c r="J1" t="zz"><v>7</v></c>` +
      `<c r="K1" t="inlineStr"><is><r><t>ก</t></r><r><t xml:space="preserve"> ข</t></r><rPh><t>reading</t></rPh></is></c>` +
      `<c r="L1" t="str"><f>NOW()</f></c><c r="M1"><f>1+1</f></c><c r="N1"><v>-1.5E+3</v></c>` +
      `<c r="O1" t="inlineStr"><is><t><![CDATA[<b>&amp;]]></t></is></c><c r="P1" t="e"><v>#N/A</v></c></row>`
  );
  expect(block.values[0]).toEqual([
    12.5,
    "abc", // not a number in a number cell: handed on, so the engine reports it
    null,
    false,
    true,
    excelError("#BOGUS!"),
    JAN_15_2026 + 0.5,
    "not a date",
    "x\ry",
    7,
    "ก ข",
    null,
    null,
    -1500,
    "<b>&amp;",
    excelError("#N/A"),
  ]);
});

it("reads shared strings: rich text runs, escapes, CDATA, empty items; a bad index is blank", async () => {
  const items = [
    "<si><t>plain</t></si>",
    '<si><r><t>ก</t></r><r><rPr><b/></rPr><t xml:space="preserve"> ข</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>',
    "<si/>",
    "<si><t>A_x000D_B _x005F_x0041_</t></si>",
    "<si><t><![CDATA[<b>]]>&amp;&#3585;</t></si>",
  ];
  const cells = ["0", "1", "2", "3", "4", "5", "-1", "abc", "999999999"]
    .map((v, i) => `<c r="A${i + 1}" t="s"><v>${v}</v></c>`)
    .map((c, i) => `<row r="${i + 1}">${c}<c r="B${i + 1}"><v>${i}</v></c></row>`)
    .join("");
  // the table comes last in the zip, after the sheet that uses it
  const { block } = await readSheet(cells, {
    sharedStrings: items.join(""),
    last: ["xl/sharedStrings.xml"],
  });
  expect(block.values.map((row) => row[0])).toEqual([
    "plain",
    "ก ข",
    "",
    "A\rB _x0041_",
    "<b>&ก",
    null,
    null,
    null,
    null,
  ]);
});

const STYLES =
  `<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="14" formatCode="d/m/yyyy"/></numFmts>` +
  `<cellXfs count="9">${[0, 9, 10, 14, 22, 164, 67, 71, 999]
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
    .join("")}</cellXfs>`;

it("maps each cell style to its number format: built-in ids, Thai built-ins, custom formats, unknown ids", async () => {
  const cells = Array.from(
    { length: 10 },
    (_, s) => `<c r="${"ABCDEFGHIJ"[s]}1" s="${s === 9 ? 99 : s}"><v>1</v></c>`
  );
  const { block } = await readSheet(`<row r="1">${cells.join("")}</row>`, { styles: STYLES });
  expect(block.formats[0]).toEqual([
    "General",
    "0%",
    "0.00%",
    "d/m/yyyy", // a custom format may redefine a built-in id
    "m/d/yy h:mm",
    "0.0%",
    "t0%",
    "d/m/yyyy", // Thai ว/ด/ปปปป, given in Latin letters so it is known as a date
    "General",
    "General",
  ]);
});

it("moves 1904-system serials to the 1900 system only in date-formatted cells", async () => {
  const { block } = await readSheet(
    `<row r="1"><c r="A1" s="3"><v>100</v></c><c r="B1" s="1"><v>100</v></c><c r="C1"><v>100</v></c></row>`,
    { styles: STYLES, workbookPr: 'date1904="1"' }
  );
  expect(block.values[0]).toEqual([1562, 100, 100]);
});

it("empties the cells of a merged area other than its top-left one, as Office.js does", async () => {
  const { block } = await readSheet(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>` +
      `<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><v>5</v></c></row></sheetData>` +
      `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="bogus"/></mergeCells></worksheet>`
  );
  expect(block.values).toEqual([
    [1, null, null],
    [null, null, 5],
  ]);
});

it("keeps cells inside Excel's grid only, so a bogus address cannot stretch a sheet to billions of rows", async () => {
  const bytes = await craft([
    {
      name: "S",
      xml:
        `<row r="1">${inline("A1", "first")}${inline("XFE1", "past the last column")}</row>` +
        `<row r="1048576">${inline("XFD1048576", "last cell")}</row>` +
        `<row r="1048577">${inline("A1048577", "past the last row")}</row><row r="0">${inline("B0", "row zero")}</row>`,
    },
  ]);
  const source = await openXlsx(bytes, "grid.xlsx");
  const [sheet] = await source.listSheets();
  expect([sheet.lastRow, sheet.lastColumn]).toEqual([1_048_576, 16_384]);
  const [top, bottom] = await source.readBlocks([
    { sheet: "S", firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 3 },
    { sheet: "S", firstRow: 1_048_576, rowCount: 1, firstColumn: 16_383, columnCount: 2 },
  ]);
  expect(top.values).toEqual([["first", null, null]]);
  expect(bottom.values).toEqual([[null, "last cell"]]);
});

it("reads a part encoded as UTF-16 with a byte-order mark", async () => {
  const xml =
    `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetData><row r="1">${inline("A1", "หน่วยงาน")}</row></sheetData></worksheet>`;
  const bytes = await craft([{ name: "S", xml: "" }], {
    parts: { "xl/worksheets/sheet1.xml": new Uint8Array(Buffer.from(`\ufeff${xml}`, "utf16le")) },
  });
  const source = await openXlsx(bytes, "utf16.xlsx");
  const [block] = await source.readBlocks([
    { sheet: "S", firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 1 },
  ]);
  expect(block.values).toEqual([["หน่วยงาน"]]);
});
