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

function inScope(row: ProjectRow, scope: Scope): boolean {
  if (scope === null) return true;
  const code = row.resolved.department?.code;
  return code !== undefined && scope.has(code);
}

/** Rows of the fiscal year in scope that were left out of the figures (they carry errors). */
export function excludedInScope(analysis: Analysis, fiscalYear: number, scope: Scope): number {
  const included = new Set(analysis.included);
  return analysis.rows.filter(
    (r) => r.resolved.fiscalYear === fiscalYear && inScope(r, scope) && !included.has(r)
  ).length;
}

/** Included rows in scope that carry a remark, in input order. */
export function remarkRows(analysis: Analysis, scope: Scope): ProjectRow[] {
  return analysis.included.filter((r) => inScope(r, scope) && r.resolved.remarks !== undefined);
}

/**
 * Remarks as quoted lines: "• กกจ. โครงการ…: remark". Remarks are the users' own text and stay
 * plain strings: the memo never turns them into formulas or links.
 */
export function remarkBlocks(ctx: MemoContext, analysis: Analysis, scope: Scope): MemoBlock[] {
  const rows = remarkRows(analysis, scope);
  const quoted: MemoBlock[] = rows.slice(0, MAX_REMARKS).map((row) => {
    const dept = row.resolved.department;
    const who = dept ? (ctx.lang === "th" ? dept.abbr_th : dept.code) : "";
    const name = truncateText(
      row.resolved.projectName ?? row.resolved.projectId ?? "",
      NAME_MAX_CHARS
    );
    const remark = truncateText(row.resolved.remarks ?? "", REMARK_MAX_CHARS);
    return { kind: "quote", text: `• ${who} ${name}: ${remark}`.replace(/ {2,}/g, " ") };
  });
  const rest = rows.length - quoted.length;
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
