// A printed tracker through the Office.js adapter (strict fake): merged areas on ExcelApi 1.13, degraded and said on older hosts.
import { checkSources } from "../../../src/app/check";
import { CellRange } from "../../../src/core/port";
import { MemorySource } from "../../../src/workbook/memory/source";
import { detectFeatures } from "../../../src/workbook/office/features";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";
import { createWorkbookState, fakeIsSetSupported, installFakeOffice } from "../../fakes/excel";
import { printedMemorySheet, printedTracker, projectFigures } from "../../helpers/printed-tracker";

const area = (r: CellRange) => ({ row: r.firstRow - 1, column: r.firstColumn - 1, rows: r.lastRow - r.firstRow + 1, columns: r.lastColumn - r.firstColumn + 1 });

/** The fake workbook holding the tracker: values where Excel shows them, merged areas, formulas. */
function officeWith(excelApi: string) {
  const t = printedTracker({ brokenSum: true });
  const state = createWorkbookState([{ name: "ติดตามโครงการ", values: t.values }], { excelApi });
  const sheet = state.sheets[0];
  sheet.merges.push(...t.merges.map(area));
  for (const [key, formula] of t.formulas) {
    const [row, column] = key.split(",").map(Number);
    sheet.formulas.set(`${row - 1},${column - 1}`, `=${formula}`);
  }
  const office = installFakeOffice(globalThis, state);
  const context = () => office.newContext() as unknown as Excel.RequestContext;
  const workbook = () =>
    new OfficeWorkbook(context(), "current workbook", {
      features: detectFeatures((set, version) => fakeIsSetSupported(state, set, version)),
    });
  return { t, state, context, workbook, uninstall: office.uninstall };
}

describe("a printed tracker in Excel", () => {
  it("ExcelApi 1.13: the same findings and figures as the file's cells read from memory", async () => {
    const office = officeWith("1.13");
    try {
      const viaOffice = await checkSources([office.workbook()]);
      const memory = { ...printedMemorySheet(office.t), hiddenRows: null };
      const viaMemory = await checkSources([new MemorySource("current workbook", [memory])]);
      expect(viaOffice.analysis.figures).toEqual(viaMemory.analysis.figures);
      expect(viaOffice.analysis.findings).toEqual(viaMemory.analysis.findings);
      expect(viaOffice.analysis.findings.map((f) => [f.rule, f.row])).toEqual([
        ["subtotal-mismatch", office.t.subtotalRows[0]],
        ["subtotal-mismatch", office.t.grandTotalRow],
      ]);
      const want = projectFigures(office.t.projects, 2);
      expect(viaOffice.analysis.figures.ministry.budget).toBeCloseTo(want.budget, 6);
      expect(viaOffice.analysis.figures.ministry.progress_pct).toBeCloseTo(want.progress_pct, 9);
      // Office.js has no cheap per-row hidden flag: the count is unknown there, not zero.
      expect(viaOffice.trackers[0]).toMatchObject({ sectionRows: 3, totalRows: 6, unread: ["hiddenRows"] });
    } finally {
      office.uninstall();
    }
  });

  it("ExcelApi 1.9: merged cells cannot be read; said, and the departments merged down look blank", async () => {
    const office = officeWith("1.9");
    try {
      const result = await checkSources([office.workbook()]);
      expect(result.trackers[0].unread).toEqual(["merges", "hiddenRows"]);
      expect(result.trackers[0]).toMatchObject({ sectionRows: 3, totalRows: 6 });
      expect(result.analysis.findings.filter((f) => f.column === "department").length).toBeGreaterThan(0);
      expect(office.state.log.some((l) => l.includes("getMergedAreas"))).toBe(false);
    } finally {
      office.uninstall();
    }
  });

  it("the fake refuses getMergedAreasOrNullObject below ExcelApi 1.13, as Office does", async () => {
    const office = officeWith("1.12");
    try {
      const context = office.context();
      const found = context.workbook.worksheets.getItem("ติดตามโครงการ").getRange("A1:N5").getMergedAreasOrNullObject().load("address");
      await expect(context.sync()).rejects.toThrow(/1\.13/);
      expect(() => found.address).toThrow();
    } finally {
      office.uninstall();
    }
  });
});
