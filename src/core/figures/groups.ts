// Pooled group figures (SPEC §4): counts, mean and budget-weighted progress, budget and disbursement.
import { Quarter } from "../tracker/columns";
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
 * A group's running totals, filled one row at a time in input order, so one pass over the rows
 * fills every group at once and each sum adds the same numbers in the same order as a pass over
 * the group's own rows would.
 */
export class GroupTotals {
  private projects = 0;
  private reported = 0;
  private completed = 0;
  private weighted = 0;
  private weightBudget = 0;
  private budget = 0;
  private disbursed = 0;
  /** Per quarter 1…Q: Σ progress and how many rows report it. */
  private readonly progressSum: number[];
  private readonly progressCount: number[];

  constructor(private readonly quarter: Quarter) {
    this.progressSum = new Array<number>(quarter).fill(0);
    this.progressCount = new Array<number>(quarter).fill(0);
  }

  add(row: ProjectRow): void {
    const { progress, budget } = row.resolved;
    const p = progress[this.quarter - 1];
    this.projects++;
    if (p !== undefined) this.reported++;
    if (p === 100) this.completed++;
    this.budget += budget ?? 0;
    this.disbursed += disbursedThrough(row, this.quarter);
    if (p !== undefined && budget !== undefined && budget > 0) {
      this.weighted += budget * p;
      this.weightBudget += budget;
    }
    for (let q = 0; q < this.quarter; q++) {
      const value = progress[q];
      if (value === undefined) continue;
      this.progressSum[q] += value;
      this.progressCount[q]++;
    }
  }

  figures(identity: GroupIdentity): GroupFigures {
    const trend = this.progressSum.map((sum, q) => (this.progressCount[q] === 0 ? null : sum / this.progressCount[q]));
    return {
      code: identity.code,
      name_th: identity.name_th,
      name_en: identity.name_en,
      projects: this.projects,
      reported: this.reported,
      completed: this.completed,
      progress_pct: trend[this.quarter - 1],
      weighted_progress_pct: this.weightBudget === 0 ? null : this.weighted / this.weightBudget,
      budget: this.budget,
      disbursed: this.disbursed,
      disbursement_pct: this.budget > 0 ? (this.disbursed / this.budget) * 100 : null,
      trend,
    };
  }
}

/**
 * One group's figures pooled over its rows (never a mean of sub-group means), at full precision.
 * `rows` are the group's included rows.
 */
export function groupFigures(identity: GroupIdentity, rows: readonly ProjectRow[], quarter: Quarter): GroupFigures {
  const totals = new GroupTotals(quarter);
  for (const row of rows) totals.add(row);
  return totals.figures(identity);
}
