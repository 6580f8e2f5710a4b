// Memo test fixture: a hand-made Analysis (rows via makeRows, figures written out) and cell look-ups.
import { tableFromRows } from "../../../src/core/table/from-rows";
import {
  Analysis,
  DepartmentFigures,
  Figures,
  GroupFigures,
} from "../../../src/core/figures/types";
import { loadDefaultReference } from "../../../src/core/reference";
import { runRule } from "../../../src/core/rules/define";
import { missingValue } from "../../../src/core/rules/missing-value";
import { DocCell, SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { makeRows, validRow } from "../../helpers/rows";

export const TODAY = { year: 2026, month: 11, day: 25 };
export const HYPERLINK_REMARK = '=HYPERLINK("http://x")';
export const LONG_REMARK = "ผู้รับจ้างส่งมอบงานล่าช้า ".repeat(20);

function group(
  code: string,
  name_th: string,
  name_en: string,
  over: Partial<GroupFigures>
): GroupFigures {
  return {
    code,
    name_th,
    name_en,
    projects: 0,
    reported: 0,
    completed: 0,
    progress_pct: null,
    weighted_progress_pct: null,
    budget: 0,
    disbursed: 0,
    disbursement_pct: null,
    trend: [],
    behind_plan: 0,
    disbursement_target_pct: 30,
    ...over,
  };
}

function department(
  code: string,
  cluster: string | null,
  over: Partial<GroupFigures>
): DepartmentFigures {
  const d = loadDefaultReference().departmentByCode(code)!;
  return { ...group(code, d.name_th, d.name_en, over), cluster, behindPlanProjects: [], notReportedProjects: [] };
}

/**
 * DOE (2 included rows, one remark a formula-like text, one long), DSD (1 row, not reported),
 * DLPW (1 row, complete, no budget), and one DOE row left out for a missing strategy.
 */
export function fixtureAnalysis(): Analysis {
  const reference = loadDefaultReference();
  const rows = makeRows([
    validRow({ project_id: "P1", q1_progress: 50, remarks: HYPERLINK_REMARK }),
    validRow({
      project_id: "P2",
      project_name: "โครงการจัดหางานเชิงรุก",
      q1_progress: 41,
      remarks: LONG_REMARK,
    }),
    validRow({
      project_id: "P3",
      department: "DSD",
      budget: 500000,
      q1_progress: null,
      q1_disbursed: 0,
    }),
    validRow({
      project_id: "P4",
      department: "DLPW",
      budget: 0,
      budget_code: null,
      q1_progress: 100,
      q1_disbursed: null,
    }),
    validRow({ project_id: "P5", strategy: null }),
  ]);
  const findings = runRule(missingValue, { rows, reference, fiscalYear: 2569, quarter: 1 });
  const doe = department("DOE", "C1", {
    projects: 2,
    reported: 2,
    progress_pct: 45.5,
    budget: 2000000,
    disbursed: 300000,
    disbursement_pct: 15,
  });
  const dsd = department("DSD", "C1", { projects: 1, budget: 500000, disbursement_pct: 0 });
  const dlpw = department("DLPW", "C2", {
    projects: 1,
    reported: 1,
    completed: 1,
    progress_pct: 100,
  });
  const c1 = reference.cluster("C1")!;
  const c2 = reference.cluster("C2")!;
  const figures: Figures = {
    fiscalYear: 2569,
    quarter: 1,
    deadline: "2026-01-30",
    rows: 5,
    includedRows: 4,
    hiddenRows: 0,
    excludedRows: 1,
    exclusions: { otherYear: 0, withErrors: 1 },
    targets: { quarter: 1, progress_pct: 25, disbursement_pct: 30, source: { kind: "built-in" } },
    departments: [doe, dsd, dlpw],
    clusters: [
      group("C1", c1.name_th, c1.name_en, {
        projects: 3,
        reported: 2,
        progress_pct: 45.5,
        budget: 2500000,
        disbursed: 300000,
        disbursement_pct: 12,
      }),
      group("C2", c2.name_th, c2.name_en, {
        projects: 1,
        reported: 1,
        completed: 1,
        progress_pct: 100,
      }),
    ],
    ministry: group("MINISTRY", "กระทรวงแรงงาน", "Ministry of Labour", {
      projects: 4,
      reported: 3,
      completed: 1,
      progress_pct: 191 / 3,
      budget: 2500000,
      disbursed: 300000,
      disbursement_pct: 12,
    }),
    linkage: [
      {
        code: "3",
        name_th: "x",
        name_en: "x",
        projects: 4,
        budget: 2500000,
        rows: [],
        ownProjects: 0,
        ownBudget: 0,
        firstRows: () => [],
        children: [
          {
            code: "11",
            name_th: "x",
            name_en: "x",
            projects: 4,
            budget: 2500000,
            rows: [],
            ownProjects: 0,
            ownBudget: 0,
            firstRows: () => [],
            children: [],
          },
        ],
      },
    ],
  };
  return { table: tableFromRows(rows), rows, findings, figures, included: rows.slice(0, 4), includedAt: [0, 1, 2, 3] };
}

export function cellAt(doc: SheetDoc, row: number, column: number): DocCell | undefined {
  return doc.cells.find((c) => c.row === row && c.column === column);
}

/** The first cell whose value is exactly `value`. */
export function findCell(doc: SheetDoc, value: string): DocCell {
  const cell = doc.cells.find((c) => c.value === value);
  if (!cell) throw new Error(`no cell "${value}" in ${doc.name}`);
  return cell;
}

/** Non-empty values of one row, left to right. */
export function rowValues(doc: SheetDoc, row: number): (string | number)[] {
  return doc.cells
    .filter((c) => c.row === row && c.value !== null && c.value !== "")
    .sort((a, b) => a.column - b.column)
    .map((c) => c.value as string | number);
}

/** The value right of a label in column A (the labelled header lines). */
export function labelValue(doc: SheetDoc, label: string): string | number | null | undefined {
  const cell = doc.cells.find((c) => c.value === label && c.column === 1);
  if (!cell) throw new Error(`no label "${label}" in ${doc.name}`);
  return cellAt(doc, cell.row, 2)?.value;
}
