// computeFigures (SPEC §4): which rows count, and the department, cluster and ministry figures.
import { ErrorRows } from "../error-rows";
import { Finding } from "../findings";
import { DepartmentRef, Reference } from "../reference";
import { asTable } from "../table/from-rows";
import { RowTable } from "../table/row-table";
import { Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { reportDeadline } from "./deadline";
import { GroupTotals, disbursedThrough } from "./groups";
import { linkageMap } from "./linkage";
import { PlanLists, lazyLines, planTargets } from "./plan";
import { Analysis, DepartmentFigures, Figures, GroupFigures } from "./types";

// Re-exported so a caller choosing FY/Q and computing figures needs one import.
export { defaultFiscalYear, defaultQuarter } from "./defaults";

/** The ministry group's code in figures and JSON. */
export const MINISTRY_CODE = "MINISTRY";

export interface FiguresInput {
  /** All pooled non-blank rows: the table, or ProjectRow objects. */
  readonly rows: RowTable | readonly ProjectRow[];
  readonly findings: readonly Finding[];
  readonly reference: Reference;
  readonly fiscalYear: number | null;
  readonly quarter: Quarter;
  /**
   * 1 at the position of each row with an error-severity finding, when the caller kept track
   * while running the rules; otherwise worked out from `findings`.
   */
  readonly errorAt?: Uint8Array;
}

/** 1 at the position of each row some error-severity finding names (by file, sheet and row). */
export function errorPositions(table: RowTable, findings: readonly Finding[]): Uint8Array {
  const withErrors = new ErrorRows(findings);
  const errorAt = new Uint8Array(table.length);
  for (let at = 0; at < table.length; at++) {
    if (withErrors.has({ file: table.file(at), sheet: table.sheet(at), row: table.rowNumber[at] })) errorAt[at] = 1;
  }
  return errorAt;
}

/** Positions of the rows counted in the figures: fiscal year = FY and no error-severity finding on the row. */
export function includedPositions(table: RowTable, errorAt: Uint8Array, fiscalYear: number | null): Int32Array {
  if (fiscalYear === null) return new Int32Array(0);
  const years = table.resolved.fiscalYear;
  const out = new Int32Array(table.length);
  let n = 0;
  for (let at = 0; at < table.length; at++) if (years[at] === fiscalYear && errorAt[at] === 0) out[n++] = at;
  return out.subarray(0, n);
}

/** Rows counted in the figures: fiscal year = FY and no error-severity finding on the row. */
export function selectIncluded(
  rows: RowTable | readonly ProjectRow[],
  findings: readonly Finding[],
  fiscalYear: number | null,
): ProjectRow[] {
  const table = asTable(rows);
  return Array.from(includedPositions(table, errorPositions(table, findings), fiscalYear), (at) => table.row(at));
}

/** Departments with any row of FY, even one left out for errors, in reference order. */
function listedDepartments(table: RowTable, reference: Reference, fiscalYear: number | null) {
  const departments = reference.data.departments;
  const listed = new Set<string>();
  if (fiscalYear !== null) {
    const indexOf = new Map(departments.map((d, i) => [d.code, i]));
    const { fiscalYear: years, department } = table.resolved;
    // Usually every department turns up within a few hundred rows: the scan stops there.
    for (let at = 0; at < table.length && listed.size < indexOf.size; at++) {
      const d = department[at];
      if (years[at] === fiscalYear && d && indexOf.has(d.code)) listed.add(d.code);
    }
  }
  return departments.filter((d) => listed.has(d.code));
}

/** Department, cluster and ministry figures, every group filled in one pass over the included rows. */
function groupsFigures(
  table: RowTable,
  included: Int32Array,
  input: FiguresInput,
): { departments: DepartmentFigures[]; clusters: GroupFigures[]; ministry: GroupFigures } {
  const { reference, quarter } = input;
  const plan = planTargets(reference, quarter);
  const targets = { progress: plan.progress_pct, disbursement: plan.disbursement_pct };
  const departments = listedDepartments(table, reference, input.fiscalYear);
  const clusters = reference.data.clusters.filter((c) => departments.some((d) => d.cluster === c.code));
  const byDepartment = new Map(departments.map((d) => [d.code, new GroupTotals(quarter, targets)]));
  const byCluster = new Map(clusters.map((c) => [c.code, new GroupTotals(quarter, targets)]));
  const ministry = new GroupTotals(quarter, targets);
  const listsOf = new Map(departments.map((d) => [d.code, new PlanLists()]));
  const { department, budget: budgets, progress } = table.resolved;
  const quarterProgress = new Float64Array(quarter);
  // Each department object's totals looked up by code once, not twice a row.
  const groupsOf = new Map<DepartmentRef, { department?: GroupTotals; cluster?: GroupTotals; lists?: PlanLists }>();
  for (let n = 0; n < included.length; n++) {
    const at = included[n];
    const budget = budgets[at];
    const disbursed = disbursedThrough(table, at, quarter);
    for (let q = 0; q < quarter; q++) quarterProgress[q] = progress[q][at];
    ministry.addValues(budget, disbursed, quarterProgress);
    const d = department[at];
    if (!d) continue;
    let groups = groupsOf.get(d);
    if (groups === undefined) {
      // A department outside every cluster counts only in the ministry.
      groups = {
        department: byDepartment.get(d.code),
        cluster: d.cluster === null ? undefined : byCluster.get(d.cluster),
        lists: listsOf.get(d.code),
      };
      groupsOf.set(d, groups);
    }
    if (!groups.department) continue;
    groups.department.addValues(budget, disbursed, quarterProgress);
    groups.cluster?.addValues(budget, disbursed, quarterProgress);
    const p = quarterProgress[quarter - 1];
    if (p !== p) groups.lists!.notReported.push(at);
    else if (p < targets.progress) groups.lists!.behind.push(at);
  }
  const ministryName = reference.data.ministry;
  return {
    departments: departments.map((d) => departmentFigures(table, d, byDepartment.get(d.code)!, listsOf.get(d.code)!, quarter)),
    clusters: clusters.map((c) => byCluster.get(c.code)!.figures(c)),
    ministry: ministry.figures({ code: MINISTRY_CODE, name_th: ministryName.name_th, name_en: ministryName.name_en }),
  };
}

/** Included rows among the table's hidden project rows. */
function hiddenIncluded(table: RowTable, included: Int32Array): number {
  const { hidden } = table.printed;
  if (hidden.length === 0) return 0;
  const isIncluded = new Uint8Array(table.length);
  for (const at of included) isIncluded[at] = 1;
  return hidden.filter((at) => isIncluded[at] === 1).length;
}

function departmentFigures(
  table: RowTable,
  d: DepartmentRef,
  totals: GroupTotals,
  lists: PlanLists,
  quarter: Quarter,
): DepartmentFigures {
  const behind = lazyLines(table, lists.behind, quarter);
  const notReported = lazyLines(table, lists.notReported, quarter);
  return {
    ...totals.figures(d),
    cluster: d.cluster,
    get behindPlanProjects() {
      return behind();
    },
    get notReportedProjects() {
      return notReported();
    },
  };
}

function figuresOf(table: RowTable, included: Int32Array, input: FiguresInput): Figures {
  const { reference, fiscalYear, quarter } = input;
  let ofYear = 0;
  const years = table.resolved.fiscalYear;
  if (fiscalYear !== null) for (let at = 0; at < table.length; at++) if (years[at] === fiscalYear) ofYear++;
  const { departments, clusters, ministry } = groupsFigures(table, included, input);
  return {
    fiscalYear,
    quarter,
    deadline:
      fiscalYear === null
        ? null
        : reportDeadline(fiscalYear, quarter, reference.data.report_deadline_days_after_quarter_end),
    rows: table.length,
    includedRows: included.length,
    excludedRows: table.length - included.length,
    hiddenRows: hiddenIncluded(table, included),
    exclusions: { otherYear: table.length - ofYear, withErrors: ofYear - included.length },
    departments,
    clusters,
    ministry,
    targets: planTargets(reference, quarter),
    linkage: linkageMap(table, included, reference),
  };
}

/** Figures for FY/Q exactly per SPEC §4; percentages at full precision. */
export function computeFigures(input: FiguresInput): Figures {
  const table = asTable(input.rows);
  const errorAt = input.errorAt ?? errorPositions(table, input.findings);
  return figuresOf(table, includedPositions(table, errorAt, input.fiscalYear), input);
}

/** Figures together with the rows and findings they came from; ProjectRow objects are made only when read. */
export function buildAnalysis(input: FiguresInput): Analysis {
  const table = asTable(input.rows);
  const errorAt = input.errorAt ?? errorPositions(table, input.findings);
  const included = includedPositions(table, errorAt, input.fiscalYear);
  const figures = figuresOf(table, included, input);
  let includedRows: readonly ProjectRow[] | null = null;
  return {
    table,
    findings: input.findings,
    figures,
    get rows() {
      return table.rows();
    },
    get included() {
      return (includedRows ??= Array.from(included, (at) => table.row(at)));
    },
    includedAt: included,
  };
}
