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

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` placeholders filled from data; unknown placeholders are kept visible. */
export function formatMessage(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** A message template filled from data: the same text formatMessage gives. */
export type CompiledMessage = (data: MessageData) => string;

/**
 * The template split at its placeholders once, so that filling it for each of thousands of
 * findings is a few concatenations instead of a regex replace with a callback. The placeholders
 * are where formatMessage's regex finds them, and each is filled by the same test and String().
 */
export function compileMessage(template: string): CompiledMessage {
  const literals: string[] = [];
  const names: string[] = [];
  let end = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    literals.push(template.slice(end, match.index));
    names.push(match[1]);
    end = match.index + match[0].length;
  }
  literals.push(template.slice(end));
  if (names.length === 0) return () => template;
  const has = Object.prototype.hasOwnProperty;
  return (data) => {
    let text = literals[0];
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      text += (has.call(data, name) ? String(data[name]) : `{${name}}`) + literals[i + 1];
    }
    return text;
  };
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

/**
 * The findings in compareFindings order, as a stable sort leaves equal ones. The file order and
 * the sheet's place among the sheets are worked out once per finding (the sheets ranked once by
 * localeCompare, which orders names consistently), so most comparisons are settled by numbers.
 */
export function sortFindings(findings: readonly Finding[], fileOrder: (file: string) => number): Finding[] {
  const count = findings.length;
  const sheetRank = rankSheets(findings);
  const files = new Float64Array(count);
  const sheets = new Float64Array(count);
  const rows = new Float64Array(count);
  let lastFile: string | undefined;
  let lastFileOrder = 0;
  for (let i = 0; i < count; i++) {
    const f = findings[i];
    if (f.file !== lastFile) {
      lastFile = f.file;
      lastFileOrder = fileOrder(f.file);
    }
    files[i] = lastFileOrder;
    sheets[i] = sheetRank.get(f.sheet) ?? 0;
    rows[i] = f.row;
  }
  const order =
    packedOrder(files, sheets, rows, sheetRank.size, findings) ??
    Array.from({ length: count }, (_, i) => i).sort(
      (a, b) =>
        files[a] - files[b] ||
        sheets[a] - sheets[b] ||
        rows[a] - rows[b] ||
        cellThenRule(findings[a], findings[b]) ||
        a - b,
    );
  return order.map((i) => findings[i]);
}

/** Worksheet rows are below 2^20 (Excel's 1,048,576): 2^21 leaves room. */
const ROW_SPAN = 2 ** 21;

/**
 * The sorted order by a native numeric sort: each finding's (file, sheet, row) place and its
 * index packed into one exact integer, so equal places keep input order; findings sharing a
 * place (a few per row) are then ordered by cell and rule. Null when a place does not pack
 * (a file order or row that is not a small whole number), for the comparator sort to do.
 */
function packedOrder(
  files: Float64Array,
  sheets: Float64Array,
  rows: Float64Array,
  sheetCount: number,
  findings: readonly Finding[],
): number[] | null {
  const count = files.length;
  const places = new Float64Array(count);
  let highest = 0;
  for (let i = 0; i < count; i++) {
    const file = files[i];
    const row = rows[i];
    if (!(Number.isInteger(file) && file >= 0 && Number.isInteger(row) && row >= 0 && row < ROW_SPAN)) return null;
    places[i] = (file * sheetCount + sheets[i]) * ROW_SPAN + row;
    if (places[i] > highest) highest = places[i];
  }
  if ((highest + 1) * count > Number.MAX_SAFE_INTEGER) return null;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = places[i] * count + i;
  packed.sort();
  const order = new Array<number>(count);
  for (let n = 0; n < count; n++) order[n] = packed[n] % count;
  // Runs sharing a place are in input order; the comparator settles each run's cells and rules.
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && places[order[end]] === places[order[start]]) end++;
    if (end - start > 1) {
      const run = order.slice(start, end).sort((a, b) => cellThenRule(findings[a], findings[b]) || a - b);
      for (let n = start; n < end; n++) order[n] = run[n - start];
    }
    start = end;
  }
  return order;
}

/** Each distinct sheet name's place in localeCompare order; names that compare equal share one. */
function rankSheets(findings: readonly Finding[]): Map<string, number> {
  const names = new Set<string>();
  for (const f of findings) names.add(f.sheet);
  const sorted = [...names].sort(localeOrder);
  const rank = new Map<string, number>();
  sorted.forEach((name, i) => {
    const tiedWithPrevious = i > 0 && localeOrder(sorted[i - 1], name) === 0;
    rank.set(name, tiedWithPrevious ? (rank.get(sorted[i - 1]) ?? i) : i);
  });
  return rank;
}

function cellThenRule(a: Finding, b: Finding): number {
  return (
    (a.cell ?? "").length - (b.cell ?? "").length ||
    localeOrder(a.cell ?? "", b.cell ?? "") ||
    localeOrder(a.rule, b.rule)
  );
}

/** localeCompare, settled first by equality: sorting 10,000 findings compares equal sheets and cells most of the time. */
function localeOrder(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
