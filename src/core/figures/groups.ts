// Pooled group figures (SPEC §4): counts, mean and budget-weighted progress, budget and disbursement.
import { RowTable } from "../table/row-table";
import { Quarter } from "../tracker/columns";
import { GroupFigures } from "./types";

export interface GroupIdentity {
  readonly code: string;
  readonly name_th: string;
  readonly name_en: string;
}

/** Σ of disbursements in quarters 1…Q of row `at` (a blank quarter counts as 0). */
export function disbursedThrough(table: RowTable, at: number, quarter: Quarter): number {
  const { disbursed } = table.resolved;
  let sum = 0;
  for (let q = 0; q < quarter; q++) {
    const value = disbursed[q][at];
    if (value === value) sum += value;
  }
  return sum;
}

/**
 * A group's running totals, filled one row at a time in input order, so one pass over the rows
 * fills every group at once and each sum adds the same numbers in the same order as a pass over
 * the group's own rows would. Number columns hold NaN for "no value" (`value === value` tests it).
 */
export class GroupTotals {
  private projects = 0;
  private reported = 0;
  private completed = 0;
  private weighted = 0;
  private weightBudget = 0;
  private budget = 0;
  private disbursed = 0;
  private behindPlan = 0;
  /** Per quarter 1…Q: Σ progress and how many rows report it. */
  private readonly progressSum: number[];
  private readonly progressCount: number[];
  /** add()'s copy of the row's progress in quarters 1…Q. */
  private readonly rowProgress: Float64Array;

  /** `targets` are the plan's progress and disbursement targets of Q (SPEC §4). */
  constructor(
    private readonly quarter: Quarter,
    private readonly targets: { readonly progress: number; readonly disbursement: number },
  ) {
    this.progressSum = new Array<number>(quarter).fill(0);
    this.progressCount = new Array<number>(quarter).fill(0);
    this.rowProgress = new Float64Array(quarter);
  }

  add(table: RowTable, at: number): void {
    const { budget, progress } = table.resolved;
    const quarterProgress = this.rowProgress;
    for (let q = 0; q < this.quarter; q++) quarterProgress[q] = progress[q][at];
    this.addValues(budget[at], disbursedThrough(table, at, this.quarter), quarterProgress);
  }

  /**
   * Adds one row given its budget, its disbursement through Q and its progress in quarters 1…Q
   * (NaN for none): a pass filling several groups reads them once per row, not once per group.
   */
  addValues(budget: number, disbursed: number, quarterProgress: Float64Array): void {
    const p = quarterProgress[this.quarter - 1];
    this.projects++;
    if (p === p) this.reported++;
    if (p === 100) this.completed++;
    if (p === p && p < this.targets.progress) this.behindPlan++;
    if (budget === budget) this.budget += budget;
    this.disbursed += disbursed;
    if (p === p && budget > 0) {
      this.weighted += budget * p;
      this.weightBudget += budget;
    }
    for (let q = 0; q < this.quarter; q++) {
      const value = quarterProgress[q];
      if (value !== value) continue;
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
      behind_plan: this.behindPlan,
      disbursement_target_pct: this.targets.disbursement,
    };
  }
}

/**
 * One group's figures pooled over its rows (never a mean of sub-group means), at full precision.
 * `positions` are the group's included rows in the table.
 */
export function groupFigures(
  identity: GroupIdentity,
  table: RowTable,
  positions: ArrayLike<number>,
  quarter: Quarter,
  targets: { readonly progress: number; readonly disbursement: number },
): GroupFigures {
  const totals = new GroupTotals(quarter, targets);
  for (let n = 0; n < positions.length; n++) totals.add(table, positions[n]);
  return totals.figures(identity);
}
