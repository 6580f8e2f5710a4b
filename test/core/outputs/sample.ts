// Test helper: a pooled sample of FY2569 Q2 (the figures test's rows) and ways to read a SheetDoc.
import { Finding } from "../../../src/core/findings";
import { buildAnalysis } from "../../../src/core/figures/compute";
import { Analysis } from "../../../src/core/figures/types";
import { loadDefaultReference } from "../../../src/core/reference";
import { Quarter } from "../../../src/core/tracker/columns";
import { DocCell, RangeRef, SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { RowSpec, makeRows, validRow } from "../../helpers/rows";

export const reference = loadDefaultReference();

export const SAMPLE_SPECS: RowSpec[] = [
  validRow({ project_id: "P1", department: "DOE", budget: 1_000_000, q1_progress: 20, q2_progress: 50, q1_disbursed: 100_000, q2_disbursed: 200_000 }),
  validRow({ project_id: "P2", department: "DOE", budget: 3_000_000, q1_progress: 40, q2_progress: 100, q1_disbursed: null, q2_disbursed: 1_500_000 }),
  validRow({ project_id: "P3", department: "DSD", budget: 2_000_000, q1_progress: 10, q2_progress: 15, q1_disbursed: 50_000, sub_plan: "1101" }),
  validRow({ project_id: "P4", department: "DSD", budget: 0, budget_code: null, q1_progress: null, q2_progress: 30, q1_disbursed: null }),
  validRow({ project_id: "P5", department: "DSD", budget: 1_000_000, q1_progress: 60, q2_progress: 90, q1_disbursed: 100_000, q2_disbursed: 300_000 }),
  validRow({ project_id: "P6", department: "DLPW", budget: 500_000, q1_progress: null, q2_progress: 70, q1_disbursed: null, strategy: 4, master_plan: 16, sub_plan: "1601" }),
  validRow({ project_id: "P7", department: "TOSH", budget: 1_000_000, q1_progress: 50, q2_progress: 80, q1_disbursed: 250_000, sub_plan: null }),
  validRow({ project_id: "P8", department: "DOE", fiscal_year: 2568, q2_progress: 100 }),
  validRow({ project_id: "P9", department: "SSO", q2_progress: 100 }),
  validRow({ project_id: "P10", department: "OPS", fiscal_year: 2568 }),
];

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "invalid-strategy",
    severity: "error",
    file: "test.xlsx",
    sheet: "Tracker",
    row: 10,
    column: "strategy",
    cell: "I10",
    value: "9",
    messageId: "outOfRange",
    data: { value: 9 },
    message: { th: "ยุทธศาสตร์ชาติต้องเป็น 1–6", en: "National strategy must be 1–6" },
    ...over,
  };
}

/** FY2569 at quarter Q; P9 (row 10) has an error finding. */
export function sampleAnalysis(quarter: Quarter = 2, specs: RowSpec[] = SAMPLE_SPECS): Analysis {
  return buildAnalysis({ rows: makeRows(specs), findings: [finding()], reference, fiscalYear: 2569, quarter });
}

export function cellAt(doc: SheetDoc, row: number, column: number): DocCell | undefined {
  return doc.cells.find((c) => c.row === row && c.column === column);
}

/** Values of a one-column or one-row range, in order (null where no cell). */
export function valuesIn(doc: SheetDoc, r: RangeRef): (string | number | null)[] {
  const out: (string | number | null)[] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    for (let col = r.firstColumn; col <= r.lastColumn; col++) out.push(cellAt(doc, row, col)?.value ?? null);
  }
  return out;
}

/** The first cell whose value equals `value` (top to bottom). */
export function findCell(doc: SheetDoc, value: string | number): DocCell {
  const hits = doc.cells.filter((c) => c.value === value).sort((a, b) => a.row - b.row || a.column - b.column);
  if (hits.length === 0) throw new Error(`no cell holds ${String(value)}`);
  return hits[0];
}

/** Values of one row from column 1 to `lastColumn`. */
export function rowValues(doc: SheetDoc, row: number, lastColumn: number): (string | number | null)[] {
  return valuesIn(doc, { firstRow: row, firstColumn: 1, lastRow: row, lastColumn });
}
