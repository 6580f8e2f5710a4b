// The whole analysis: run the rules, choose fiscal year and quarter, compute the figures (SPEC §3–§4).
import { ErrorRows } from "./error-rows";
import { Finding, compareFindings } from "./findings";
import { computeFigures, defaultFiscalYear, defaultQuarter } from "./figures/compute";
import { Analysis } from "./figures/types";
import { Reference } from "./reference";
import { Rule, RuleContext, runRule } from "./rules/define";
import { RULES } from "./rules";
import { Quarter } from "./tracker/columns";
import { ProjectRow } from "./tracker/types";

export interface AnalyseOptions {
  /** Fiscal year to report (BE); default: the most frequent valid year. */
  readonly fiscalYear?: number;
  /** Quarter to report; default: the latest quarter with progress among included rows. */
  readonly quarter?: Quarter;
  /** Rules to run (default: all). */
  readonly rules?: readonly Rule[];
}

function rowKey(file: string, sheet: string, row: number): string {
  return `${file}\u0000${sheet}\u0000${row}`;
}

/** Rows with at least one error-severity finding, keyed by file/sheet/row. */
export function rowsWithErrors(findings: readonly Finding[]): Set<string> {
  const keys = new Set<string>();
  for (const f of findings) if (f.severity === "error") keys.add(rowKey(f.file, f.sheet, f.row));
  return keys;
}

export function hasErrors(row: ProjectRow, errorRows: Set<string>): boolean {
  return errorRows.has(rowKey(row.file, row.sheet, row.row));
}

export function analyse(rows: readonly ProjectRow[], reference: Reference, opts: AnalyseOptions = {}): Analysis {
  const rules = opts.rules ?? RULES;
  const fiscalYear = opts.fiscalYear ?? defaultFiscalYear(rows);
  // Quarter-free rules first: which rows have errors decides the default quarter.
  const base: RuleContext = { rows, reference, fiscalYear, quarter: opts.quarter ?? 1 };
  const findings: Finding[] = rules.filter((r) => !r.meta.needsQuarter).flatMap((r) => runRule(r, base));
  const errorRows = new ErrorRows(findings);
  const included = rows.filter((r) => r.resolved.fiscalYear === fiscalYear && fiscalYear !== null && !errorRows.has(r));
  const quarter = opts.quarter ?? defaultQuarter(included);
  const ctx: RuleContext = { ...base, quarter };
  findings.push(...rules.filter((r) => r.meta.needsQuarter).flatMap((r) => runRule(r, ctx)));
  const fileOrder = new Map<string, number>();
  rows.forEach((r) => fileOrder.has(r.file) || fileOrder.set(r.file, fileOrder.size));
  findings.sort((a, b) => compareFindings(a, b, (f) => fileOrder.get(f) ?? 0));
  const figures = computeFigures({ rows, findings, reference, fiscalYear, quarter });
  return { rows, findings, figures, included };
}
