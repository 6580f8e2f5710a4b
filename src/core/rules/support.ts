// Helpers shared by several rules: field lists, duplicate keys, code-list checks. Not a rule itself.
import { COLUMN_KEYS } from "../tracker/columns";
import { CompactRowFields } from "../tracker/row-fields";
import { CodeOrName, Field, ProjectRow, RowFields } from "../tracker/types";
import { Parsed, displayText } from "../values";

/** Every field of a row, quarter columns included, in template column order. */
export function allFields(f: RowFields): Field<unknown>[] {
  // Each read of `progress` or `disbursed` may build its array, so each is read once.
  const { progress, disbursed } = f;
  return [
    f.project_id,
    f.project_name,
    f.department,
    f.division,
    f.project_type,
    f.fiscal_year,
    f.budget_code,
    f.budget,
    f.strategy,
    f.master_plan,
    f.sub_plan,
    f.reform_area,
    progress[0],
    progress[1],
    progress[2],
    progress[3],
    disbursed[0],
    disbursed[1],
    disbursed[2],
    disbursed[3],
    f.remarks,
  ];
}

/**
 * The fields whose parsed value is of `kind`, in template order (numeric columns only when
 * `numericOnly`). A compactly stored row is searched by its parsed values, so no Field object is
 * made for the many cells that are fine.
 */
export function fieldsOfKind(f: RowFields, kind: Parsed<unknown>["kind"], numericOnly = false): Field<unknown>[] {
  if (!(f instanceof CompactRowFields)) {
    return (numericOnly ? numericFields(f) : allFields(f)).filter((field) => field.parsed.kind === kind);
  }
  const found: Field<unknown>[] = [];
  for (let k = 0; k < f.columnCount; k++) {
    if (f.kindAt(k) === kind && (!numericOnly || NUMERIC_POSITIONS.has(k))) found.push(f.fieldAt(k));
  }
  return found;
}

const NUMERIC_POSITIONS: ReadonlySet<number> = new Set(
  COLUMN_KEYS.flatMap((key, k) => (key === "budget" || /^q\d_(progress|disbursed)$/.test(key) ? [k] : [])),
);

/** Columns read as numbers: budget, progress and disbursement of every quarter. */
export function numericFields(f: RowFields): Field<number>[] {
  const { progress: p, disbursed: d } = f;
  return [f.budget, p[0], p[1], p[2], p[3], d[0], d[1], d[2], d[3]];
}

/**
 * Comparison key of a project id: folded (NFC, case, Thai digits) with all whitespace removed, so
 * `p 001` and `P001` are one id. Undefined for a blank id, which missing-value reports.
 */
export function projectIdKey(row: ProjectRow): string | undefined {
  return row.resolved.idKey;
}

/** Where an earlier row sits, for "same as row N" messages across pooled files and sheets. */
export function firstSeenData(first: ProjectRow): { firstRow: number; firstFile: string; firstSheet: string } {
  return { firstRow: first.row, firstFile: first.file, firstSheet: first.sheet };
}

/** Reference codes as short text: runs of consecutive codes become ranges (`1–6`, `1–3, 7`). */
export function describeCodes(codes: readonly number[]): string {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

export type CodeProblem = "unknownCode" | "notAnInteger" | "boolean" | "unknownName";

/**
 * Why a code cell (strategy, master plan, reform area) did not resolve, or null when it resolved,
 * is blank (missing-value's) or holds an error value (cell-error's).
 */
export function codeProblem(
  field: Field<CodeOrName>,
  resolved: number | undefined,
  allowed: string,
): { messageId: CodeProblem; data: Record<string, string | number> } | null {
  const p = field.parsed;
  if (resolved !== undefined || p.kind === "blank" || p.kind === "error") return null;
  const text = displayText(field.raw);
  if (p.kind === "invalid") {
    return { messageId: p.reason === "boolean" ? "boolean" : "notAnInteger", data: { text, allowed } };
  }
  if (typeof p.value === "number") return { messageId: "unknownCode", data: { code: p.value, text, allowed } };
  return { messageId: "unknownName", data: { text, allowed } };
}
