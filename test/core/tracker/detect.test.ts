// Tracker detection: header row search, two-row headers, aliases, best sheet, tables, clear errors.
import { CellValue, excelError } from "../../../src/core/cell";
import { loadDefaultReference } from "../../../src/core/reference";
import { detectTracker } from "../../../src/core/tracker/detect";
import { loadTracker } from "../../../src/core/tracker/load";
import { TrackerError } from "../../../src/core/tracker/types";
import { MemorySource } from "../../../src/workbook/memory/source";
import { checkSources } from "../../../src/app/check";

const TH_HEADER = ["รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "ปีงบประมาณ", "ยุทธศาสตร์ชาติ", "แผนแม่บทฯ", "ความก้าวหน้า ไตรมาส 1 (%)"];
const reference = loadDefaultReference();

async function layoutOf(values: CellValue[][], extra: Partial<ConstructorParameters<typeof MemorySource>[1][number]> = {}) {
  return detectTracker(new MemorySource("t.xlsx", [{ name: "Sheet1", values, ...extra }]));
}

describe("detectTracker", () => {
  it("finds a Thai header under title rows", async () => {
    const layout = await layoutOf([
      ["แบบติดตามโครงการ ปีงบประมาณ 2569"],
      [],
      ["กรมการจัดหางาน"],
      TH_HEADER,
      ["P1", "โครงการ ก", "DOE", 2569, 3, 11, 50],
    ]);
    expect(layout.headerRow).toBe(4);
    expect(layout.firstDataRow).toBe(5);
    expect(layout.columns.project_id?.column).toBe(1);
    expect(layout.columns.q1_progress?.column).toBe(7);
  });

  it("matches English headers in another order, any case and spacing", async () => {
    const layout = await layoutOf([
      ["  master   PLAN ", "Department", "Project ID", "National strategy", "fiscal year", "PROJECT NAME", "Budget (THB)", "Q2 Progress (%)", "Notes col"],
    ]);
    expect(layout.columns.master_plan?.column).toBe(1);
    expect(layout.columns.project_id?.column).toBe(3);
    expect(layout.columns.budget?.column).toBe(7);
    expect(layout.columns.q2_progress?.column).toBe(8);
    expect(layout.unknownColumns).toEqual([{ column: 9, header: "Notes col" }]);
  });

  it("reads a two-row header with merged group titles (Thai digits in quarters)", async () => {
    const layout = await layoutOf([
      ["รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "ปีงบประมาณ", "ยุทธศาสตร์ชาติ", "แผนแม่บทฯ", "ความก้าวหน้า (%)", null, "ผลการเบิกจ่าย (บาท)", null],
      [null, null, null, null, null, null, "ไตรมาส ๑", "ไตรมาส 2", "ไตรมาส 1", "Q2"],
      ["P1", "ก", "DOE", 2569, 3, 11, 10, 20, 100, 200],
    ]);
    expect(layout.headerRows).toBe(2);
    expect(layout.firstDataRow).toBe(3);
    expect(layout.columns.q1_progress?.column).toBe(7);
    expect(layout.columns.q2_progress?.column).toBe(8);
    expect(layout.columns.q1_disbursed?.column).toBe(9);
    expect(layout.columns.q2_disbursed?.column).toBe(10);
  });

  it("uses an Excel table's data rows, leaving its totals row out", async () => {
    const layout = await layoutOf([TH_HEADER, ["P1"], ["P2"], ["รวม"]], {
      tables: [{ name: "Tracker", headerRow: 1, firstDataRow: 2, lastDataRow: 3, firstColumn: 1, lastColumn: 7 }],
    });
    expect(layout.table).toBe("Tracker");
    expect(layout.lastDataRow).toBe(3);
  });

  it("picks the best-matching sheet, or the one the user names", async () => {
    const source = new MemorySource("t.xlsx", [
      { name: "Notes", values: [["ชื่อโครงการ", "หมายเหตุ"]] },
      { name: "Data", values: [TH_HEADER] },
    ]);
    expect((await detectTracker(source)).sheet).toBe("Data");
    await expect(detectTracker(source, { sheet: "notes" })).rejects.toMatchObject({ code: "no-tracker" });
    await expect(detectTracker(source, { sheet: "Nope" })).rejects.toMatchObject({ code: "no-sheet" });
  });

  it("names the missing required columns in Thai and English", async () => {
    const err = await layoutOf([["รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "ปีงบประมาณ", "Budget"]]).catch((e) => e);
    expect(err).toBeInstanceOf(TrackerError);
    expect(err.code).toBe("missing-columns");
    expect(err.th).toContain("ยุทธศาสตร์ชาติ");
    expect(err.en).toContain("Master plan");
  });

  it("reports no tracker for an empty workbook or one without headers", async () => {
    await expect(layoutOf([])).rejects.toMatchObject({ code: "no-tracker" });
    await expect(layoutOf([["a", "b"], [1, 2]])).rejects.toMatchObject({ code: "no-tracker" });
  });

  it("keeps the first of duplicated headers and treats the second as unknown", async () => {
    const layout = await layoutOf([[...TH_HEADER, "รหัสโครงการ"]]);
    expect(layout.columns.project_id?.column).toBe(1);
    expect(layout.unknownColumns).toEqual([{ column: 8, header: "รหัสโครงการ" }]);
  });
});

describe("loadTracker", () => {
  it("skips blank rows and reads cells with their formats", async () => {
    const source = new MemorySource("t.xlsx", [
      {
        name: "S",
        values: [TH_HEADER, ["P1", "ก", "กกจ.", "๒๕๖๙", "ยุทธศาสตร์ที่ ๓", "(11)", 0.5], [], [" ", null], ["P2", "ข", "DOE", 2569, 3, 11, excelError("#N/A")]],
        formats: [[], ["@", "@", "@", "@", "@", "@", "0%"]],
      },
    ]);
    const { rows } = await loadTracker(source, reference);
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
    const first = rows[0].resolved;
    expect(first.department?.code).toBe("DOE");
    expect(first.fiscalYear).toBe(2569);
    expect(first.strategy).toBe(3);
    expect(first.masterPlan).toBe(11);
    expect(first.progress[0]).toBe(50);
    expect(rows[1].fields.progress[0].parsed).toEqual({ kind: "error", code: "#N/A" });
  });

  it("reads large trackers in blocks", async () => {
    const values: CellValue[][] = [TH_HEADER];
    for (let i = 0; i < 12_000; i++) values.push([`P${i}`, "x", "DOE", 2569, 3, 11, 10]);
    const source = new MemorySource("big.xlsx", [{ name: "S", values }]);
    const { rows } = await loadTracker(source, reference);
    expect(rows).toHaveLength(12_000);
    expect(rows[11_999].row).toBe(12_001);
    expect(source.readBlockCalls).toBe(1 + Math.ceil(12_000 / 5_000));
  });

  it("a check awaits the pause after every block of rows and before the rules, so a page can breathe", async () => {
    const values: CellValue[][] = [TH_HEADER];
    for (let i = 0; i < 12_000; i++) values.push([`P${i}`, "x", "DOE", 2569, 3, 11, 10]);
    const source = new MemorySource("big.xlsx", [{ name: "S", values }]);
    const steps: string[] = [];
    const readBlocks = source.readBlocks.bind(source);
    source.readBlocks = (requests) => {
      steps.push(`read ${requests[0].firstRow}`);
      return readBlocks(requests);
    };
    const result = await checkSources([source], { pause: async () => void steps.push("pause") });
    expect(result.trackers[0].rows).toBe(12_000);
    // The header read, then the three blocks of 5,000 rows each followed by a pause, then one before the rules.
    expect(steps).toEqual(["read 1", "read 2", "pause", "read 5002", "pause", "read 10002", "pause", "pause"]);
  });
});
