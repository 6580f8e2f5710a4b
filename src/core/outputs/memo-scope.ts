// What a memo says about its own scope (a cluster or the ministry): rows left out, and remarks quoted.
import { Analysis } from "../figures/types";
import { ProjectRow } from "../tracker/types";
import { MemoBlock } from "./memo-frame";
import { MemoContext, memoNumber } from "./memo-text";

/** Remarks quoted per memo; the rest are counted, so a long list does not swamp the page. */
export const MAX_REMARKS = 10;
/** Characters of a remark (and of a project name) kept in the quote. */
export const REMARK_MAX_CHARS = 150;
export const NAME_MAX_CHARS = 80;

const THAI_COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** At most `max` characters, cut after any vowel or tone mark of the last letter, with "…". */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  if (chars.length <= max) return chars.join("");
  let end = max;
  while (end < chars.length && THAI_COMBINING.test(chars[end])) end++;
  return `${chars.slice(0, end).join("").trimEnd()}…`;
}

/** Which departments a memo covers: one cluster's, or every department (null). */
export type Scope = ReadonlySet<string> | null;

/**
 * Whether the table's row at `at` belongs to the scope. The memos read rows through the table's
 * columns: making a row object for each of 30,000 rows cost more than the rest of the memos.
 */
function inScope(analysis: Analysis, at: number, scope: Scope): boolean {
  if (scope === null) return true;
  const code = analysis.table.resolved.department[at]?.code;
  return code !== undefined && scope.has(code);
}

/** Rows of the fiscal year in scope that were left out of the figures (they carry errors). */
export function excludedInScope(analysis: Analysis, fiscalYear: number, scope: Scope): number {
  const years = analysis.table.resolved.fiscalYear;
  let ofYear = 0;
  for (let at = 0; at < analysis.table.length; at++) if (years[at] === fiscalYear && inScope(analysis, at, scope)) ofYear++;
  // Every included row is of the fiscal year, so the rest of the year's rows are the excluded ones.
  let included = 0;
  for (let n = 0; n < analysis.includedAt.length; n++) if (inScope(analysis, analysis.includedAt[n], scope)) included++;
  return ofYear - included;
}

/** Included rows in scope that carry a remark: how many, and the first `limit` of them in input order. */
export function remarkRows(analysis: Analysis, scope: Scope, limit: number): { count: number; first: ProjectRow[] } {
  const remarks = analysis.table.resolved.remarks;
  const first: ProjectRow[] = [];
  let count = 0;
  for (let n = 0; n < analysis.includedAt.length; n++) {
    const at = analysis.includedAt[n];
    if (remarks[at] === undefined || !inScope(analysis, at, scope)) continue;
    if (count++ < limit) first.push(analysis.table.row(at));
  }
  return { count, first };
}

/**
 * Remarks as quoted lines: "• กกจ. โครงการ…: remark". Remarks are the users' own text and stay
 * plain strings: the memo never turns them into formulas or links.
 */
export function remarkBlocks(ctx: MemoContext, analysis: Analysis, scope: Scope): MemoBlock[] {
  const rows = remarkRows(analysis, scope, MAX_REMARKS);
  const quoted: MemoBlock[] = rows.first.map((row) => {
    const dept = row.resolved.department;
    const who = dept ? (ctx.lang === "th" ? dept.abbr_th : dept.code) : "";
    const name = truncateText(
      row.resolved.projectName ?? row.resolved.projectId ?? "",
      NAME_MAX_CHARS
    );
    const remark = truncateText(row.resolved.remarks ?? "", REMARK_MAX_CHARS);
    return { kind: "quote", text: `• ${who} ${name}: ${remark}`.replace(/ {2,}/g, " ") };
  });
  const rest = rows.count - quoted.length;
  if (rest > 0) {
    const more = memoNumber(ctx, rest);
    quoted.push({
      kind: "quote",
      text:
        ctx.lang === "th"
          ? `และอื่น ๆ อีก ${more} รายการ (ดูรายละเอียดในตารางติดตามโครงการ)`
          : `and ${more} more (see the tracker)`,
    });
  }
  return quoted;
}
