// computeFigures (SPEC §4): which rows count, and the department, cluster and ministry figures.
import { ErrorRows } from "../error-rows";
import { Finding } from "../findings";
import { Reference } from "../reference";
import { Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { reportDeadline } from "./deadline";
import { GroupTotals } from "./groups";
import { linkageMap } from "./linkage";
import { Analysis, DepartmentFigures, Figures, GroupFigures } from "./types";

// Re-exported so a caller choosing FY/Q and computing figures needs one import.
export { defaultFiscalYear, defaultQuarter } from "./defaults";

/** The ministry group's code in figures and JSON. */
export const MINISTRY_CODE = "MINISTRY";

export interface FiguresInput {
  /** All pooled non-blank rows. */
  readonly rows: readonly ProjectRow[];
  readonly findings: readonly Finding[];
  readonly reference: Reference;
  readonly fiscalYear: number | null;
  readonly quarter: Quarter;
}

/** Rows counted in the figures: fiscal year = FY and no error-severity finding on the row. */
export function selectIncluded(
  rows: readonly ProjectRow[],
  findings: readonly Finding[],
  fiscalYear: number | null,
): ProjectRow[] {
  if (fiscalYear === null) return [];
  const withErrors = new ErrorRows(findings);
  return rows.filter((r) => r.resolved.fiscalYear === fiscalYear && !withErrors.has(r));
}

/** Departments with any row of FY, even one left out for errors, in reference order. */
function listedDepartments(input: FiguresInput) {
  const { rows, reference, fiscalYear } = input;
  const withRowsOfYear = new Set<string>();
  if (fiscalYear !== null) {
    for (const r of rows) {
      if (r.resolved.fiscalYear === fiscalYear && r.resolved.department) withRowsOfYear.add(r.resolved.department.code);
    }
  }
  return reference.data.departments.filter((d) => withRowsOfYear.has(d.code));
}

/** Department, cluster and ministry figures, every group filled in one pass over the included rows. */
function groupsFigures(
  input: FiguresInput,
  included: readonly ProjectRow[],
): { departments: DepartmentFigures[]; clusters: GroupFigures[]; ministry: GroupFigures } {
  const { reference, quarter } = input;
  const departments = listedDepartments(input);
  const clusters = reference.data.clusters.filter((c) => departments.some((d) => d.cluster === c.code));
  const byDepartment = new Map(departments.map((d) => [d.code, new GroupTotals(quarter)]));
  const byCluster = new Map(clusters.map((c) => [c.code, new GroupTotals(quarter)]));
  const ministry = new GroupTotals(quarter);
  for (const row of included) {
    ministry.add(row);
    const d = row.resolved.department;
    const departmentTotals = d && byDepartment.get(d.code);
    if (!departmentTotals) continue;
    departmentTotals.add(row);
    // A department outside every cluster counts only in the ministry.
    if (d.cluster !== null) byCluster.get(d.cluster)?.add(row);
  }
  const ministryName = reference.data.ministry;
  return {
    departments: departments.map((d) => ({ ...byDepartment.get(d.code)!.figures(d), cluster: d.cluster })),
    clusters: clusters.map((c) => byCluster.get(c.code)!.figures(c)),
    ministry: ministry.figures({ code: MINISTRY_CODE, name_th: ministryName.name_th, name_en: ministryName.name_en }),
  };
}

/** Figures for FY/Q exactly per SPEC §4; percentages at full precision. */
export function computeFigures(input: FiguresInput): Figures {
  const { rows, findings, reference, fiscalYear, quarter } = input;
  const included = selectIncluded(rows, findings, fiscalYear);
  let ofYear = 0;
  if (fiscalYear !== null) for (const r of rows) if (r.resolved.fiscalYear === fiscalYear) ofYear++;
  const { departments, clusters, ministry } = groupsFigures(input, included);
  return {
    fiscalYear,
    quarter,
    deadline:
      fiscalYear === null
        ? null
        : reportDeadline(fiscalYear, quarter, reference.data.report_deadline_days_after_quarter_end),
    rows: rows.length,
    includedRows: included.length,
    excludedRows: rows.length - included.length,
    exclusions: { otherYear: rows.length - ofYear, withErrors: ofYear - included.length },
    departments,
    clusters,
    ministry,
    linkage: linkageMap(included, reference),
  };
}

/** Figures together with the rows and findings they came from. */
export function buildAnalysis(input: FiguresInput): Analysis {
  return {
    rows: input.rows,
    findings: input.findings,
    figures: computeFigures(input),
    included: selectIncluded(input.rows, input.findings, input.fiscalYear),
  };
}
