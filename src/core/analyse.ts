// The whole analysis: run the rules, choose fiscal year and quarter, compute the figures (SPEC §3–§4).
import { Finding, sortFindings } from "./findings";
import { buildAnalysis, defaultFiscalYear, defaultQuarter, includedPositions } from "./figures/compute";
import { Analysis } from "./figures/types";
import { Reference } from "./reference";
import { Rule, RuleContext, runRule } from "./rules/define";
import { RULES } from "./rules";
import { asTable } from "./table/from-rows";
import { RowTable } from "./table/row-table";
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

/** Runs rules into `findings`, marking the rows they report errors on. */
function runAll(rules: readonly Rule[], ctx: RuleContext, findings: Finding[], errorAt: Uint8Array): void {
  for (const rule of rules) {
    // Appended one by one: spreading 100,000 findings into push() would overflow the call stack.
    for (const f of runRule(rule, ctx, errorAt)) findings.push(f);
  }
}

export function analyse(input: RowTable | readonly ProjectRow[], reference: Reference, opts: AnalyseOptions = {}): Analysis {
  const table = asTable(input);
  const rules = opts.rules ?? RULES;
  const fiscalYear = opts.fiscalYear ?? defaultFiscalYear(table);
  const errorAt = new Uint8Array(table.length);
  const findings: Finding[] = [];
  // Quarter-free rules first: which rows have errors decides the default quarter.
  const base: RuleContext = { table, reference, fiscalYear, quarter: opts.quarter ?? 1 };
  runAll(
    rules.filter((r) => !r.meta.needsQuarter),
    base,
    findings,
    errorAt,
  );
  const quarter = opts.quarter ?? defaultQuarter(table, includedPositions(table, errorAt, fiscalYear));
  runAll(
    rules.filter((r) => r.meta.needsQuarter),
    { ...base, quarter },
    findings,
    errorAt,
  );
  const fileOrder = new Map<string, number>();
  for (const source of table.sources) if (!fileOrder.has(source.file)) fileOrder.set(source.file, fileOrder.size);
  const sorted = sortFindings(findings, (f) => fileOrder.get(f) ?? 0);
  return buildAnalysis({ rows: table, findings: sorted, reference, fiscalYear, quarter, errorAt });
}
