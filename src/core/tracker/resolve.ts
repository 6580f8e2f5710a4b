// Resolving a row's fields against the reference: the single place that decides what a cell means.
import { DepartmentRef, Reference } from "../reference";
import { compactKey, foldText, thaiDigitsToAscii } from "../text";
import { Parsed } from "../values";
import { COLUMN_KEYS, ColumnKey } from "./columns";
import { CodeOrName, ProjectType, Resolved, RowFields } from "./types";

/** Buddhist Era range accepted as a fiscal year, and the CE range converted with +543. */
export const BE_YEARS = { min: 2561, max: 2600 } as const;
export const CE_YEARS = { min: 1990, max: 2099 } as const;
export const CE_TO_BE = 543;

function value<T>(p: Parsed<T>): T | undefined {
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

/** Fiscal year in BE, or undefined when outside both accepted ranges. */
export function resolveFiscalYear(year: number | undefined): { year?: number; wasCe: boolean } {
  if (year === undefined || !Number.isInteger(year)) return { wasCe: false };
  if (year >= BE_YEARS.min && year <= BE_YEARS.max) return { year, wasCe: false };
  if (year >= CE_YEARS.min && year <= CE_YEARS.max) return { year: year + CE_TO_BE, wasCe: true };
  return { wasCe: false };
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

function resolveCode(p: Parsed<CodeOrName>, reference: Reference, table: CodeTable): number | undefined {
  const v = value(p);
  if (v === undefined) return undefined;
  if (typeof v === "number") return table.exists(reference, v) ? v : undefined;
  return table.byName(reference, v.name);
}

/** Sub-plan digits: a plain code, or the first 4–6 digit run in longer text; numbers padded. */
export function resolveSubPlan(p: Parsed<string>, rawWasNumber: boolean): string | undefined {
  const v = value(p);
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

function quarterValues(parsed: readonly Parsed<unknown>[], first: number): (number | undefined)[] {
  const q = parsed as readonly Parsed<number>[];
  return [value(q[first]), value(q[first + 1]), value(q[first + 2]), value(q[first + 3])];
}

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
  const text = parsed as readonly Parsed<string>[];
  const number = parsed as readonly Parsed<number>[];
  const code = parsed as readonly Parsed<CodeOrName>[];
  const type = resolveProjectType(value(text[AT.project_type]));
  const fy = resolveFiscalYear(value(number[AT.fiscal_year]));
  const projectId = value(text[AT.project_id]);
  return {
    projectId,
    idKey: projectIdKeyOf(projectId),
    projectName: value(text[AT.project_name]),
    department: resolveDepartment(reference, value(text[AT.department])),
    type: type.type,
    typeKnown: type.known,
    fiscalYear: fy.year,
    fiscalYearWasCe: fy.wasCe,
    budgetCode: value(text[AT.budget_code]),
    budget: value(number[AT.budget]),
    strategy: resolveCode(code[AT.strategy], reference, STRATEGY),
    masterPlan: resolveCode(code[AT.master_plan], reference, MASTER_PLAN),
    subPlan: resolveSubPlan(text[AT.sub_plan], subPlanWasNumber),
    reformArea: resolveCode(code[AT.reform_area], reference, REFORM_AREA),
    progress: quarterValues(parsed, AT.q1_progress),
    disbursed: quarterValues(parsed, AT.q1_disbursed),
    remarks: value(text[AT.remarks]),
  };
}
