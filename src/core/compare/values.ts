// The value of one cell as a comparison reads it: resolved (numbers, codes, department codes), never raw text.
import { RowTable, COL, KIND_BLANK } from "../table/row-table";
import { present } from "../table/resolved-columns";
import { compactKey, foldText } from "../text";
import { COLUMN_KEYS, ColumnKey, QUARTERS, disbursedKey, progressKey } from "../tracker/columns";
import { displayText } from "../values";
import { ShownValue } from "./types";

/**
 * What is compared (`key`) and what is shown (`shown`). `key` is undefined for a blank cell. A
 * cell the reference cannot resolve (strategy 9, an unknown department, text in a number column)
 * is compared by its folded text, so a change there is still seen.
 */
export interface Compared {
  readonly key: number | string | undefined;
  readonly shown: ShownValue;
}

const BLANK: Compared = { key: undefined, shown: null };

/** The cell's folded text as key; blank cells compare as blank. */
function byText(table: RowTable, column: ColumnKey, i: number): Compared {
  const k = COL[column];
  if (table.kinds[k][i] === KIND_BLANK) return BLANK;
  const text = displayText(table.raw(k, i));
  return text === "" ? BLANK : { key: `text:${foldText(text)}`, shown: text };
}

/** A resolved number; an unresolvable code read as a number is still compared as that number. */
function byNumber(table: RowTable, values: Float64Array, column: ColumnKey, i: number): Compared {
  const n = values[i];
  if (present(n)) return { key: n, shown: n };
  const parsed = table.parsed(COL[column], i);
  if (parsed.kind === "ok" && typeof parsed.value === "number") return { key: parsed.value, shown: parsed.value };
  return byText(table, column, i);
}

function byString(table: RowTable, value: string | undefined, key: string | undefined, column: ColumnKey, i: number): Compared {
  if (value === undefined || key === undefined) return byText(table, column, i);
  return { key, shown: value };
}

type Reader = (table: RowTable, i: number) => Compared;

/** How each column is read, decided once per column rather than once per cell. */
const READERS: Readonly<Record<ColumnKey, Reader>> = (() => {
  const number = (column: ColumnKey, values: (table: RowTable) => Float64Array): Reader => (table, i) => byNumber(table, values(table), column, i);
  const readers: Partial<Record<ColumnKey, Reader>> = {
    project_name: (table, i) => byString(table, table.resolved.projectName[i], table.resolved.nameKey[i], "project_name", i),
    department: (table, i) => {
      const d = table.resolved.department[i];
      if (d) return { key: `dept:${d.code}`, shown: d.code };
      const text = byText(table, "department", i);
      return text.key === undefined ? text : { key: `text:${compactKey(String(text.shown))}`, shown: text.shown };
    },
    sub_plan: (table, i) => byString(table, table.resolved.subPlan[i], table.resolved.subPlan[i], "sub_plan", i),
    fiscal_year: number("fiscal_year", (t) => t.resolved.fiscalYear),
    budget: number("budget", (t) => t.resolved.budget),
    strategy: number("strategy", (t) => t.resolved.strategy),
    master_plan: number("master_plan", (t) => t.resolved.masterPlan),
    reform_area: number("reform_area", (t) => t.resolved.reformArea),
  };
  for (const q of QUARTERS) {
    readers[progressKey(q)] = number(progressKey(q), (t) => t.resolved.progress[q - 1]);
    readers[disbursedKey(q)] = number(disbursedKey(q), (t) => t.resolved.disbursed[q - 1]);
  }
  for (const key of COLUMN_KEYS) readers[key] ??= (table, i) => byText(table, key, i);
  return readers as Record<ColumnKey, Reader>;
})();

/** The compared value of `column` at row `i`. */
export function comparedValue(table: RowTable, column: ColumnKey, i: number): Compared {
  return READERS[column](table, i);
}

/** Money is compared to the satang (as `overspent` does): 1000 and 1000.004 are one amount. */
export function sameMoney(a: Compared, b: Compared): boolean {
  if (typeof a.key === "number" && typeof b.key === "number") return Math.round(a.key * 100) === Math.round(b.key * 100);
  return a.key === b.key;
}

/** Percentages read from a fraction (0.3 in a % cell) may differ from 30 in the last bit. */
export function samePercent(a: Compared, b: Compared): boolean {
  if (typeof a.key === "number" && typeof b.key === "number") return Math.abs(a.key - b.key) < 1e-9;
  return a.key === b.key;
}

export function sameValue(a: Compared, b: Compared): boolean {
  return a.key === b.key;
}
