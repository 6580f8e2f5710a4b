// Printed-layout trackers as files: written by exceljs (formulas without values), then recalculated by LibreOffice.
import { checkSources } from "../../../src/app/check";
import { consolidateDocs } from "../../../src/app/consolidate";
import { checkJson } from "../../../src/app/json";
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { libreOffice } from "../../helpers/libreoffice";
import { PrintedTracker, printedTracker, printedTrackerXlsx, projectFigures } from "../../helpers/printed-tracker";
import { tempDir } from "../../helpers/xlsx-build";

const LO_TIMEOUT = 240_000;
const temp = tempDir("printed");
const office = libreOffice();

/** The tracker written by exceljs, and the same file recalculated by LibreOffice. */
async function files(t: PrintedTracker, name: string): Promise<{ uncalculated: string; calculated: string }> {
  const uncalculated = temp.file(`${name}.xlsx`, await printedTrackerXlsx(t));
  return { uncalculated, calculated: office.convert(uncalculated, "xlsx") };
}

afterAll(() => {
  office.close();
  temp.cleanup();
});

function expectProjectFigures(result: Awaited<ReturnType<typeof checkSources>>, t: PrintedTracker): void {
  const want = projectFigures(t.projects, 2);
  const { ministry } = result.analysis.figures;
  expect(result.analysis.figures.quarter).toBe(2);
  expect(ministry.projects).toBe(want.projects);
  expect(ministry.budget).toBeCloseTo(want.budget, 6);
  expect(ministry.disbursed).toBeCloseTo(want.disbursed, 6);
  expect(ministry.progress_pct).toBeCloseTo(want.progress_pct, 9);
  expect(ministry.completed).toBe(want.completed);
  expect(result.analysis.figures.hiddenRows).toBe(1);
}

describe("a printed tracker read from .xlsx", () => {
  const t = printedTracker();
  let written: { uncalculated: string; calculated: string };
  beforeAll(async () => {
    written = await files(t, "printed");
  }, LO_TIMEOUT);

  it.each(["uncalculated", "calculated"] as const)("%s: the figures of the projects alone, no finding, rows counted in check --json", async (which) => {
    const result = await checkSources([await openXlsxFile(written[which])]);
    expect(result.analysis.findings).toEqual([]);
    expectProjectFigures(result, t);
    const json = checkJson(result, "en");
    expect(json.files).toEqual([
      { path: expect.stringContaining("printed.xlsx"), sheet: "ติดตามโครงการ", rows: t.projects.length, section_rows: 3, total_rows: 6, hidden_rows: 1 },
    ]);
    expect(json.rows).toBe(t.projects.length);
  });

  it("consolidating two printed department files copies projects only", async () => {
    const other = await files(printedTracker({ idPrefix: "6901" }), "other");
    const result = await checkSources([await openXlsxFile(written.calculated), await openXlsxFile(other.calculated)]);
    const { docs, duplicates } = consolidateDocs(result, "th");
    const master = docs[0];
    const rows = new Set(master.cells.filter((c) => c.row > 1).map((c) => c.row));
    expect(rows.size).toBe(2 * t.projects.length);
    const ids = master.cells.filter((c) => c.row > 1 && c.column === 1).map((c) => c.value);
    expect(ids.every((id) => typeof id === "string" && /^690[01]\d{4}$/.test(id))).toBe(true);
    expect(result.analysis.findings.filter((f) => duplicates.includes(f.rule))).toEqual([]);
  }, LO_TIMEOUT);
});

describe("formulas in printed trackers", () => {
  it("a subtotal whose SUM misses the department's last project is reported on its row with both sums", async () => {
    const t = printedTracker({ brokenSum: true });
    const { calculated, uncalculated } = await files(t, "broken");
    const dept = t.projects.filter((p) => p.department === "กกจ.");
    const findings = (await checkSources([await openXlsxFile(calculated)])).analysis.findings;
    const subtotal = findings.filter((f) => f.row === t.subtotalRows[0]);
    expect(subtotal.map((f) => [f.rule, f.cell, f.data.total, f.data.sum])).toEqual([
      ["subtotal-mismatch", `I${t.subtotalRows[0]}`, dept.slice(0, -1).reduce((s, p) => s + p.budget, 0), dept.reduce((s, p) => s + p.budget, 0)],
    ]);
    expect(subtotal[0].message.en).toContain(String(dept.reduce((s, p) => s + p.budget, 0)));
    // Without calculated values the totals cannot be compared: nothing is said about them.
    expect((await checkSources([await openXlsxFile(uncalculated)])).analysis.findings).toEqual([]);
  }, LO_TIMEOUT);

  it("a project's formula with no calculated value is formula-not-calculated until the file is calculated", async () => {
    const t = printedTracker({ budgetFormula: true });
    const { calculated, uncalculated } = await files(t, "budget-formula");
    const before = await checkSources([await openXlsxFile(uncalculated)]);
    expect(before.analysis.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["formula-not-calculated", "error", `I${t.headerRow + 2}`]]);
    expect(before.analysis.findings[0].message.en).toMatch(/open and save the file in Excel/);
    expect(before.analysis.figures.ministry.projects).toBe(t.projects.length - 1);
    const after = await checkSources([await openXlsxFile(calculated)]);
    expect(after.analysis.findings).toEqual([]);
    expectProjectFigures(after, t);
  }, LO_TIMEOUT);
});
