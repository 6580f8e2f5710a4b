// Pooled group figures (SPEC §4): counts, mean and budget-weighted progress, budget and disbursement.
import { QUARTERS, Quarter } from "../tracker/columns";
import { ProjectRow } from "../tracker/types";
import { GroupFigures } from "./types";

export interface GroupIdentity {
  readonly code: string;
  readonly name_th: string;
  readonly name_en: string;
}

function progressIn(row: ProjectRow, quarter: Quarter): number | undefined {
  return row.resolved.progress[quarter - 1];
}

/** Arithmetic mean of quarter Q progress over the rows that report it; null when none does. */
export function meanProgress(rows: readonly ProjectRow[], quarter: Quarter): number | null {
  let sum = 0;
  let reported = 0;
  for (const row of rows) {
    const p = progressIn(row, quarter);
    if (p === undefined) continue;
    sum += p;
    reported++;
  }
  return reported === 0 ? null : sum / reported;
}

/** Σ(budget × progress) / Σ budget over reporting rows with a positive budget; null when that Σ is 0. */
export function weightedProgress(rows: readonly ProjectRow[], quarter: Quarter): number | null {
  let weighted = 0;
  let budget = 0;
  for (const row of rows) {
    const p = progressIn(row, quarter);
    const b = row.resolved.budget;
    if (p === undefined || b === undefined || !(b > 0)) continue;
    weighted += b * p;
    budget += b;
  }
  return budget === 0 ? null : weighted / budget;
}

/** Σ of disbursements in quarters 1…Q (a blank quarter counts as 0). */
export function disbursedThrough(row: ProjectRow, quarter: Quarter): number {
  let sum = 0;
  for (let i = 0; i < quarter; i++) sum += row.resolved.disbursed[i] ?? 0;
  return sum;
}

/**
 * One group's figures pooled over its rows (never a mean of sub-group means), at full precision.
 * `rows` are the group's included rows.
 */
export function groupFigures(identity: GroupIdentity, rows: readonly ProjectRow[], quarter: Quarter): GroupFigures {
  let reported = 0;
  let completed = 0;
  let budget = 0;
  let disbursed = 0;
  for (const row of rows) {
    const p = progressIn(row, quarter);
    if (p !== undefined) reported++;
    if (p === 100) completed++;
    budget += row.resolved.budget ?? 0;
    disbursed += disbursedThrough(row, quarter);
  }
  return {
    code: identity.code,
    name_th: identity.name_th,
    name_en: identity.name_en,
    projects: rows.length,
    reported,
    completed,
    progress_pct: meanProgress(rows, quarter),
    weighted_progress_pct: weightedProgress(rows, quarter),
    budget,
    disbursed,
    disbursement_pct: budget > 0 ? (disbursed / budget) * 100 : null,
    trend: QUARTERS.filter((q) => q <= quarter).map((q) => meanProgress(rows, q)),
  };
}
