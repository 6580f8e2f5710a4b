// The JSON documents of `check --json` and `report --json` (SPEC §6), built from a check result.
import { Finding, Lang, countBySeverity } from "../core/findings";
import { GroupFigures, PlanTargets } from "../core/figures/types";
import { CheckResult } from "./check";

export interface IssueJson {
  rule: string;
  severity: string;
  file: string;
  sheet: string;
  row: number;
  column: string | null;
  cell: string | null;
  value: string;
  message: string;
  message_id: string;
}

export function issueJson(f: Finding, lang: Lang): IssueJson {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    value: f.value,
    message: f.message[lang],
    message_id: f.messageId,
  };
}

export function checkJson(check: CheckResult, lang: Lang) {
  const { analysis } = check;
  const counts = countBySeverity(analysis.findings);
  const errorRows = new Set(analysis.findings.filter((f) => f.severity === "error").map((f) => `${f.file}\u0000${f.sheet}\u0000${f.row}`));
  return {
    files: check.trackers.map((t) => ({
      path: t.layout.file,
      sheet: t.layout.sheet,
      rows: t.rows,
      section_rows: t.sectionRows,
      total_rows: t.totalRows,
      hidden_rows: t.hiddenRows,
    })),
    fiscal_year: analysis.figures.fiscalYear,
    quarter: analysis.figures.quarter,
    rows: analysis.table.length,
    issues: analysis.findings.map((f) => issueJson(f, lang)),
    summary: { errors: counts.errors, warnings: counts.warnings, rows_with_errors: errorRows.size },
  };
}

function groupJson(g: GroupFigures) {
  return {
    code: g.code,
    name_th: g.name_th,
    name_en: g.name_en,
    projects: g.projects,
    reported: g.reported,
    completed: g.completed,
    progress_pct: g.progress_pct,
    weighted_progress_pct: g.weighted_progress_pct,
    budget: g.budget,
    disbursed: g.disbursed,
    disbursement_pct: g.disbursement_pct,
    trend: [...g.trend],
    behind_plan: g.behind_plan,
    disbursement_target_pct: g.disbursement_target_pct,
  };
}

/** Which plan targets the figures used, and where they were set (built-in data or a workbook's reference sheet). */
export function targetsJson(t: PlanTargets) {
  return {
    quarter: t.quarter,
    progress_pct: t.progress_pct,
    disbursement_pct: t.disbursement_pct,
    source: t.source.kind === "built-in" ? "built-in" : "reference-sheet",
    file: t.source.kind === "sheet" ? t.source.file : null,
    sheet: t.source.kind === "sheet" ? t.source.sheet : null,
  };
}

export function reportJson(check: CheckResult, output: string, sheetsWritten: readonly string[]) {
  const f = check.analysis.figures;
  const counts = countBySeverity(check.analysis.findings);
  return {
    fiscal_year: f.fiscalYear,
    quarter: f.quarter,
    deadline: f.deadline,
    rows: f.rows,
    included_rows: f.includedRows,
    excluded_rows: f.excludedRows,
    hidden_rows: f.hiddenRows,
    departments: f.departments.map(groupJson),
    clusters: f.clusters.map(groupJson),
    ministry: groupJson(f.ministry),
    targets: targetsJson(f.targets),
    issues_summary: { errors: counts.errors, warnings: counts.warnings },
    output,
    sheets_written: [...sheetsWritten],
  };
}
