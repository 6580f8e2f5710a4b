// Trackers laid out for printing (SPEC §2): merged cells, section and total rows, hidden rows, read as a person reads them.
import { checkSources } from "../../../src/app/check";
import { CellValue, excelError } from "../../../src/core/cell";
import { isTotalLabel } from "../../../src/core/tracker/row-kind";
import { MemorySource } from "../../../src/workbook/memory/source";
import { printedSheet, project, totalRow } from "../../helpers/printed-sheet";
import { printedMemorySheet, printedTracker, projectFigures } from "../../helpers/printed-tracker";

const source = (...sheets: Parameters<typeof printedSheet>) => new MemorySource("printed.xlsx", [printedSheet(...sheets)]);

describe("a printed tracker", () => {
  it("gives the figures of its projects alone, no finding, and counts its section, total and hidden rows", async () => {
    const t = printedTracker();
    const result = await checkSources([new MemorySource("printed.xlsx", [printedMemorySheet(t)])]);
    const { figures, findings } = result.analysis;
    expect(findings).toEqual([]);
    const want = projectFigures(t.projects, 2);
    expect(figures.quarter).toBe(2);
    expect(figures.ministry.projects).toBe(want.projects);
    expect(figures.ministry.budget).toBeCloseTo(want.budget, 6);
    expect(figures.ministry.disbursed).toBeCloseTo(want.disbursed, 6);
    expect(figures.ministry.progress_pct).toBeCloseTo(want.progress_pct, 9);
    expect(figures.hiddenRows).toBe(1);
    expect(result.trackers[0]).toMatchObject({ rows: t.projects.length, sectionRows: 3, totalRows: 6, hiddenRows: 1, unread: [] });
    // Each project got its department from the range merged down over it.
    expect(figures.departments.map((d) => [d.code, d.projects])).toEqual([
      ["DOE", 4],
      ["DSD", 3],
      ["DLPW", 3],
      ["SSO", 2],
      ["OPS", 2],
    ]);
    expect(result.analysis.rows.map((r) => r.resolved.strategy)).toEqual(t.projects.map((p) => p.strategy));
  });

  it("reports a subtotal whose SUM misses the department's last project, on its row, with both sums", async () => {
    const t = printedTracker({ brokenSum: true });
    const { findings } = (await checkSources([new MemorySource("printed.xlsx", [printedMemorySheet(t)])])).analysis;
    const dept = t.projects.filter((p) => p.department === "กกจ.");
    const atSubtotal = findings.filter((f) => f.row === t.subtotalRows[0]);
    expect(atSubtotal.map((f) => [f.rule, f.column, f.data.total, f.data.sum])).toEqual([
      ["subtotal-mismatch", "budget", dept.slice(0, -1).reduce((s, p) => s + p.budget, 0), dept.reduce((s, p) => s + p.budget, 0)],
    ]);
    // The grand total adds the short subtotal up, so it is short too; nothing else is reported.
    expect(findings.map((f) => f.row)).toEqual([t.subtotalRows[0], t.grandTotalRow]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });

  it("reads ranges merged down without changing the sheet it reads (blocks are the source's own rows)", async () => {
    const sheet = printedMemorySheet(printedTracker());
    const before = JSON.stringify([sheet.values, sheet.formats]);
    // Frozen rows: a write into a block would throw here (modules are strict), not go unnoticed.
    for (const row of [...sheet.values, ...(sheet.formats ?? [])]) Object.freeze(row);
    const source = new MemorySource("printed.xlsx", [sheet]);
    const first = await checkSources([source]);
    const second = await checkSources([source]);
    expect(JSON.stringify([sheet.values, sheet.formats])).toBe(before);
    expect(second.analysis.figures).toEqual(first.analysis.figures);
    expect(first.analysis.figures.departments.map((d) => d.projects)).toEqual([4, 3, 3, 2, 2]);
  });

  it("without merged cells (an older Excel), departments look blank and the check says why", async () => {
    const sheet = { ...printedMemorySheet(printedTracker()), merges: null };
    const result = await checkSources([new MemorySource("printed.xlsx", [sheet])]);
    expect(result.trackers[0].unread).toEqual(["merges"]);
    expect(result.analysis.findings.some((f) => f.rule === "missing-value" && f.column === "department")).toBe(true);
  });
});

describe("printed-layout bad input", () => {
  it("a range merged down across the header row is not copied into the data rows", async () => {
    const rows = [project("P1", 100, 10), project("P2", 100, 10)];
    rows[0][2] = null;
    const header = { firstRow: 1, firstColumn: 3, lastRow: 3, lastColumn: 3 };
    const result = await checkSources([source(rows, { merges: [header] })]);
    expect(result.analysis.findings.map((f) => [f.rule, f.cell])).toEqual([["missing-value", "C2"]]);
  });

  it("a sheet that is all one merged range is no tracker, said plainly", async () => {
    const values: CellValue[][] = [["แบบติดตามโครงการ"]];
    const sheet = { name: "Sheet1", values, merges: [{ firstRow: 1, firstColumn: 1, lastRow: 40, lastColumn: 12 }] };
    await expect(checkSources([new MemorySource("merged.xlsx", [sheet])])).rejects.toThrow(/no tracker found/);
  });

  it("data rows under a header that are all one merged range: one section row, no project, no crash", async () => {
    const rows = [["ยังไม่มีข้อมูลโครงการ"]];
    const result = await checkSources([source(rows, { merges: [{ firstRow: 2, firstColumn: 1, lastRow: 30, lastColumn: 10 }] })]);
    expect(result.trackers[0]).toMatchObject({ rows: 0, sectionRows: 1, totalRows: 0 });
    expect(result.analysis.findings).toEqual([]);
  });

  it("a total row above the first project is a total row, not compared", async () => {
    const result = await checkSources([source([totalRow("รวมทั้งสิ้น", 5000, 1), project("P1", 100, 10)])]);
    expect(result.trackers[0]).toMatchObject({ rows: 1, totalRows: 1 });
    expect(result.analysis.findings).toEqual([]);
  });

  it("a total label merged across the ID and name columns is no ID", async () => {
    const label = [...totalRow("", 100, 10)];
    label[0] = "รวมทั้งสิ้น";
    const result = await checkSources([source([project("P1", 100, 10), label], { merges: [{ firstRow: 3, firstColumn: 1, lastRow: 3, lastColumn: 2 }] })]);
    expect(result.trackers[0]).toMatchObject({ rows: 1, totalRows: 1 });
    expect(result.analysis.findings).toEqual([]);
  });

  it("a row with no ID whose numbers are all formulas is a total, even without a label", async () => {
    const sums = totalRow("", 100, 10);
    const formulas = [6, 10].map((column) => ({ firstRow: 3, firstColumn: column, lastRow: 3, lastColumn: column }));
    const result = await checkSources([source([project("P1", 100, 10), sums], { formulas })]);
    expect(result.trackers[0]).toMatchObject({ rows: 1, totalRows: 1 });
  });

  it("a total row with an error value in a money cell is a finding of its own, the projects unaffected", async () => {
    const result = await checkSources([source([project("P1", 100, 10), totalRow("รวม", excelError("#REF!"), 10)])]);
    expect(result.analysis.findings.map((f) => [f.rule, f.messageId, f.cell])).toEqual([["subtotal-mismatch", "notANumber", "F3"]]);
    expect(result.analysis.figures.includedRows).toBe(1);
  });

  it("a project row without its ID stays a project with its finding", async () => {
    const noId = project("P2", 100, 10);
    noId[0] = null;
    const result = await checkSources([source([project("P1", 100, 10), noId])]);
    expect(result.trackers[0]).toMatchObject({ rows: 2, totalRows: 0, sectionRows: 0 });
    expect(result.analysis.findings.map((f) => [f.rule, f.cell])).toEqual([["missing-value", "A3"]]);
  });
});

describe("isTotalLabel", () => {
  it.each(["รวม", "รวม กกจ.", "รวมทั้งสิ้น", "ยอดรวม", "รวมทั้งหมด", "Total", "Sub-total", "Subtotal", "GRAND TOTAL", " รวมกลุ่มภารกิจ "])("%s is a total label", (text) => {
    expect(isTotalLabel(text)).toBe(true);
  });
  it.each(["โครงการรวมพลัง", "Totally new project", "P-001", "สรุปผล", ""])("%s is not", (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });
});
