// Resolving a row's fields against the reference: the single place that decides what a cell means.
import { DepartmentRef, Reference } from "../reference";
import { compactKey, idKeyOf, thaiDigitsToAscii } from "../text";
import { Parsed } from "../values";
import { COLUMN_KEYS, ColumnKey } from "./columns";
import { CodeOrName, ProjectType, Resolved, RowFields } from "./types";
import {
  ResolvedColumns,
  emptyResolvedColumns,
  resolvedAt,
  storeBudgetCodeHash,
  storeBudgetCodeTextDigits,
  storeIdKey,
  storeNameKey,
} from "../table/resolved-columns";

/** Buddhist Era range accepted as a fiscal year, and the CE range converted with +543. */
export const BE_YEARS = { min: 2561, max: 2600 } as const;
export const CE_YEARS = { min: 1990, max: 2099 } as const;
export const CE_TO_BE = 543;

export function value<T>(p: Parsed<T>): T | undefined {
  return p.kind === "ok" ? p.value : undefined;
}

/**
 * A tracker repeats a few spellings of each department and project type over thousands of rows,
 * so each spelling is resolved once. The cap only guards against a file of endless spellings.
 */
const SPELLING_CACHE_LIMIT = 10_000;

function remember<T>(cache: Map<string, T>, text: string, answer: T): T {
  if (cache.size >= SPELLING_CACHE_LIMIT) cache.clear();
  cache.set(text, answer);
  return answer;
}

const projectTypes = new Map<string, { type: ProjectType; known: boolean }>();

/** Project type from its label; blank is annual. `known` is false for unrecognised text. */
export function resolveProjectType(label: string | undefined): { type: ProjectType; known: boolean } {
  if (label === undefined) return { type: "annual", known: true };
  return projectTypes.get(label) ?? remember(projectTypes, label, projectTypeOf(label));
}

function projectTypeOf(label: string): { type: ProjectType; known: boolean } {
  const k = compactKey(label).replace(/[_\-–]/g, "");
  if (k.includes("bigrock")) return { type: "big_rock", known: true };
  if (k.includes("quickwin")) return { type: "quick_win", known: true };
  if (k.includes("ระดับ3") || k.includes("level3")) return { type: "level3", known: true };
  if (k.includes("ประจำปี") || k.includes("annual") || k === "ปกติ" || k === "โครงการปกติ") {
    return { type: "annual", known: true };
  }
  return { type: "annual", known: false };
}

/** How a code column checks a code and looks up a name in the reference. */
interface CodeTable {
  exists(reference: Reference, code: number): boolean;
  byName(reference: Reference, name: string): number | undefined;
}

const STRATEGY: CodeTable = {
  exists: (reference, c) => reference.strategy(c) !== undefined,
  byName: (reference, n) => reference.strategyCodeByName(n),
};
const MASTER_PLAN: CodeTable = {
  exists: (reference, c) => reference.masterPlan(c) !== undefined,
  byName: (reference, n) => reference.masterPlanCodeByName(n),
};
const REFORM_AREA: CodeTable = {
  exists: (reference, c) => reference.reformArea(c) !== undefined,
  byName: (reference, n) => reference.reformCodeByName(n),
};

function resolveCodeValue(v: CodeOrName | undefined, reference: Reference, table: CodeTable): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === "number") return table.exists(reference, v) ? v : undefined;
  return table.byName(reference, v.name);
}

/** Sub-plan digits: a plain code, or the first 4–6 digit run in longer text; numbers padded. */
function resolveSubPlanValue(v: string | undefined, rawWasNumber: boolean): string | undefined {
  if (v === undefined) return undefined;
  if (/^\d+$/.test(v)) {
    if (rawWasNumber && (v.length === 3 || v.length === 5)) return `0${v}`;
    return v;
  }
  const m = /\d{4,6}/.exec(thaiDigitsToAscii(v));
  return m ? m[0] : undefined;
}

/** Spellings already resolved, per reference (a reference sheet can make another one). */
const departmentSpellings = new WeakMap<Reference, Map<string, DepartmentRef | undefined>>();

function resolveDepartment(reference: Reference, text: string | undefined): DepartmentRef | undefined {
  if (text === undefined) return undefined;
  let cache = departmentSpellings.get(reference);
  if (!cache) {
    cache = new Map();
    departmentSpellings.set(reference, cache);
  }
  // has() rather than get(): "no such department" is an answer worth remembering too.
  return cache.has(text) ? cache.get(text) : remember(cache, text, departmentOf(reference, text));
}

function departmentOf(reference: Reference, text: string): DepartmentRef | undefined {
  const direct = reference.department(text);
  if (direct) return direct;
  // "กรมการจัดหางาน (กกจ.)": try the name outside and the text inside the brackets.
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (m) return reference.department(m[1]) ?? reference.department(m[2]);
  return undefined;
}

/** Comparison key of a project id: folded (NFC, case, Thai digits) with all whitespace removed. */
export function projectIdKeyOf(id: string | undefined): string | undefined {
  return id === undefined ? undefined : idKeyOf(id);
}

/** Position of each column key in COLUMN_KEYS, where a compact row keeps its parsed values. */
const AT = Object.fromEntries(COLUMN_KEYS.map((key, i) => [key, i])) as Record<ColumnKey, number>;

/** Every field's parsed value, by COLUMN_KEYS position. */
function parsedOf(fields: RowFields): Parsed<unknown>[] {
  return [
    fields.project_id.parsed,
    fields.project_name.parsed,
    fields.department.parsed,
    fields.division.parsed,
    fields.project_type.parsed,
    fields.fiscal_year.parsed,
    fields.budget_code.parsed,
    fields.budget.parsed,
    fields.strategy.parsed,
    fields.master_plan.parsed,
    fields.sub_plan.parsed,
    fields.reform_area.parsed,
    ...fields.progress.map((f) => f.parsed),
    ...fields.disbursed.map((f) => f.parsed),
    fields.remarks.parsed,
  ];
}

export function resolveRow(fields: RowFields, reference: Reference): Resolved {
  return resolveParsed(parsedOf(fields), typeof fields.sub_plan.raw === "number", reference);
}

/**
 * Resolves a row from its parsed values by COLUMN_KEYS position; `subPlanWasNumber` says whether
 * the sub-plan cell held a number (a leading zero may then be lost).
 */
export function resolveParsed(parsed: readonly Parsed<unknown>[], subPlanWasNumber: boolean, reference: Reference): Resolved {
  const columns = emptyResolvedColumns(1);
  for (let k = 0; k < COLUMN_KEYS.length; k++) {
    resolveColumnInto(columns, k, 0, 1, [value(parsed[k])], [subPlanWasNumber], reference);
  }
  return resolvedAt(columns, 0);
}

/**
 * Resolves column `k` of rows `first … first + count - 1` into the columns, from the read value
 * of each of its cells (`ok[j]` for row `first + j`: the value of a cell that read "ok", undefined
 * for any other); `wasNumber[j]` says whether the cell held a number (used by the sub-plan, whose
 * leading zero a number loses). The one place a cell's meaning is decided; a column at a time, so
 * each loop does one thing and the spellings a column repeats are looked up once in a row.
 */
export function resolveColumnInto(
  c: ResolvedColumns,
  k: number,
  first: number,
  count: number,
  ok: readonly unknown[],
  wasNumber: readonly boolean[],
  reference: Reference,
): void {
  const end = first + count;
  switch (COLUMN_KEYS[k]) {
    case "project_id":
      for (let i = first; i < end; i++) {
        const id = ok[i - first] as string | undefined;
        c.projectId[i] = id;
        storeIdKey(c, i);
      }
      return;
    case "project_name":
      for (let i = first; i < end; i++) {
        c.projectName[i] = ok[i - first] as string | undefined;
        storeNameKey(c, i);
      }
      return;
    case "department": {
      let lastText: string | undefined;
      let last: DepartmentRef | undefined;
      for (let i = first; i < end; i++) {
        const text = ok[i - first] as string | undefined;
        if (i === first || text !== lastText) {
          lastText = text;
          last = resolveDepartment(reference, text);
        }
        c.department[i] = last;
      }
      return;
    }
    case "project_type":
      for (let i = first; i < end; i++) {
        const type = resolveProjectType(ok[i - first] as string | undefined);
        c.type[i] = type.type;
        c.typeKnown[i] = type.known ? 1 : 0;
      }
      return;
    case "fiscal_year":
      for (let i = first; i < end; i++) {
        // Fiscal year in BE; a CE year in its range is converted; anything else stays undefined (NaN).
        const year = ok[i - first] as number | undefined;
        if (year === undefined || !Number.isInteger(year)) continue;
        if (year >= BE_YEARS.min && year <= BE_YEARS.max) c.fiscalYear[i] = year;
        else if (year >= CE_YEARS.min && year <= CE_YEARS.max) {
          c.fiscalYear[i] = year + CE_TO_BE;
          c.fiscalYearWasCe[i] = 1;
        }
      }
      return;
    case "budget_code":
      for (let i = first; i < end; i++) {
        c.budgetCode[i] = ok[i - first] as string | undefined;
        storeBudgetCodeHash(c, i);
        storeBudgetCodeTextDigits(c, i, wasNumber[i - first]);
      }
      return;
    case "sub_plan":
      for (let i = first; i < end; i++) c.subPlan[i] = resolveSubPlanValue(ok[i - first] as string | undefined, wasNumber[i - first]);
      return;
    case "remarks":
      for (let i = first; i < end; i++) c.remarks[i] = ok[i - first] as string | undefined;
      return;
    case "strategy":
      return resolveCodes(c.strategy, first, count, ok, reference, STRATEGY);
    case "master_plan":
      return resolveCodes(c.masterPlan, first, count, ok, reference, MASTER_PLAN);
    case "reform_area":
      return resolveCodes(c.reformArea, first, count, ok, reference, REFORM_AREA);
    case "division":
      return;
    default:
      return setNumbers(numberColumn(c, k), first, count, ok);
  }
}

/** The number column of a budget, progress or disbursement key at COLUMN_KEYS position `k`. */
function numberColumn(c: ResolvedColumns, k: number): Float64Array {
  if (k === AT.budget) return c.budget;
  if (k >= AT.q1_progress && k <= AT.q4_progress) return c.progress[k - AT.q1_progress];
  return c.disbursed[k - AT.q1_disbursed];
}

function setNumbers(column: Float64Array, first: number, count: number, ok: readonly unknown[]): void {
  for (let j = 0; j < count; j++) {
    const n = ok[j];
    column[first + j] = n === undefined ? NaN : (n as number);
  }
}

function resolveCodes(
  column: Float64Array,
  first: number,
  count: number,
  ok: readonly unknown[],
  reference: Reference,
  table: CodeTable,
): void {
  for (let j = 0; j < count; j++) {
    const code = resolveCodeValue(ok[j] as CodeOrName | undefined, reference, table);
    column[first + j] = code === undefined ? NaN : code;
  }
}
