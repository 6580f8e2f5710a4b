// Resolving a row's fields against the reference: the single place that decides what a cell means.
import { DepartmentRef, Reference } from "../reference";
import { compactKey, foldText, thaiDigitsToAscii } from "../text";
import { Parsed } from "../values";
import { COLUMN_KEYS, ColumnKey } from "./columns";
import { CodeOrName, ProjectType, Resolved, RowFields } from "./types";
import { ResolvedColumns, emptyResolvedColumns, resolvedAt } from "../table/resolved-columns";

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
export function resolveSubPlan(p: Parsed<string>, rawWasNumber: boolean): string | undefined {
  return resolveSubPlanValue(value(p), rawWasNumber);
}

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
  if (id === undefined) return undefined;
  const folded = foldText(id);
  const key = /\s/.test(folded) ? folded.replace(/\s/g, "") : folded;
  return key === "" ? undefined : key;
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
  resolveValuesInto(columns, 0, parsed.map(value), subPlanWasNumber, reference);
  return resolvedAt(columns, 0);
}

/**
 * Resolves row `i` into the columns from its read values by COLUMN_KEYS position (the value of
 * each cell that read "ok", undefined for any other): the one place a row's meaning is decided.
 */
export function resolveValuesInto(
  c: ResolvedColumns,
  i: number,
  v: readonly unknown[],
  subPlanWasNumber: boolean,
  reference: Reference,
): void {
  const projectId = v[AT.project_id] as string | undefined;
  c.projectId[i] = projectId;
  c.idKey[i] = projectIdKeyOf(projectId);
  c.projectName[i] = v[AT.project_name] as string | undefined;
  c.department[i] = resolveDepartment(reference, v[AT.department] as string | undefined);
  const type = resolveProjectType(v[AT.project_type] as string | undefined);
  c.type[i] = type.type;
  c.typeKnown[i] = type.known ? 1 : 0;
  // Fiscal year in BE; a CE year in its range is converted; anything else stays undefined (NaN).
  const year = v[AT.fiscal_year] as number | undefined;
  if (year !== undefined && Number.isInteger(year)) {
    if (year >= BE_YEARS.min && year <= BE_YEARS.max) c.fiscalYear[i] = year;
    else if (year >= CE_YEARS.min && year <= CE_YEARS.max) {
      c.fiscalYear[i] = year + CE_TO_BE;
      c.fiscalYearWasCe[i] = 1;
    }
  }
  c.budgetCode[i] = v[AT.budget_code] as string | undefined;
  setNumber(c.budget, i, v[AT.budget]);
  setNumber(c.strategy, i, resolveCodeValue(v[AT.strategy] as CodeOrName | undefined, reference, STRATEGY));
  setNumber(c.masterPlan, i, resolveCodeValue(v[AT.master_plan] as CodeOrName | undefined, reference, MASTER_PLAN));
  c.subPlan[i] = resolveSubPlanValue(v[AT.sub_plan] as string | undefined, subPlanWasNumber);
  setNumber(c.reformArea, i, resolveCodeValue(v[AT.reform_area] as CodeOrName | undefined, reference, REFORM_AREA));
  for (let q = 0; q < 4; q++) {
    setNumber(c.progress[q], i, v[AT.q1_progress + q]);
    setNumber(c.disbursed[q], i, v[AT.q1_disbursed + q]);
  }
  c.remarks[i] = v[AT.remarks] as string | undefined;
}

function setNumber(column: Float64Array, i: number, n: unknown): void {
  column[i] = n === undefined ? NaN : (n as number);
}
