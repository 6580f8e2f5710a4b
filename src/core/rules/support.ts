// Helpers shared by several rules: column lists, first-seen data, code-list checks. Not a rule itself.
import { COLUMN_KEYS } from "../tracker/columns";
import { CodeOrName } from "../tracker/types";
import { KIND_BLANK, KIND_ERROR, RowTable } from "../table/row-table";
import { displayText } from "../values";

/** COLUMN_KEYS positions of the columns read as numbers: budget, progress and disbursement of every quarter. */
export const NUMERIC_COLUMNS: readonly number[] = COLUMN_KEYS.flatMap((key, k) =>
  key === "budget" || /^q\d_(progress|disbursed)$/.test(key) ? [k] : [],
);

/** Every COLUMN_KEYS position, in template column order. */
export const ALL_COLUMNS: readonly number[] = COLUMN_KEYS.map((_key, k) => k);

/** Where an earlier row sits, for "same as row N" messages across pooled files and sheets. */
export function firstSeenData(table: RowTable, first: number): { firstRow: number; firstFile: string; firstSheet: string } {
  return { firstRow: table.rowNumber[first], firstFile: table.file(first), firstSheet: table.sheet(first) };
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
 * Why the code cell at column position `k` of row `at` (strategy, master plan, reform area) did
 * not resolve, or null when it resolved (`resolved` is not NaN), is blank (missing-value's) or
 * holds an error value (cell-error's).
 */
export function codeProblem(
  table: RowTable,
  k: number,
  at: number,
  resolved: number,
  allowed: string,
): { messageId: CodeProblem; data: Record<string, string | number> } | null {
  if (resolved === resolved) return null;
  // The kind byte settles blank and error cells (most reform-area cells are blank) without a Parsed object.
  const kind = table.kinds[k][at];
  if (kind === KIND_BLANK || kind === KIND_ERROR) return null;
  const p = table.parsed<CodeOrName>(k, at);
  if (p.kind === "blank" || p.kind === "error") return null;
  const text = displayText(table.raw(k, at));
  if (p.kind === "invalid") {
    return { messageId: p.reason === "boolean" ? "boolean" : "notAnInteger", data: { text, allowed } };
  }
  if (typeof p.value === "number") return { messageId: "unknownCode", data: { code: p.value, text, allowed } };
  return { messageId: "unknownName", data: { text, allowed } };
}

/** Integers below this are cached by array index (every reference code is far below it). */
const SMALL_CODES = 1024;

/**
 * `compute` remembered per number, so a rule asks about each master plan or strategy once rather
 * than once per row: small non-negative integers by array index, other numbers in a Map. Like the
 * Map keys it stands for, it treats -0 as 0.
 */
export function cachedByNumber<T>(compute: (n: number) => T): (n: number) => T {
  const small: T[] = [];
  const known = new Uint8Array(SMALL_CODES);
  const other = new Map<number, T>();
  return (n) => {
    if (n >= 0 && n < SMALL_CODES && Math.floor(n) === n) {
      if (known[n] === 0) {
        small[n] = compute(n);
        known[n] = 1;
      }
      return small[n];
    }
    if (!other.has(n)) other.set(n, compute(n));
    return other.get(n) as T;
  };
}

/**
 * Positions below `length` whose kind byte is `kind`, in order. The bytes are read four at a
 * time where the array's memory allows: a rule looking for the rare error or invalid cell then
 * passes over a 100,000-row column in 25,000 steps.
 */
export function positionsOfKind(kinds: Uint8Array, length: number, kind: number): number[] {
  const end = Math.min(length, kinds.length);
  const positions: number[] = [];
  let at = 0;
  if (kinds.byteOffset % 4 === 0) {
    const words = new Uint32Array(kinds.buffer, kinds.byteOffset, end >> 2);
    const pattern = Math.imul(kind, 0x01010101);
    for (let w = 0; w < words.length; w++) {
      const x = words[w] ^ pattern;
      // Non-zero exactly when some byte of x is zero, i.e. some byte of the word is `kind`.
      if (((x - 0x01010101) & ~x & 0x80808080) === 0) continue;
      for (let b = w << 2; b < (w << 2) + 4; b++) if (kinds[b] === kind) positions.push(b);
    }
    at = words.length << 2;
  }
  for (; at < end; at++) if (kinds[at] === kind) positions.push(at);
  return positions;
}
