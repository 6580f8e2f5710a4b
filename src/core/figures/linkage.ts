// The linkage map (SPEC §4): included rows counted under strategy → master plan → sub-plan.
import { Reference } from "../reference";
import { RowTable } from "../table/row-table";
import { ProjectRow } from "../tracker/types";
import { LinkageNode } from "./types";

/** A node being filled: its rows' table positions in input order and its children by code. */
interface Bucket {
  readonly rows: number[];
  readonly children: Map<string, Bucket>;
}

function bucket(): Bucket {
  return { rows: [], children: new Map() };
}

function child(parent: Bucket, code: string): Bucket {
  let b = parent.children.get(code);
  if (!b) {
    b = bucket();
    parent.children.set(code, b);
  }
  return b;
}

/** The sub-plan a row's code belongs to: a 6-digit target MMSSTT sits under its sub-plan MMSS. */
export function subPlanOf(code: string): string {
  return code.slice(0, 4);
}

/** Projects and Σ budget of the rows directly in a bucket, added in input order. */
function ownTotals(table: RowTable, b: Bucket): { projects: number; budget: number } {
  const budgets = table.resolved.budget;
  let budget = 0;
  for (const at of b.rows) {
    const value = budgets[at];
    if (value === value) budget += value;
  }
  return { projects: b.rows.length, budget };
}

/**
 * Projects and Σ budget of a bucket and everything under it: its own rows, then each child's in
 * the order they were met, added one by one in that order (so the sum is always the same float).
 * Counted in place rather than by gathering the rows into new arrays at every level.
 */
function totals(table: RowTable, b: Bucket, sum = { projects: 0, budget: 0 }): { projects: number; budget: number } {
  const budgets = table.resolved.budget;
  for (const at of b.rows) {
    const budget = budgets[at];
    if (budget === budget) sum.budget += budget;
  }
  sum.projects += b.rows.length;
  for (const child of b.children.values()) totals(table, child, sum);
  return sum;
}

/**
 * A node whose `rows` are made from the table when first read: the figures need only the counts,
 * and a 100,000-row tracker would otherwise get a ProjectRow object per row that nothing reads.
 * `firstRows` makes only the rows the linkage sheet lists (SPEC §5: at most 200 per node).
 */
function node(
  table: RowTable,
  code: string,
  names: { th: string; en: string },
  b: Bucket,
  children: LinkageNode[],
): LinkageNode {
  const { projects, budget } = totals(table, b);
  const own = ownTotals(table, b);
  let rows: readonly ProjectRow[] | null = null;
  const made: LinkageNode = {
    code,
    name_th: names.th,
    name_en: names.en,
    projects,
    budget,
    children,
    get rows() {
      return (rows ??= b.rows.map((at) => table.row(at)));
    },
    ownProjects: own.projects,
    ownBudget: own.budget,
    firstRows: (limit: number) => (rows ? rows.slice(0, limit) : b.rows.slice(0, limit).map((at) => table.row(at))),
  };
  // A method, not data: left out of the node's enumerable fields, so figures compare and print as data.
  Object.defineProperty(made, "firstRows", { enumerable: false });
  return made;
}

/** Codes in reference order first, then codes the reference does not list, in code order. */
function ordered(codes: Iterable<string>, referenceOrder: readonly string[]): string[] {
  const present = new Set(codes);
  const listed = new Set(referenceOrder);
  const known = referenceOrder.filter((c) => present.has(c));
  const rest = Array.from(present).filter((c) => !listed.has(c)).sort();
  return [...known, ...rest];
}

/** Codes below this pair up into one small integer key. */
const PAIR_RANGE = 4096;

/**
 * One integer standing for a pair of small non-negative integer codes (all reference codes are),
 * or -1 for any other pair. Two pairs get the same key only when both codes are equal, so
 * exactly when String() of each is equal too.
 */
function smallCodePair(first: number, second: number): number {
  const inRange = first >= 0 && first < PAIR_RANGE && second >= 0 && second < PAIR_RANGE;
  if (!inRange || Math.floor(first) !== first || Math.floor(second) !== second) return -1;
  return first * PAIR_RANGE + second;
}

/**
 * Strategy → master plan → sub-plan nodes over the included rows, in reference order, only nodes
 * with projects. Rows without a sub-plan sit on their master-plan node's `rows`. Rows lacking a
 * strategy or master plan cannot be placed (they carry error findings, so are not included).
 */
export function linkageMap(table: RowTable, included: ArrayLike<number>, reference: Reference): LinkageNode[] {
  const root = bucket();
  const { strategy: strategies, masterPlan: masterPlans, subPlan: subPlans } = table.resolved;
  // Each (strategy, master plan) pair's bucket found by number: the tree is keyed by code text,
  // and making that text twice a row for 100,000 rows cost more than everything else here.
  const planBuckets = new Map<number, Bucket>();
  for (let n = 0; n < included.length; n++) {
    const at = included[n];
    const strategy = strategies[at];
    const masterPlan = masterPlans[at];
    if (strategy !== strategy || masterPlan !== masterPlan) continue;
    const pair = smallCodePair(strategy, masterPlan);
    let planBucket = pair < 0 ? undefined : planBuckets.get(pair);
    if (planBucket === undefined) {
      planBucket = child(child(root, String(strategy)), String(masterPlan));
      if (pair >= 0) planBuckets.set(pair, planBucket);
    }
    const subPlan = subPlans[at];
    if (subPlan === undefined) planBucket.rows.push(at);
    else child(planBucket, subPlanOf(subPlan)).rows.push(at);
  }
  const data = reference.data;
  const strategyOrder = data.strategies.map((s) => String(s.code));
  const planOrder = data.master_plans.map((m) => String(m.code));
  const subPlanOrder = data.sub_plans.map((s) => s.code);
  return ordered(root.children.keys(), strategyOrder).map((sCode) => {
    const sBucket = root.children.get(sCode)!;
    const strategy = reference.strategy(Number(sCode));
    const plans = ordered(sBucket.children.keys(), planOrder).map((mCode) => {
      const mBucket = sBucket.children.get(mCode)!;
      const plan = reference.masterPlan(Number(mCode));
      const subs = ordered(mBucket.children.keys(), subPlanOrder).map((spCode) => {
        const sub = data.sub_plans.find((s) => s.code === spCode);
        const names = { th: sub?.name_th ?? "", en: sub?.name_en ?? sub?.name_th ?? "" };
        return node(table, spCode, names, mBucket.children.get(spCode)!, []);
      });
      return node(table, mCode, { th: plan?.name_th ?? "", en: plan?.name_en ?? "" }, mBucket, subs);
    });
    return node(table, sCode, { th: strategy?.name_th ?? "", en: strategy?.name_en ?? "" }, sBucket, plans);
  });
}
