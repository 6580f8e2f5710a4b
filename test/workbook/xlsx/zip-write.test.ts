// The command line's package (exceljs's Workbook alone, Node's zlib): the same parts as the browsers' package, opened by exceljs, unzip and LibreOffice.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NODE_PART_CODEC } from "../../../src/workbook/xlsx/node-inflate";
import { createXlsxTarget } from "../../../src/workbook/xlsx/create-target";
import { createXlsxFileTarget } from "../../../src/workbook/xlsx/node";
import { writeZip } from "../../../src/workbook/xlsx/zip-write";
import { libreOffice, odsChartCount, odsContent } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/xlsx-build";
import { CHART_SHEET, chartDoc, featureDoc, LIST_SHEET, listDoc } from "./docs";

const MARK = { fiscalYear: 2569, quarter: 1, round: "quarter" } as const;
const temp = tempDir("zip-write");
afterAll(() => temp.cleanup());

/** The report's package, written at a fixed instant (the registry and docProps carry the time). */
async function packageBytes(withZlib: boolean): Promise<Uint8Array> {
  const target = withZlib ? await createXlsxFileTarget() : createXlsxTarget();
  await target.writeGenerated([chartDoc(), listDoc(), featureDoc()], MARK);
  return target.toBuffer();
}

/** Every entry of a zip as [name, folder?, bytes], in the zip's order. */
async function unzipped(bytes: Uint8Array): Promise<[string, boolean, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: [string, boolean, Buffer][] = [];
  for (const file of Object.values(zip.files))
    entries.push([file.name, file.dir, Buffer.from(await file.async("uint8array"))]);
  return entries;
}

describe("the report package deflated by Node's zlib", () => {
  let jszipBytes: Uint8Array;
  let zlibBytes: Uint8Array;

  beforeAll(async () => {
    // only Date is fixed: JSZip and exceljs still need the real timers
    jest.useFakeTimers({
      now: new Date("2026-01-20T03:04:06Z"),
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
    try {
      jszipBytes = await packageBytes(false);
      zlibBytes = await packageBytes(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it("holds the same entries, in the same order, with the same bytes as JSZip's package", async () => {
    const before = await unzipped(jszipBytes);
    const after = await unzipped(zlibBytes);
    expect(after.map(([name, dir]) => [name, dir])).toEqual(
      before.map(([name, dir]) => [name, dir])
    );
    after.forEach(([name, , bytes], i) =>
      expect([name, bytes.equals(before[i][2])]).toEqual([name, true])
    );
    expect(after.some(([name]) => name === "xl/charts/chart1.xml")).toBe(true);
    // deflated as well as before: within 2 % of JSZip's size
    expect(Math.abs(zlibBytes.length - jszipBytes.length)).toBeLessThan(jszipBytes.length * 0.02);
  });

  it("passes Info-ZIP's integrity test (every CRC and size) and opens in exceljs", async () => {
    const file = temp.file("zlib.xlsx", zlibBytes);
    expect(execFileSync("unzip", ["-tq", file], { encoding: "utf8" })).toMatch(
      /^No errors detected/
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(zlibBytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([CHART_SHEET, LIST_SHEET])
    );
  });

  it("converts in LibreOffice to ODS with both native charts", async () => {
    const office = libreOffice();
    try {
      const ods = office.convert(temp.file("lo.xlsx", zlibBytes), "ods");
      expect(await odsChartCount(ods)).toBe(2);
      expect(await odsContent(ods)).toContain(`table:name="${CHART_SHEET}"`);
    } finally {
      office.close();
    }
  }, 180_000);
});

describe("writeZip", () => {
  const date = new Date("2026-03-04T05:06:08Z");
  const text = (s: string) => new TextEncoder().encode(s);
  const entries = [
    { name: "docs/", dir: true, date, data: new Uint8Array(0) },
    { name: "docs/a.xml", dir: false, date, data: text("<a>".repeat(2000)) },
    { name: "docs/รายงาน.txt", dir: false, date, data: text("ความก้าวหน้า") },
    { name: "empty.txt", dir: false, date, data: new Uint8Array(0) },
  ];

  it("writes folders, UTF-8 names and empty files that JSZip and unzip read back", async () => {
    const bytes = writeZip(entries, NODE_PART_CODEC);
    const back = await unzipped(bytes);
    expect(back.map(([name, dir, data]) => [name, dir, data.toString("utf8")])).toEqual([
      ["docs/", true, ""],
      ["docs/a.xml", false, "<a>".repeat(2000)],
      ["docs/รายงาน.txt", false, "ความก้าวหน้า"],
      ["empty.txt", false, ""],
    ]);
    expect((await JSZip.loadAsync(bytes)).file("docs/a.xml")!.date.toISOString()).toBe(
      "2026-03-04T05:06:08.000Z"
    );
    const file = temp.file("plain.zip", bytes);
    expect(execFileSync("unzip", ["-tq", file], { encoding: "utf8" })).toMatch(
      /^No errors detected/
    );
    // Python's zipfile decodes a name as UTF-8 only when the entry's flag says so; testzip checks every CRC
    const script =
      "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(*z.namelist(), sep='|')";
    expect(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }).trim()).toBe(
      "None\ndocs/|docs/a.xml|docs/รายงาน.txt|empty.txt"
    );
    // deflated: 6,000 repetitive bytes take far fewer
    expect(bytes.length).toBeLessThan(600);
  });
});
