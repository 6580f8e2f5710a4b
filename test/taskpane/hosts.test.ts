// The two PaneHosts end to end: the workspace host over real .xlsx files, the Office host over the strict fake Excel.
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { checkSources } from "../../src/app/check";
import { ALL_OUTPUTS } from "../../src/app/report";
import { OfficeHost } from "../../src/host/office-host";
import { WorkspaceHost } from "../../src/host/workspace-host";
import { createWorkbookState, installFakeOffice, snapshotWorkbook, type InstalledFakeOffice } from "../fakes/excel";
import { project, sampleRows, trackerSheet } from "./fake-host";
import { trackerFileBytes } from "./tracker-files";
import { MemorySource } from "../../src/workbook/memory/source";

const ROOT = join(__dirname, "..", "..");
const fixture = (name: string) => join(ROOT, "test", "fixtures", name);

function fileOf(path: string, name = path.split("/").pop()!): File {
  return new File([readFileSync(path)], name);
}

async function sheetNamesOf(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
}

describe("WorkspaceHost", () => {
  it("says plainly that no file is open yet", async () => {
    await expect(new WorkspaceHost().detect()).rejects.toMatchObject({ en: expect.stringContaining("No file is open") });
  });

  it("opens the sample, finds its tracker and writes the report as a new workbook to download", async () => {
    const host = new WorkspaceHost();
    await host.open(readFileSync(join(ROOT, "assets", "sample-tracker.xlsx")), "sample-tracker.xlsx");
    const detection = await host.detect();
    expect(detection.tracker).not.toBeNull();
    expect(detection.sheets).toContain(detection.tracker!.sheet);
    const done = await host.insert(ALL_OUTPUTS, { lang: "th", round: "quarter" });
    expect(done.download!.fileName).toMatch(/^sample-tracker-report-\d{4}-Q[1-4]\.xlsx$/);
    expect(await sheetNamesOf(done.download!.bytes)).toEqual(done.sheets.map((s) => s.name));
  });

  it("turns an unreadable file into a Thai and English message", async () => {
    const host = new WorkspaceHost();
    await expect(host.open(readFileSync(fixture("bad-not-xlsx.xlsx")), "bad.xlsx")).rejects.toMatchObject({
      th: expect.stringContaining("bad.xlsx"),
      en: expect.stringContaining("bad.xlsx"),
    });
  });

  it("consolidates department files with their source, skips a file without a tracker, and reports duplicates across files", async () => {
    const doe = await trackerFileBytes([project("D-1"), project("D-2", { budget_code: "22345678901234567890" })]);
    const dsd = await trackerFileBytes([
      project("D-2", { department: "DSD", budget_code: "32345678901234567890" }),
      project("S-9", { project_name: "โครงการ D-1", budget_code: "42345678901234567890" }),
    ]);
    const files = [new File([doe], "doe.xlsx"), new File([dsd], "dsd.xlsx"), fileOf(fixture("bad-no-tracker.xlsx"))];
    const progress: string[] = [];
    const done = await new WorkspaceHost().consolidate(files, "th", (_d, _t, label) => progress.push(label));
    expect(done.files.map((f) => [f.name, f.rows])).toEqual([
      ["doe.xlsx", 2],
      ["dsd.xlsx", 2],
    ]);
    expect(done.skipped.map((s) => s.name)).toEqual(["bad-no-tracker.xlsx"]);
    expect(done.skipped[0].problem.th).not.toBe("");
    expect(progress.slice(0, 3)).toEqual(["doe.xlsx", "dsd.xlsx", "bad-no-tracker.xlsx"]);
    // D-2 twice (same id), and S-9 repeats D-1's name, department and year under another id.
    expect(done.duplicates.map((f) => `${f.file}:${f.row}:${f.rule}`).sort()).toEqual(
      ["dsd.xlsx:2:duplicate-project-id", "dsd.xlsx:3:duplicate-project"].sort(),
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(done.download!.bytes) as unknown as ArrayBuffer);
    const master = wb.getWorksheet(done.sheets[0].name)!;
    const header = (master.getRow(1).values as unknown[]).map(String);
    const sourceColumn = header.indexOf("ไฟล์ต้นทาง");
    expect(sourceColumn).toBeGreaterThan(0);
    expect([2, 3, 4, 5].map((r) => master.getRow(r).getCell(sourceColumn).value)).toEqual(["doe.xlsx", "doe.xlsx", "dsd.xlsx", "dsd.xlsx"]);
  });
});

describe("OfficeHost over the strict fake Excel", () => {
  let office: InstalledFakeOffice;
  let runs = 0;

  beforeEach(() => {
    const tracker = trackerSheet("โครงการ", sampleRows());
    office = installFakeOffice(globalThis, createWorkbookState([{ name: tracker.name, values: tracker.values }, { name: "บันทึก", values: [["ของผู้ใช้"]] }]));
    const excel = (globalThis as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } }).Excel;
    const run = excel.run.bind(excel);
    runs = 0;
    excel.run = (...args: unknown[]) => {
      runs++;
      return run(...args);
    };
  });

  afterEach(() => office.uninstall());

  it("does each pane action in exactly one Excel.run", async () => {
    const host = new OfficeHost("สมุดงานนี้");
    const detection = await host.detect();
    expect(detection.tracker?.rows).toBe(sampleRows().length);
    expect(runs).toBe(1);
    const check = await host.check();
    expect(runs).toBe(2);
    const engine = await checkSources([new MemorySource("สมุดงานนี้", [trackerSheet("โครงการ", sampleRows())])]);
    expect(check.analysis.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(engine.analysis.findings.map((f) => `${f.rule}@${f.cell}`));
    await host.selectCell({ sheet: "โครงการ", address: "B3" });
    expect(runs).toBe(3);
    const before = snapshotWorkbook(office.state);
    const done = await host.insert(ALL_OUTPUTS, { lang: "en", round: "quarter" });
    expect(runs).toBe(4);
    const after = snapshotWorkbook(office.state);
    for (const sheet of before) expect(after.find((s) => s.name === sheet.name)).toEqual(sheet);
    for (const sheet of done.sheets) expect(after.some((s) => s.name === sheet.name)).toBe(true);
  });

  it("highlights problem cells and clears them back to exactly what they were", async () => {
    const host = new OfficeHost("สมุดงานนี้");
    const before = snapshotWorkbook(office.state).filter((s) => s.visibility === "Visible");
    const done = await host.highlight([{ sheet: "โครงการ", address: "C5" }, { sheet: "โครงการ", address: "K5" }]);
    expect(done.cells).toBe(2);
    await host.clearHighlight();
    const after = snapshotWorkbook(office.state).filter((s) => s.visibility === "Visible");
    expect(after).toEqual(before);
  });

  it("makes the template as generated sheets the detection then finds", async () => {
    office.uninstall();
    office = installFakeOffice(globalThis, createWorkbookState([{ name: "Sheet1", values: [] }]));
    const host = new OfficeHost("This workbook");
    expect((await host.detect()).tracker).toBeNull();
    const made = await host.makeTemplate("th");
    expect(made.sheets.length).toBeGreaterThan(1);
    const detection = await host.detect();
    expect(detection.problem).toBeNull();
    expect(detection.sheets).toContain(detection.tracker!.sheet);
  });
});
