// The rule framework: a rule is an id, meta, typed message ids and a check that reports findings.
import { Finding, LocalText, MessageData, Severity, formatMessage } from "../findings";
import { Reference } from "../reference";
import { ColumnKey, Quarter } from "../tracker/columns";
import { fieldOf } from "../tracker/row-fields";
import { Field, ProjectRow } from "../tracker/types";
import { displayText } from "../values";

export interface RuleContext {
  readonly rows: readonly ProjectRow[];
  readonly reference: Reference;
  /** The fiscal year being reported (Buddhist Era), or null when no row has a valid one. */
  readonly fiscalYear: number | null;
  /** The quarter being reported. Only rules with `meta.needsQuarter` may rely on it. */
  readonly quarter: Quarter;
}

export interface RuleMeta {
  readonly severity: Severity;
  readonly description: LocalText;
  /** Runs after the default quarter is known (it depends on which rows have errors). */
  readonly needsQuarter?: boolean;
}

export interface ReportArgs<M extends string> {
  readonly row: ProjectRow;
  /** The field the finding is about; omit both this and `column` for a finding about the whole row. */
  readonly field?: Field<unknown>;
  /** The column the finding is about, when the rule has no Field at hand (its Field is made only now). */
  readonly column?: ColumnKey;
  readonly messageId: M;
  readonly data?: MessageData;
  /** Overrides the rule's default severity (e.g. reform-required: warning for quick_win). */
  readonly severity?: Severity;
}

export type Report<M extends string> = (args: ReportArgs<M>) => void;

export interface Rule<M extends string = string> {
  readonly id: string;
  readonly meta: RuleMeta;
  readonly messages: Readonly<Record<M, LocalText>>;
  /** Reports findings; never throws for bad data. */
  check(ctx: RuleContext, report: Report<M>): void;
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Runs one rule and returns its findings as data. */
export function runRule<M extends string>(rule: Rule<M>, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  rule.check(ctx, ({ row, field: given, column, messageId, data = {}, severity }) => {
    const field = given ?? (column === undefined ? undefined : fieldOf(row.fields, column));
    const template = rule.messages[messageId];
    findings.push({
      rule: rule.id,
      severity: severity ?? rule.meta.severity,
      file: row.file,
      sheet: row.sheet,
      row: row.row,
      column: field ? field.key : null,
      cell: field ? field.cell : null,
      value: field ? displayText(field.raw) : "",
      messageId,
      data,
      message: { th: formatMessage(template.th, data), en: formatMessage(template.en, data) },
    });
  });
  return findings;
}
