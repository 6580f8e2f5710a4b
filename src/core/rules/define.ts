// The rule framework: a rule is an id, meta, typed message ids and a check that reports findings.
import { CompiledMessage, Finding, LocalText, MessageData, Severity, compileMessage } from "../findings";
import { Reference } from "../reference";
import { ColumnKey, Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { tableFromRows } from "../table/from-rows";
import { COL, RowTable } from "../table/row-table";
import { displayText } from "../values";

export interface RuleContext {
  /** The pooled rows, by column: rules loop over row positions `0 … table.length - 1`. */
  readonly table: RowTable;
  readonly reference: Reference;
  /** The fiscal year being reported (Buddhist Era), or null when no row has a valid one. */
  readonly fiscalYear: number | null;
  /** The quarter being reported. Only rules with `meta.needsQuarter` may rely on it. */
  readonly quarter: Quarter;
}

/** What runRule takes: the context, with rows given as a table or as ProjectRow objects. */
export type RuleInput = Omit<RuleContext, "table"> & ({ readonly table: RowTable } | { readonly rows: readonly ProjectRow[] });

export interface RuleMeta {
  readonly severity: Severity;
  readonly description: LocalText;
  /** Runs after the default quarter is known (it depends on which rows have errors). */
  readonly needsQuarter?: boolean;
}

export interface ReportArgs<M extends string> {
  /** Position of the row in the table. */
  readonly at: number;
  /** The column the finding is about; omit it for a finding about the whole row. */
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

/** The context with its rows as a table (made from the ProjectRow objects when given those). */
export function ruleContext(input: RuleInput): RuleContext {
  if ("table" in input) return input;
  const { rows, ...rest } = input;
  return { ...rest, table: tableFromRows(rows) };
}

interface CompiledText {
  readonly th: CompiledMessage;
  readonly en: CompiledMessage;
}

/** A rule's messages, each compiled once per run for both languages. */
function compiledMessages<M extends string>(rule: Rule<M>): Map<string, CompiledText> {
  const compiled = new Map<string, CompiledText>();
  for (const [id, text] of Object.entries<LocalText>(rule.messages)) {
    compiled.set(id, { th: compileMessage(text.th), en: compileMessage(text.en) });
  }
  return compiled;
}

/**
 * Runs one rule and returns its findings as data. `errorAt`, when given, gets a 1 at the position
 * of every row the rule reports an error-severity finding on (the rows the figures leave out).
 */
export function runRule<M extends string>(rule: Rule<M>, input: RuleInput, errorAt?: Uint8Array): Finding[] {
  const ctx = ruleContext(input);
  const { table } = ctx;
  const findings: Finding[] = [];
  const messages = compiledMessages(rule);
  // A rule reports the same message and column over and over: both looked up only when they change.
  let lastMessageId: string | undefined;
  let message: CompiledText | undefined;
  let lastColumn: ColumnKey | undefined;
  let k = -1;
  rule.check(ctx, ({ at, column, messageId, data = {}, severity }) => {
    if (messageId !== lastMessageId || message === undefined) {
      message = messages.get(messageId);
      // A broken invariant of the rule's own code, not bad data: its check named a message it lacks.
      if (message === undefined) throw new Error(`Rule ${rule.id} reported unknown message id "${messageId}"`);
      lastMessageId = messageId;
    }
    if (column !== lastColumn) {
      k = column === undefined ? -1 : COL[column];
      lastColumn = column;
    }
    const level = severity ?? rule.meta.severity;
    if (errorAt && level === "error") errorAt[at] = 1;
    findings.push({
      rule: rule.id,
      severity: level,
      file: table.file(at),
      sheet: table.sheet(at),
      row: table.rowNumber[at],
      column: column ?? null,
      cell: k < 0 ? null : table.cell(k, at),
      value: k < 0 ? "" : displayText(table.raw(k, at)),
      messageId,
      data,
      message: { th: message.th(data), en: message.en(data) },
    });
  });
  return findings;
}
