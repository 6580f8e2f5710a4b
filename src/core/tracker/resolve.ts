// Resolving a row's fields against the reference: the single place that decides what a cell means.
import { Reference } from "../reference";
import { compactKey, thaiDigitsToAscii } from "../text";
import { Parsed } from "../values";
import { CodeOrName, ProjectType, Resolved, RowFields } from "./types";

/** Buddhist Era range accepted as a fiscal year, and the CE range converted with +543. */
export const BE_YEARS = { min: 2561, max: 2600 } as const;
export const CE_YEARS = { min: 1990, max: 2099 } as const;
export const CE_TO_BE = 543;

function value<T>(p: Parsed<T>): T | undefined {
  return p.kind === "ok" ? p.value : undefined;
}

/** Project type from its label; blank is annual. `known` is false for unrecognised text. */
export function resolveProjectType(label: string | undefined): { type: ProjectType; known: boolean } {
  if (label === undefined) return { type: "annual", known: true };
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

function resolveCode(
  p: Parsed<CodeOrName>,
  exists: (code: number) => boolean,
  byName: (name: string) => number | undefined,
): number | undefined {
  const v = value(p);
  if (v === undefined) return undefined;
  if (typeof v === "number") return exists(v) ? v : undefined;
  return byName(v.name);
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

function resolveDepartment(reference: Reference, text: string | undefined) {
  if (text === undefined) return undefined;
  const direct = reference.department(text);
  if (direct) return direct;
  // "กรมการจัดหางาน (กกจ.)": try the name outside and the text inside the brackets.
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (m) return reference.department(m[1]) ?? reference.department(m[2]);
  return undefined;
}

export function resolveRow(fields: RowFields, reference: Reference): Resolved {
  const type = resolveProjectType(value(fields.project_type.parsed));
  const fy = resolveFiscalYear(value(fields.fiscal_year.parsed));
  return {
    projectId: value(fields.project_id.parsed),
    projectName: value(fields.project_name.parsed),
    department: resolveDepartment(reference, value(fields.department.parsed)),
    type: type.type,
    typeKnown: type.known,
    fiscalYear: fy.year,
    fiscalYearWasCe: fy.wasCe,
    budgetCode: value(fields.budget_code.parsed),
    budget: value(fields.budget.parsed),
    strategy: resolveCode(
      fields.strategy.parsed,
      (c) => reference.strategy(c) !== undefined,
      (n) => reference.strategyCodeByName(n),
    ),
    masterPlan: resolveCode(
      fields.master_plan.parsed,
      (c) => reference.masterPlan(c) !== undefined,
      (n) => reference.masterPlanCodeByName(n),
    ),
    subPlan: resolveSubPlan(fields.sub_plan.parsed, typeof fields.sub_plan.raw === "number"),
    reformArea: resolveCode(
      fields.reform_area.parsed,
      (c) => reference.reformArea(c) !== undefined,
      (n) => reference.reformCodeByName(n),
    ),
    progress: fields.progress.map((f) => value(f.parsed)),
    disbursed: fields.disbursed.map((f) => value(f.parsed)),
    remarks: value(fields.remarks.parsed),
  };
}
