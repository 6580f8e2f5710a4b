// The value of one cell as a comparison reads it: resolved (numbers, codes, department codes), never raw text.
import { RowTable, COL, KIND_BLANK } from "../table/row-table";
import { present } from "../table/resolved-columns";
import { compactKey, foldText } from "../text";
import { ColumnKey } from "../tracker/columns";
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

/** The compared value of `column` at row `i`. Progress and disbursement take quarters 1–4. */
export function comparedValue(table: RowTable, column: ColumnKey, i: number): Compared {
  const r = table.resolved;
  switch (column) {
    case "project_name":
      return byString(table, r.projectName[i], r.nameKey[i], column, i);
    case "department": {
      const d = r.department[i];
      if (d) return { key: `dept:${d.code}`, shown: d.code };
      const text = byText(table, column, i);
      return text.key === undefined ? text : { key: `text:${compactKey(String(text.shown))}`, shown: text.shown };
    }
    case "sub_plan":
      return byString(table, r.subPlan[i], r.subPlan[i], column, i);
    case "fiscal_year":
      return byNumber(table, r.fiscalYear, column, i);
    case "budget":
      return byNumber(table, r.budget, column, i);
    case "strategy":
      return byNumber(table, r.strategy, column, i);
    case "master_plan":
      return byNumber(table, r.masterPlan, column, i);
    case "reform_area":
      return byNumber(table, r.reformArea, column, i);
    default: {
      const quarter = /^q([1-4])_(progress|disbursed)$/.exec(column);
      if (!quarter) return byText(table, column, i);
      const values = quarter[2] === "progress" ? r.progress : r.disbursed;
      return byNumber(table, values[Number(quarter[1]) - 1], column, i);
    }
  }
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
