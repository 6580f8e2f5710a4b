// Hand-written package parts (as other producers write them): 1904 dates, inline strings, odd zip orders, bare cells.
import JSZip from "jszip";
import { excelError } from "../../../src/core/cell";
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { tempDir } from "../../helpers/xlsx-build";
import { expectSameAsExcelJs } from "./exceljs-oracle";

const temp = tempDir("xlsx-crafted");
afterAll(() => temp.cleanup());

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const STYLES =
  `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const SHARED =
  `<sst ${MAIN} count="4" uniqueCount="4"><si><t>หน่วยงาน</t></si>` +
  `<si><r><rPr><b/></rPr><t>กรม</t></r><r><t xml:space="preserve">การจัดหางาน</t></r></si>` +
  `<si><t>A&amp;B_x000D_C</t></si><si><t/></si></sst>`;

/** Row 1: shared strings; row 2: date (1904 system), percent, boolean, error, formula text; row 3: inline strings. */
const SHEET1 =
  `<worksheet ${MAIN} ${REL}><sheetData>` +
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
  `<row r="2"><c r="A2" s="1"><v>44560</v></c><c r="B2" s="2"><v>0.455</v></c><c r="C2" t="b"><v>1</v></c>` +
  `<c r="D2" t="e"><v>#REF!</v></c><c r="E2" t="str"><f>"กรม"&amp;"แรงงาน"</f><v>กรมแรงงาน</v></c><c r="F2" t="e"><f>NA()</f><v>#N/A</v></c></row>` +
  `<row r="3"><c r="A3" t="inlineStr"><is><t>ข้อความ</t></is></c><c r="B3"><f>1+1</f></c></row>` +
  `</sheetData></worksheet>`;
const SHEET2 = `<worksheet ${MAIN}><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>`;

function workbookParts(sheetsFirst: boolean): [string, string][] {
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${RELS}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ["xl/sharedStrings.xml", SHARED],
  ];
  const sheets: [string, string][] = [
    ["xl/worksheets/sheet1.xml", SHEET1],
    ["xl/worksheets/sheet2.xml", SHEET2],
  ];
  const rest: [string, string][] = [
    ["xl/styles.xml", STYLES],
    [
      "xl/workbook.xml",
      `<workbook ${MAIN} ${REL}><workbookPr date1904="1"/><sheets><sheet name="ข้อมูล &amp; สรุป" sheetId="1" r:id="rId1"/><sheet name="ซ่อน" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`,
    ],
  ];
  // shared strings and rels before the sheets, styles and workbook after: exceljs parses such sheets at once
  return sheetsFirst ? [...parts, ...sheets, ...rest] : [...parts, ...rest, ...sheets];
}

async function craft(sheetsFirst: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, xml] of workbookParts(sheetsFirst))
    zip.file(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** 2025-12-31: serial 44560 in the 1904 system is 1462 days more in the 1900 system. */
const DEC_31_2025_1904 = 44560 + 1462;

describe.each([
  ["styles and workbook before the sheets", false],
  ["sheets before styles and workbook", true],
])("%s", (_name, sheetsFirst) => {
  it("reads values, formats and sheet states, from a file and from bytes, as exceljs does", async () => {
    const bytes = await craft(sheetsFirst);
    const path = temp.file(`crafted-${sheetsFirst}.xlsx`, bytes);
    const streamed = await openXlsxFile(path);
    const full = await openXlsx(bytes, "crafted.xlsx");
    const sheets = await streamed.listSheets();
    expect(sheets.map((s) => [s.name, s.visible, s.lastRow, s.lastColumn])).toEqual([
      ["ข้อมูล & สรุป", true, 3, 6],
      ["ซ่อน", false, 2, 2],
    ]);
    expect(await full.listSheets()).toEqual(sheets);
    const request = [
      { sheet: "ข้อมูล & สรุป", firstRow: 1, rowCount: 3, firstColumn: 1, columnCount: 6 },
    ];
    const [block] = await streamed.readBlocks(request);
    expect(block.values).toEqual([
      // an empty shared string (<si><t/></si>) is an empty text, by both readers
      ["หน่วยงาน", "กรมการจัดหางาน", "A&B\rC", "", null, null],
      [DEC_31_2025_1904, 0.455, true, excelError("#REF!"), "กรมแรงงาน", excelError("#N/A")],
      ["ข้อความ", null, null, null, null, null],
    ]);
    expect(block.formats[1].slice(0, 2)).toEqual(["mm-dd-yy", "0.0%"]);
    expect(await full.readBlocks(request)).toEqual([block]);
    await expectSameAsExcelJs(streamed, bytes);
  });
});

it("streams cells and rows that carry no address, and namespace-prefixed sheet XML", async () => {
  const zip = await JSZip.loadAsync(await craft(false));
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row><x:c><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>` +
      `<x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>ก</x:t></x:r><x:r><x:t>ข</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`
  );
  const path = temp.file(
    "bare.xlsx",
    await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
  );
  const [block] = await (
    await openXlsxFile(path)
  ).readBlocks([{ sheet: "ซ่อน", firstRow: 1, rowCount: 4, firstColumn: 1, columnCount: 4 }]);
  expect(block.values).toEqual([
    [1, "หน่วยงาน", null, null],
    [null, null, null, null],
    [null, null, null, null],
    [null, null, 3, "กข"],
  ]);
});
