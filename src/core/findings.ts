// Findings: what a rule reports, as data (SPEC §3), with Thai and English message rendering.
import { ColumnKey } from "./tracker/columns";

export type Severity = "error" | "warning";
export type Lang = "th" | "en";

export interface LocalText {
  readonly th: string;
  readonly en: string;
}

/** Values substituted into a message's `{name}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly file: string;
  readonly sheet: string;
  /** Worksheet row number (1-based). */
  readonly row: number;
  /** Column key, or null for a finding about the whole row. */
  readonly column: ColumnKey | null;
  /** A1 address of the cell, or null when the column is absent from the tracker. */
  readonly cell: string | null;
  /** The cell's display text ("" for blank). */
  readonly value: string;
  readonly messageId: string;
  readonly data: MessageData;
  /** Both languages, rendered from the rule's message template. */
  readonly message: LocalText;
}

/** `{name}` placeholders filled from data; unknown placeholders are kept visible. */
export function formatMessage(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Sort findings by file order, sheet, row, then column position in the tracker, then rule. */
export function compareFindings(a: Finding, b: Finding, fileOrder: (file: string) => number): number {
  return (
    fileOrder(a.file) - fileOrder(b.file) ||
    localeOrder(a.sheet, b.sheet) ||
    a.row - b.row ||
    (a.cell ?? "").length - (b.cell ?? "").length ||
    localeOrder(a.cell ?? "", b.cell ?? "") ||
    localeOrder(a.rule, b.rule)
  );
}

/** localeCompare, settled first by equality: sorting 10,000 findings compares equal sheets and cells most of the time. */
function localeOrder(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
