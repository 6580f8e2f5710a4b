// A second program: LibreOffice opens what we write (PDF text, ODS chart objects, a PNG to look at) and writes what we read.
import { mkdirSync } from "fs";
import { join } from "path";
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { createXlsxTarget } from "../../../src/workbook/xlsx/create-target";
import {
  libreOffice,
  odsChartCount,
  odsContent,
  pdfPageToPng,
  pdfText,
} from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx-build";
import { CHART_SHEET, chartDoc, DEPARTMENTS, FEATURE_SHEET, featureDoc, listDoc } from "./docs";
import { expectSameAsExcelJs } from "./exceljs-oracle";
import { mixedWorkbook, TRACKER_SHEET } from "./fixtures";
import { readFileSync } from "fs";

const LO_TIMEOUT = 180_000;
const ARTIFACTS = join(__dirname, "../../../test-artifacts");

const squash = (text: string) => text.replace(/\s+/g, "");

const temp = tempDir("xlsx-lo");
const office = libreOffice();
let written: string;

beforeAll(async () => {
  const target = createXlsxTarget();
  await target.writeGenerated([chartDoc(), listDoc(), featureDoc()], {
    fiscalYear: 2569,
    quarter: 1,
    round: "quarter",
  });
  written = temp.file("report.xlsx", await target.toBuffer());
});
afterAll(() => {
  office.close();
  temp.cleanup();
});

it(
  "prints the Thai headings and the formula-like text as text in a PDF, and renders the chart page to PNG",
  () => {
    const pdf = office.convert(written, "pdf");
    // pdftotext may put a space after a Thai vowel sign (glyph positioning), so compare without spaces
    const text = squash(pdfText(pdf));
    expect(text).toContain(squash("ความก้าวหน้าการดำเนินงาน ปีงบประมาณ 2569 ไตรมาส 1"));
    expect(text).toContain("รายการตรวจสอบ");
    expect(text).toContain(squash(DEPARTMENTS[3]));
    // shown as typed: a formula would have printed "y", "3" and "1"
    expect(text).toContain('=HYPERLINK("http://x","y")');
    expect(text).toContain("+SUM(1,2)");
    expect(text).toContain("-1+2");
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = pdfPageToPng(pdf, 1, join(ARTIFACTS, "xlsx-chart-sheet"));
    expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  },
  LO_TIMEOUT
);

it(
  "converts to ODS with both charts as chart objects, text cells as text and the link inside the workbook",
  async () => {
    const ods = office.convert(written, "ods");
    expect(await odsChartCount(ods)).toBe(2);
    const content = await odsContent(ods);
    expect(content).toContain(`table:name="${CHART_SHEET}"`);
    expect(content).toContain(`table:name="${FEATURE_SHEET.replace(/'/g, "&apos;")}"`);
    expect(content).not.toMatch(/table:formula="of:=HYPERLINK/);
    expect(content).not.toMatch(/table:formula="of:=SUM/);
    // LibreOffice writes an in-document link as "#Sheet.A1"
    expect(content).toMatch(new RegExp(`xlink:href="#&apos;?${CHART_SHEET}&apos;?\\.A1"`));
  },
  LO_TIMEOUT
);

it(
  "reads an .xlsx that LibreOffice wrote as exceljs reads it, from bytes and from a file alike",
  async () => {
    const input = temp.file("mixed.xlsx", await mixedWorkbook());
    const converted = temp.file("mixed-lo.xlsx", readFileSync(office.convert(input, "xlsx")));
    const full = await openXlsx(readFileSync(converted), "mixed-lo.xlsx");
    const streamed = await openXlsxFile(converted);
    const sheets = await full.listSheets();
    expect(await streamed.listSheets()).toEqual(sheets);
    const requests = sheets.map((s) => ({
      sheet: s.name,
      firstRow: 1,
      rowCount: s.lastRow,
      firstColumn: 1,
      columnCount: s.lastColumn,
    }));
    const blocks = await full.readBlocks(requests);
    expect(await streamed.readBlocks(requests)).toEqual(blocks);
    await expectSameAsExcelJs(streamed, readFileSync(converted));
    const tracker = blocks[sheets.findIndex((s) => s.name === TRACKER_SHEET)];
    expect(tracker.values[3].slice(0, 4)).toEqual(["P-001", "โครงการฝึกอบรม", "DOE", 0.45]);
    expect(tracker.formats[3][3]).toMatch(/%/);
  },
  LO_TIMEOUT
);
