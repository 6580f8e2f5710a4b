// The rule framework: a rule is an id, meta, typed message ids and a check that reports findings.
import { CompiledMessage, Finding, LocalText, MessageData, Severity, compileMessage } from "../findings";
import { Reference } from "../reference";
import { CellValue, cellAddress } from "../cell";
import { ColumnKey, Quarter, TEMPLATE_HEADERS } from "../tracker/columns";
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

/** A cell of a row that is not a project (a total row of a printed tracker), for findings about it. */
export interface OutsideCell {
  /** Index of the tracker in the table's sources. */
  readonly source: number;
  /** Worksheet row and 1-based column. */
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

export interface ReportArgs<M extends string> {
  /** Position of the row in the table; ignored when `outside` is given. */
  readonly at: number;
  /** The finding is about a cell of a row that is not a project: never marks a row as left out. */
  readonly outside?: OutsideCell;
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
  rule.check(ctx, ({ at, outside, column, messageId, data = {}, severity }) => {
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
    const th = message.th(titled(data, "th"));
    const en = message.en(titled(data, "en"));
    if (outside) {
      const source = table.sources[outside.source];
      findings.push({
        rule: rule.id,
        severity: level,
        file: source.file,
        sheet: source.sheet,
        row: outside.row,
        column: column ?? null,
        cell: cellAddress(outside.row, outside.column),
        value: displayText(outside.value),
        messageId,
        data,
        message: { th, en },
      });
      return;
    }
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
      message: { th, en },
    });
  });
  return findings;
}

const HEADERS: Readonly<Record<string, { th: string; en: string }>> = TEMPLATE_HEADERS;

/**
 * The data a message is filled from in one language: a `column` given as a column key is shown
 * by its title in that language (`ไม่ได้กรอก หน่วยงาน`, not `ไม่ได้กรอก department`). The
 * finding's data keeps the key, for programs reading the JSON.
 */
function titled(data: MessageData, lang: "th" | "en"): MessageData {
  const column = data.column;
  if (typeof column !== "string" || !Object.prototype.hasOwnProperty.call(HEADERS, column)) return data;
  return { ...data, column: HEADERS[column][lang] };
}
