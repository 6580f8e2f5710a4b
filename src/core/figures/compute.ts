// computeFigures (SPEC §4): which rows count, and the department, cluster and ministry figures.
import { Finding } from "../findings";
import { Reference } from "../reference";
import { Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { reportDeadline } from "./deadline";
import { groupFigures } from "./groups";
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

/** Key that ties a finding to its row: findings carry file, sheet and worksheet row, not an index. */
function rowKey(file: string, sheet: string, row: number): string {
  return `${file}\u0000${sheet}\u0000${row}`;
}

/** Keys of rows with at least one error-severity finding. */
function rowsWithErrors(findings: readonly Finding[]): Set<string> {
  const keys = new Set<string>();
  for (const f of findings) if (f.severity === "error") keys.add(rowKey(f.file, f.sheet, f.row));
  return keys;
}

/** Rows counted in the figures: fiscal year = FY and no error-severity finding on the row. */
export function selectIncluded(
  rows: readonly ProjectRow[],
  findings: readonly Finding[],
  fiscalYear: number | null,
): ProjectRow[] {
  if (fiscalYear === null) return [];
  const withErrors = rowsWithErrors(findings);
  return rows.filter((r) => r.resolved.fiscalYear === fiscalYear && !withErrors.has(rowKey(r.file, r.sheet, r.row)));
}

function departmentFigures(input: FiguresInput, included: readonly ProjectRow[]): DepartmentFigures[] {
  const { rows, reference, fiscalYear, quarter } = input;
  // A department is listed when it has any row of FY, even one left out for errors.
  const withRowsOfYear = new Set<string>();
  for (const r of rows) {
    if (fiscalYear !== null && r.resolved.fiscalYear === fiscalYear && r.resolved.department) {
      withRowsOfYear.add(r.resolved.department.code);
    }
  }
  return reference.data.departments
    .filter((d) => withRowsOfYear.has(d.code))
    .map((d) => ({
      ...groupFigures(d, included.filter((r) => r.resolved.department?.code === d.code), quarter),
      cluster: d.cluster,
    }));
}

function clusterFigures(
  input: FiguresInput,
  departments: readonly DepartmentFigures[],
  included: readonly ProjectRow[],
): GroupFigures[] {
  const listed = new Set(departments.map((d) => d.code));
  return input.reference.data.clusters
    .filter((c) => departments.some((d) => d.cluster === c.code))
    .map((c) => {
      const rows = included.filter((r) => {
        const d = r.resolved.department;
        return d !== undefined && d.cluster === c.code && listed.has(d.code);
      });
      return groupFigures(c, rows, input.quarter);
    });
}

/** Figures for FY/Q exactly per SPEC §4; percentages at full precision. */
export function computeFigures(input: FiguresInput): Figures {
  const { rows, findings, reference, fiscalYear, quarter } = input;
  const included = selectIncluded(rows, findings, fiscalYear);
  const ofYear = fiscalYear === null ? 0 : rows.filter((r) => r.resolved.fiscalYear === fiscalYear).length;
  const departments = departmentFigures(input, included);
  const ministryName = reference.data.ministry;
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
    clusters: clusterFigures(input, departments, included),
    ministry: groupFigures(
      { code: MINISTRY_CODE, name_th: ministryName.name_th, name_en: ministryName.name_en },
      included,
      quarter,
    ),
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
