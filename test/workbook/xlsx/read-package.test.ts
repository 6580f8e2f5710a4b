// Packages as other producers write them, and damaged or hostile ones: any part names and zip order, many sheets, DTDs, bad bytes.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { crc32 } from "../../../src/workbook/xlsx/crc32";
import { XlsxReadError } from "../../../src/workbook/xlsx/errors";
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { NODE_PART_CODEC } from "../../../src/workbook/xlsx/node-inflate";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { putRows, tempDir, xlsxBytes } from "../../helpers/xlsx-build";
import { craft, craftParts, CraftedSheet, inline } from "./craft";
import { expectSameAsExcelJs } from "./exceljs-oracle";

const temp = tempDir("xlsx-package");
afterAll(() => temp.cleanup());

/** What a user must never see: JavaScript's own messages and stack frames. */
const INTERNAL_ERROR =
  /\n\s+at |Cannot read propert|is not a function|undefined|Bug :|TypeError|RangeError|Error:/;

/** Opens `bytes` with JSZip's inflate (as browsers do) and with Node's zlib (as the command line does). */
async function refusals(bytes: Uint8Array): Promise<unknown[]> {
  const caught = (opening: Promise<unknown>) =>
    opening.then(
      () => null,
      (e: unknown) => e
    );
  return [
    await caught(openXlsx(bytes.slice(), "bad.xlsx")),
    await caught(openXlsx(bytes.slice(), "bad.xlsx", NODE_PART_CODEC)),
  ];
}

/** The refusal of `bytes`, the same in both codecs' words. */
async function refusal(bytes: Uint8Array): Promise<XlsxReadError> {
  const [error, withZlib] = await refusals(bytes);
  expect(error).toBeInstanceOf(XlsxReadError);
  expect(withZlib).toBeInstanceOf(XlsxReadError);
  const refused = error as XlsxReadError;
  expect((withZlib as XlsxReadError).en).toBe(refused.en);
  expect((withZlib as XlsxReadError).th).toBe(refused.th);
  expect(refused.en).toContain("bad.xlsx");
  expect(refused.th).toContain("bad.xlsx");
  expect(refused.en).not.toMatch(INTERNAL_ERROR);
  expect(refused.th).not.toMatch(INTERNAL_ERROR);
  return refused;
}

/** Where an entry's compressed bytes are, from its zip local file header (APPNOTE 4.3.7). */
function compressedData(bytes: Uint8Array, name: string): { start: number; length: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = Buffer.from(bytes).indexOf(Buffer.from(name)) - 30;
  expect(view.getUint32(header, true)).toBe(0x04034b50);
  const nameLength = view.getUint16(header + 26, true);
  const extraLength = view.getUint16(header + 28, true);
  return {
    start: header + 30 + nameLength + extraLength,
    length: view.getUint32(header + 18, true),
  };
}

async function cellA1(bytes: Uint8Array, sheet: string): Promise<unknown> {
  const [block] = await (
    await openXlsx(bytes, "x.xlsx")
  ).readBlocks([{ sheet, firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 1 }]);
  return block.values[0][0];
}

describe("finding the parts", () => {
  it("resolves sheets through the workbook's relationships, whatever their part names", async () => {
    const sheets: CraftedSheet[] = [
      {
        name: "data",
        path: "xl/worksheets/data.xml",
        xml: `<row r="1">${inline("A1", "d")}</row>`,
      },
      {
        name: "encoded",
        path: "xl/worksheets/my sheet.xml",
        target: "worksheets/my%20sheet.xml",
        xml: `<row r="1">${inline("A1", "e")}</row>`,
      },
      {
        name: "case",
        path: "xl/worksheets/sheet3.xml",
        target: "Worksheets/Sheet3.XML",
        xml: `<row r="1">${inline("A1", "c")}</row>`,
      },
      {
        name: "absolute",
        path: "xl/elsewhere/s.xml",
        target: "/xl/elsewhere/s.xml",
        xml: `<row r="1">${inline("A1", "a")}</row>`,
      },
    ];
    const bytes = await craft(sheets);
    for (const [sheet, text] of [
      ["data", "d"],
      ["encoded", "e"],
      ["case", "c"],
      ["absolute", "a"],
    ])
      expect(await cellA1(bytes, sheet)).toBe(text);
  });

  it("reads shared strings and styles that come after the sheets in the zip", async () => {
    const bytes = await craft(
      [{ name: "S", xml: `<row r="1"><c r="A1" t="s" s="1"><v>0</v></c></row>` }],
      {
        sharedStrings: "<si><t>หน่วยงาน</t></si>",
        styles: `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs>`,
        last: [
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/styles.xml",
          "xl/sharedStrings.xml",
        ],
      }
    );
    const [block] = await (
      await openXlsx(bytes, "late.xlsx")
    ).readBlocks([{ sheet: "S", firstRow: 1, rowCount: 1, firstColumn: 1, columnCount: 1 }]);
    expect(block.values).toEqual([["หน่วยงาน"]]);
    expect(block.formats).toEqual([["0.00%"]]);
  });

  it("reads every sheet of an exceljs workbook with many sheets (exceljs's own streaming reader failed at six)", async () => {
    const names = [...Array.from({ length: 11 }, (_, i) => `แผ่น ${i + 1}`), "it's", "📊 สรุป"];
    const bytes = await xlsxBytes((workbook: ExcelJS.Workbook) => {
      names.forEach((name, i) => putRows(workbook.addWorksheet(name), 1, [[name, i], [], [i * 2]]));
    });
    const path = temp.file("many.xlsx", bytes);
    for (let run = 0; run < 3; run++) {
      const source = await openXlsxFile(path);
      expect((await source.listSheets()).map((s) => [s.name, s.lastRow])).toEqual(
        names.map((name) => [name, 3])
      );
      await expectSameAsExcelJs(source, bytes);
    }
  });
});

describe("hostile and damaged packages", () => {
  const tracker = `<row r="1">${inline("A1", "รหัสโครงการ")}</row>`;

  it.each([
    [
      "an external entity (XXE)",
      `<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`,
    ],
    [
      "nested entities (billion laughs)",
      `<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`,
    ],
  ])("refuses a sheet that declares a DTD with %s", async (_name, doctype) => {
    const xml = `<?xml version="1.0"?>${doctype}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${inline("A1", "&xxe;&c;")}</row></sheetData></worksheet>`;
    const error = await refusal(await craft([{ name: "S", xml }]));
    expect(error.problem).toBe("corrupt");
    expect(error.en).toMatch(/xl\/worksheets\/sheet1\.xml declares a DTD/);
    expect(error.en).not.toMatch(/root:/);
  });

  it("refuses a DTD in the shared strings or the workbook part as well", async () => {
    const dtd = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]>`;
    const parts = craftParts([{ name: "S", xml: tracker }], { sharedStrings: "<si><t>x</t></si>" });
    for (const part of ["xl/sharedStrings.xml", "xl/workbook.xml"]) {
      const text = String(parts.get(part)).replace(/^<\?xml[^>]*\?>/, dtd);
      const error = await refusal(
        await craft([{ name: "S", xml: tracker }], {
          sharedStrings: "<si><t>x</t></si>",
          parts: { [part]: text },
        })
      );
      expect(error.en).toContain(`${part} declares a DTD`);
    }
  });

  it("names the part and place of XML that is not well-formed", async () => {
    const workbook = '<?xml version="1.0"?><workbook xmlns="x"><sheets><sheet name="Tra';
    const error = await refusal(
      await craft([{ name: "S", xml: tracker }], { parts: { "xl/workbook.xml": workbook } })
    );
    expect(error.problem).toBe("corrupt");
    expect(error.en).toMatch(/the XML of xl\/workbook\.xml is broken at line 1, column \d+/);
    expect(error.th).toContain("xl/workbook.xml");
  });

  it("calls bytes damaged when their checksum fails, even when they inflate into XML", async () => {
    const zip = new JSZip();
    for (const [path, content] of craftParts([{ name: "S", xml: tracker }]))
      zip.file(path, content, { createFolders: false });
    // stored, not deflated, so one changed byte still "inflates", into different but well-formed XML
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const at = Buffer.from(bytes).indexOf("รหัสโครงการ");
    expect(at).toBeGreaterThan(0);
    bytes[at + 3] ^= 0x01;
    const error = await refusal(bytes);
    expect(error.en).toContain(
      "a part of the file is damaged and could not be decompressed: xl/worksheets/sheet1.xml"
    );
  });

  it("calls deflated bytes that do not inflate damaged, not badly written XML", async () => {
    const bytes = await craft([{ name: "S", xml: tracker.repeat(200) }]);
    const { start, length } = compressedData(bytes, "xl/worksheets/sheet1.xml");
    for (let i = start + 2; i < start + length; i += 7) bytes[i] ^= 0x5a;
    const error = await refusal(bytes);
    expect(error.en).toContain(
      "a part of the file is damaged and could not be decompressed: xl/worksheets/sheet1.xml"
    );
  });

  it("calls a sheet part the workbook lists but the zip lacks missing, by name", async () => {
    const error = await refusal(
      await craft([{ name: "S", xml: tracker }], { omit: ["xl/worksheets/sheet1.xml"] })
    );
    expect(error.en).toContain("refers to xl/worksheets/sheet1.xml, which is not in the file");
  });
});

it("computes the zip checksum (CRC-32) chunk by chunk", () => {
  const text = new TextEncoder().encode("123456789");
  expect(crc32(0, text)).toBe(0xcbf43926);
  expect(crc32(crc32(0, text.subarray(0, 4)), text.subarray(4))).toBe(0xcbf43926);
});
