// Rules agree with each other: one bad cell gives exactly the findings of the rule that owns it.
import { excelError } from "../../../src/core/cell";
import { loadDefaultReference } from "../../../src/core/reference";
import { runRule } from "../../../src/core/rules/define";
import { RULES } from "../../../src/core/rules/index";
import { Quarter } from "../../../src/core/tracker/columns";
import { RowSpec, makeRows, validRow } from "../../helpers/rows";
import { printedSheet, printedTable, project, totalRow } from "../../helpers/printed-sheet";
import { CellValue } from "../../../src/core/cell";
import { MemorySheet } from "../../../src/workbook/memory/source";

interface AgreementCase {
  name: string;
  /** Valid rows before the row under test (for duplicates); they must stay free of findings. */
  before?: RowSpec[];
  row: RowSpec;
  /** Rule id of every finding on the row under test (a rule reporting twice is listed twice). */
  fires: string[];
  quarter?: Quarter;
  fiscalYear?: number | null;
}

const OTHER_CODE = "99999999999999999999";

const CASES: AgreementCase[] = [
  { name: "the valid row", row: validRow(), fires: [] },
  { name: "budget written as text with บาท", row: validRow({ budget: "1,250,000.50 บาท" }), fires: [] },
  { name: "budget 0 without code or disbursement", row: validRow({ budget: 0, budget_code: null, q1_disbursed: null }), fires: [] },
  { name: "budget abc", row: validRow({ budget: "abc" }), fires: ["invalid-number"] },
  { name: "budget TRUE", row: validRow({ budget: true }), fires: ["invalid-number"] },
  { name: "budget -5", row: validRow({ budget: -5 }), fires: ["budget-invalid"] },
  { name: "budget (5,000)", row: validRow({ budget: "(5,000)" }), fires: ["budget-invalid"] },
  { name: "budget blank", row: validRow({ budget: null }), fires: ["missing-value"] },
  { name: "budget #VALUE!", row: validRow({ budget: excelError("#VALUE!") }), fires: ["cell-error"] },
  { name: "budget code too short", row: validRow({ budget_code: "1234" }), fires: ["budget-code-format"] },
  { name: "budget code as a big number", row: validRow({ budget_code: 12345678901234567000 }), fires: ["budget-code-format"] },
  { name: "budget code blank", row: validRow({ budget_code: null }), fires: ["missing-value"] },
  { name: "strategy #N/A text", row: validRow({ strategy: "#N/A" }), fires: ["cell-error"] },
  { name: "strategy #REF! error", row: validRow({ strategy: excelError("#REF!") }), fires: ["cell-error"] },
  { name: "strategy ยุทธศาสตร์ที่ ๓", row: validRow({ strategy: "ยุทธศาสตร์ที่ ๓" }), fires: [] },
  { name: "strategy 7", row: validRow({ strategy: 7 }), fires: ["invalid-strategy"] },
  { name: "strategy 2.5", row: validRow({ strategy: 2.5 }), fires: ["invalid-strategy"] },
  { name: "strategy 2 (plan 11 is under 3)", row: validRow({ strategy: 2 }), fires: ["linkage-mismatch"] },
  { name: "strategy blank", row: validRow({ strategy: null }), fires: ["missing-value"] },
  { name: "master plan blank", row: validRow({ master_plan: null }), fires: ["missing-value"] },
  { name: "master plan (11)", row: validRow({ master_plan: "(11)" }), fires: [] },
  { name: "master plan 24", row: validRow({ master_plan: 24 }), fires: ["invalid-master-plan"] },
  { name: "master plan 12 with sub-plan 1104", row: validRow({ master_plan: 12 }), fires: ["sub-plan-mismatch"] },
  { name: "sub-plan 1199", row: validRow({ sub_plan: "1199" }), fires: ["sub-plan-mismatch"] },
  { name: "sub-plan 12", row: validRow({ sub_plan: "12" }), fires: ["sub-plan-mismatch"] },
  { name: "sub-plan ๑๑-๐๔", row: validRow({ sub_plan: "๑๑-๐๔" }), fires: [] },
  { name: "reform area 14", row: validRow({ reform_area: 14 }), fires: ["invalid-reform-area"] },
  { name: "Big Rock without reform area", row: validRow({ project_type: "Big Rock" }), fires: ["reform-required"] },
  { name: "Big Rock with an unknown area name", row: validRow({ project_type: "Big Rock", reform_area: "ด้านอวกาศ" }), fires: ["invalid-reform-area"] },
  { name: "Big Rock with #N/A area", row: validRow({ project_type: "Big Rock", reform_area: excelError("#N/A") }), fires: ["cell-error"] },
  { name: "Quick Win without reform area", row: validRow({ project_type: "Quick Win" }), fires: ["reform-required"] },
  { name: "unknown project type", row: validRow({ project_type: "โครงการพิเศษ" }), fires: ["unknown-project-type"] },
  { name: "unknown department", row: validRow({ department: "XYZ" }), fires: ["unknown-department"] },
  { name: "department กกจ.", row: validRow({ department: "กกจ." }), fires: [] },
  { name: "department blank", row: validRow({ department: null }), fires: ["missing-value"] },
  { name: "fiscal year 2026 (CE of the reported year)", row: validRow({ fiscal_year: 2026 }), fires: ["fiscal-year-ce"] },
  { name: "fiscal year ๒๕๖๙", row: validRow({ fiscal_year: "๒๕๖๙" }), fires: [] },
  { name: "fiscal year 2570", row: validRow({ fiscal_year: 2570 }), fires: ["fiscal-year-other"] },
  { name: "fiscal year 2568 without progress", row: validRow({ fiscal_year: 2568, q1_progress: null }), fires: ["fiscal-year-other"] },
  { name: "fiscal year 2026 when 2570 is reported", row: validRow({ fiscal_year: 2026 }), fiscalYear: 2570, fires: ["fiscal-year-ce", "fiscal-year-other"] },
  { name: "fiscal year 1500", row: validRow({ fiscal_year: 1500 }), fires: ["fiscal-year-invalid"] },
  { name: "fiscal year abc", row: validRow({ fiscal_year: "abc" }), fires: ["fiscal-year-invalid"] },
  { name: "fiscal year blank", row: validRow({ fiscal_year: null }), fires: ["missing-value"] },
  { name: "fiscal year #N/A", row: validRow({ fiscal_year: "#N/A" }), fires: ["cell-error"] },
  { name: "progress 120", row: validRow({ q1_progress: 120 }), fires: ["progress-out-of-range"] },
  { name: "progress 0.45 formatted 0%", row: validRow({ q1_progress: { v: 0.45, f: "0%" } }), fires: [] },
  { name: "progress 45 formatted 0%", row: validRow({ q1_progress: { v: 45, f: "0%" } }), fires: ["progress-out-of-range"] },
  { name: "progress blank", row: validRow({ q1_progress: null }), fires: ["progress-missing"] },
  { name: "progress abc", row: validRow({ q1_progress: "abc" }), fires: ["invalid-number"] },
  { name: "progress #DIV/0!", row: validRow({ q1_progress: "#DIV/0!" }), fires: ["cell-error"] },
  { name: "progress falls in Q2", row: validRow({ q2_progress: 10 }), quarter: 2, fires: ["progress-decreasing"] },
  { name: "Q1 150 then Q2 50", row: validRow({ q1_progress: 150, q2_progress: 50 }), quarter: 2, fires: ["progress-out-of-range"] },
  { name: "disbursed -1", row: validRow({ q1_disbursed: -1 }), fires: ["disbursed-invalid"] },
  { name: "disbursed above the budget", row: validRow({ q1_disbursed: "2,000,000" }), fires: ["overspent"] },
  { name: "disbursed abc", row: validRow({ q1_disbursed: "abc" }), fires: ["invalid-number"] },
  { name: "disbursed as a date", row: validRow({ q1_disbursed: { v: 45000, f: "d/m/yyyy" } }), fires: ["invalid-number"] },
  { name: "project name of 501 characters", row: validRow({ project_name: "ก".repeat(501) }), fires: ["text-too-long"] },
  { name: "project id blank", row: validRow({ project_id: null }), fires: ["missing-value"] },
  { name: "same id again", before: [validRow()], row: validRow(), fires: ["duplicate-project-id"] },
  { name: "same id, other spelling", before: [validRow()], row: validRow({ project_id: " p-001 ", project_name: "อื่น" }), fires: ["duplicate-project-id"] },
  {
    name: "same project under a new id",
    before: [validRow()],
    row: validRow({ project_id: "P-002", budget_code: OTHER_CODE }),
    fires: ["duplicate-project"],
  },
  { name: "same budget code on another project", before: [validRow()], row: validRow({ project_id: "P-002", project_name: "อื่น" }), fires: ["budget-code-shared"] },
  {
    name: "same project, new id, same budget code: two problems",
    before: [validRow()],
    row: validRow({ project_id: "P-002" }),
    fires: ["budget-code-shared", "duplicate-project"],
  },
];

function rulesFiring(c: AgreementCase): { target: string[]; others: string[] } {
  const reference = loadDefaultReference();
  const rows = makeRows([...(c.before ?? []), c.row], { reference });
  const ctx = { rows, reference, fiscalYear: c.fiscalYear === undefined ? 2569 : c.fiscalYear, quarter: c.quarter ?? 1 };
  const findings = RULES.flatMap((rule) => runRule(rule, ctx));
  const targetRow = rows[rows.length - 1].row;
  return {
    target: findings.filter((f) => f.row === targetRow).map((f) => f.rule).sort(),
    others: findings.filter((f) => f.row !== targetRow).map((f) => `${f.rule}@${f.row}`),
  };
}

/** Cases that need a sheet's layout (formulas, total rows): rows from row 2 of a printed sheet. */
interface SheetAgreementCase {
  name: string;
  rows: CellValue[][];
  layout?: Partial<MemorySheet>;
  /** The worksheet row under test; every other row must stay free of findings. */
  row: number;
  fires: string[];
}

const cell = (row: number, column: number) => ({ firstRow: row, firstColumn: column, lastRow: row, lastColumn: column });

const SHEET_CASES: SheetAgreementCase[] = [
  {
    name: "a department whose formula was never calculated: not also blank",
    rows: [project("P1", 100, 10), [...project("P2", 100, 10).slice(0, 2), null, ...project("P2", 100, 10).slice(3)]],
    layout: { formulas: [cell(3, 3)], uncalculated: [cell(3, 3)] },
    row: 3,
    fires: ["formula-not-calculated"],
  },
  {
    name: "a subtotal short of its projects' budget",
    rows: [project("P1", 100, 10), project("P2", 50, 5), totalRow("รวม กกจ.", 100, 15)],
    row: 4,
    fires: ["subtotal-mismatch"],
  },
];

async function sheetRulesFiring(c: SheetAgreementCase): Promise<{ target: string[]; others: string[] }> {
  const reference = loadDefaultReference();
  const table = await printedTable(printedSheet(c.rows, c.layout));
  const findings = RULES.flatMap((rule) => runRule(rule, { table, reference, fiscalYear: 2569, quarter: 1 }));
  return {
    target: findings.filter((f) => f.row === c.row).map((f) => f.rule).sort(),
    others: findings.filter((f) => f.row !== c.row).map((f) => `${f.rule}@${f.row}`),
  };
}

describe("rules agree on printed sheets: one problem, one finding", () => {
  it.each(SHEET_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await sheetRulesFiring(c)).toEqual({ target: [...c.fires].sort(), others: [] });
  });
});

describe("rules agree: one problem, one finding", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(rulesFiring(c)).toEqual({ target: [...c.fires].sort(), others: [] });
  });

  it("covers every rule at least once", () => {
    const covered = new Set([...CASES, ...SHEET_CASES].flatMap((c) => c.fires));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
