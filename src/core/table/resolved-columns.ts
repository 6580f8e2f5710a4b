// Resolved values stored by column (one array per Resolved field): what rules and figures read row by row.
import { hashKey } from "../key-index";
import { grownArray, grownTyped } from "./grow";
import { DepartmentRef } from "../reference";
import { foldHash, foldScan, foldText, idKeyOf, isAsciiDigits } from "../text";
import { ProjectType, Resolved } from "../tracker/types";

/**
 * The Resolved values of every pooled row, one array per field, indexed by row position. A number
 * column holds NaN where the Resolved value is undefined (no resolved number is ever NaN: readers
 * turn non-finite input into "invalid"), so the columns stay unboxed Float64Arrays.
 */
export interface ResolvedColumns {
  readonly projectId: (string | undefined)[];
  readonly idKey: (string | undefined)[];
  readonly projectName: (string | undefined)[];
  readonly department: (DepartmentRef | undefined)[];
  readonly type: ProjectType[];
  /** 1 when the type label was recognised (or blank), 0 otherwise. */
  readonly typeKnown: Uint8Array;
  readonly fiscalYear: Float64Array;
  readonly fiscalYearWasCe: Uint8Array;
  readonly budgetCode: (string | undefined)[];
  /**
   * The budget code's length when it was typed as text and is ASCII digits only (the common case),
   * capped at 255; 0 for a code from a number, with other characters, or blank. Worked out while
   * the cell is in the processor's cache, so budget-code-format settles most rows without fetching
   * the code again from a 100,000-row column.
   */
  readonly budgetCodeTextDigits: Uint8Array;
  readonly budget: Float64Array;
  readonly strategy: Float64Array;
  readonly masterPlan: Float64Array;
  readonly subPlan: (string | undefined)[];
  readonly reformArea: Float64Array;
  /** Index 0..3 = Q1..Q4, each a column of percent values. */
  readonly progress: readonly Float64Array[];
  readonly disbursed: readonly Float64Array[];
  readonly remarks: (string | undefined)[];
  /**
   * Keys the duplicate rules compare rows by, worked out while a chunk's cells are still in the
   * processor's cache: the folded project name, and hashKey of it, of the id key and of the budget
   * code (0 where the key is undefined).
   */
  readonly nameKey: (string | undefined)[];
  readonly nameKeyHash: Int32Array;
  readonly idKeyHash: Int32Array;
  readonly budgetCodeHash: Int32Array;
}

/** True when a number column holds a value at this row (NaN stands for undefined). */
export function present(n: number): boolean {
  return n === n;
}

/** The number, or undefined for the NaN that stands for it. */
export function orUndefined(n: number): number | undefined {
  return n === n ? n : undefined;
}

function cutTo<T>(column: T[], length: number): T[] {
  column.length = length;
  return column;
}

function nanFilled(capacity: number): Float64Array {
  return new Float64Array(capacity).fill(NaN);
}

export function emptyResolvedColumns(capacity: number): ResolvedColumns {
  return {
    projectId: new Array(capacity),
    idKey: new Array(capacity),
    projectName: new Array(capacity),
    department: new Array(capacity),
    type: new Array(capacity),
    typeKnown: new Uint8Array(capacity),
    fiscalYear: nanFilled(capacity),
    fiscalYearWasCe: new Uint8Array(capacity),
    budgetCode: new Array(capacity),
    budgetCodeTextDigits: new Uint8Array(capacity),
    budget: nanFilled(capacity),
    strategy: nanFilled(capacity),
    masterPlan: nanFilled(capacity),
    subPlan: new Array(capacity),
    reformArea: nanFilled(capacity),
    progress: [nanFilled(capacity), nanFilled(capacity), nanFilled(capacity), nanFilled(capacity)],
    disbursed: [nanFilled(capacity), nanFilled(capacity), nanFilled(capacity), nanFilled(capacity)],
    remarks: new Array(capacity),
    nameKey: new Array(capacity),
    nameKeyHash: new Int32Array(capacity),
    idKeyHash: new Int32Array(capacity),
    budgetCodeHash: new Int32Array(capacity),
  };
}

/** The same columns with room for `capacity` rows (copies). */
export function grownResolvedColumns(c: ResolvedColumns, capacity: number): ResolvedColumns {
  return {
    projectId: grownArray(c.projectId, capacity),
    idKey: grownArray(c.idKey, capacity),
    projectName: grownArray(c.projectName, capacity),
    department: grownArray(c.department, capacity),
    type: grownArray(c.type, capacity),
    budgetCode: grownArray(c.budgetCode, capacity),
    subPlan: grownArray(c.subPlan, capacity),
    remarks: grownArray(c.remarks, capacity),
    nameKey: grownArray(c.nameKey, capacity),
    typeKnown: grownTyped(c.typeKnown, capacity),
    fiscalYear: grownTyped(c.fiscalYear, capacity, NaN),
    fiscalYearWasCe: grownTyped(c.fiscalYearWasCe, capacity),
    budgetCodeTextDigits: grownTyped(c.budgetCodeTextDigits, capacity),
    budget: grownTyped(c.budget, capacity, NaN),
    strategy: grownTyped(c.strategy, capacity, NaN),
    masterPlan: grownTyped(c.masterPlan, capacity, NaN),
    reformArea: grownTyped(c.reformArea, capacity, NaN),
    progress: c.progress.map((a) => grownTyped(a, capacity, NaN)),
    disbursed: c.disbursed.map((a) => grownTyped(a, capacity, NaN)),
    nameKeyHash: grownTyped(c.nameKeyHash, capacity),
    idKeyHash: grownTyped(c.idKeyHash, capacity),
    budgetCodeHash: grownTyped(c.budgetCodeHash, capacity),
  };
}

/**
 * The columns' first `length` rows: typed arrays as views, plain arrays cut to length in place (the
 * builder that filled them is finished, and a copy of each would be one more 100,000-entry array).
 */
export function trimmedResolvedColumns(r: ResolvedColumns, length: number): ResolvedColumns {
  return {
    projectId: cutTo(r.projectId, length),
    idKey: cutTo(r.idKey, length),
    projectName: cutTo(r.projectName, length),
    department: cutTo(r.department, length),
    type: cutTo(r.type, length),
    budgetCode: cutTo(r.budgetCode, length),
    subPlan: cutTo(r.subPlan, length),
    remarks: cutTo(r.remarks, length),
    nameKey: cutTo(r.nameKey, length),
    typeKnown: r.typeKnown.subarray(0, length),
    fiscalYear: r.fiscalYear.subarray(0, length),
    fiscalYearWasCe: r.fiscalYearWasCe.subarray(0, length),
    budgetCodeTextDigits: r.budgetCodeTextDigits.subarray(0, length),
    budget: r.budget.subarray(0, length),
    strategy: r.strategy.subarray(0, length),
    masterPlan: r.masterPlan.subarray(0, length),
    reformArea: r.reformArea.subarray(0, length),
    progress: r.progress.map((q) => q.subarray(0, length)),
    disbursed: r.disbursed.map((q) => q.subarray(0, length)),
    nameKeyHash: r.nameKeyHash.subarray(0, length),
    idKeyHash: r.idKeyHash.subarray(0, length),
    budgetCodeHash: r.budgetCodeHash.subarray(0, length),
  };
}

/** The duplicate rules' keys of row `i`, from its project name, project id and budget code. */
export function storeKeys(c: ResolvedColumns, i: number): void {
  storeNameKey(c, i);
  storeIdKey(c, i);
  storeBudgetCodeHash(c, i);
}

/**
 * The folded project name and its hash. foldHash folds and hashes in one scan for the names that
 * fold to themselves or to their lower case (nearly all); the rest take foldText, then hashKey.
 */
export function storeNameKey(c: ResolvedColumns, i: number): void {
  const name = c.projectName[i];
  if (name === undefined) {
    c.nameKey[i] = undefined;
    c.nameKeyHash[i] = 0;
    return;
  }
  const hash = foldHash(name, false);
  const nameKey = foldScan.full ? foldText(name) : foldScan.upper ? name.toLowerCase() : name;
  c.nameKey[i] = nameKey;
  c.nameKeyHash[i] = foldScan.full ? hashKey(nameKey) : hash;
}

/** The id key (idKeyOf the project id) and its hash, in one scan for ids of plain ASCII and Thai. */
export function storeIdKey(c: ResolvedColumns, i: number): void {
  const id = c.projectId[i];
  let key: string | undefined;
  let hash = 0;
  if (id !== undefined) {
    hash = foldHash(id, true);
    if (foldScan.full) {
      key = idKeyOf(id);
      hash = key === undefined ? 0 : hashKey(key);
    } else {
      const folded = foldScan.upper ? id.toLowerCase() : id;
      key = foldScan.space ? folded.replace(/ /g, "") : folded;
      if (key === "") {
        key = undefined;
        hash = 0;
      }
    }
  }
  c.idKey[i] = key;
  c.idKeyHash[i] = hash;
}

export function storeBudgetCodeHash(c: ResolvedColumns, i: number): void {
  const code = c.budgetCode[i];
  c.budgetCodeHash[i] = code === undefined ? 0 : hashKey(code);
}

/** Row `i`'s budgetCodeTextDigits, from its code and whether the cell held a number. */
export function storeBudgetCodeTextDigits(c: ResolvedColumns, i: number, wasNumber: boolean): void {
  const code = c.budgetCode[i];
  c.budgetCodeTextDigits[i] = !wasNumber && code !== undefined && code.length <= 255 && isAsciiDigits(code) ? code.length : 0;
}
/** Row `i` of the columns as the Resolved object ProjectRow carries. */
export function resolvedAt(c: ResolvedColumns, i: number): Resolved {
  return {
    projectId: c.projectId[i],
    idKey: c.idKey[i],
    projectName: c.projectName[i],
    department: c.department[i],
    type: c.type[i],
    typeKnown: c.typeKnown[i] === 1,
    fiscalYear: orUndefined(c.fiscalYear[i]),
    fiscalYearWasCe: c.fiscalYearWasCe[i] === 1,
    budgetCode: c.budgetCode[i],
    budget: orUndefined(c.budget[i]),
    strategy: orUndefined(c.strategy[i]),
    masterPlan: orUndefined(c.masterPlan[i]),
    subPlan: c.subPlan[i],
    reformArea: orUndefined(c.reformArea[i]),
    progress: c.progress.map((q) => orUndefined(q[i])),
    disbursed: c.disbursed.map((q) => orUndefined(q[i])),
    remarks: c.remarks[i],
  };
}

/** Stores a Resolved object as row `i` of the columns (for tables made from ProjectRow objects). */
export function storeResolved(c: ResolvedColumns, i: number, r: Resolved): void {
  c.projectId[i] = r.projectId;

  c.projectName[i] = r.projectName;
  c.department[i] = r.department;
  c.type[i] = r.type;
  c.typeKnown[i] = r.typeKnown ? 1 : 0;
  c.fiscalYear[i] = r.fiscalYear ?? NaN;
  c.fiscalYearWasCe[i] = r.fiscalYearWasCe ? 1 : 0;
  c.budgetCode[i] = r.budgetCode;
  c.budget[i] = r.budget ?? NaN;
  c.strategy[i] = r.strategy ?? NaN;
  c.masterPlan[i] = r.masterPlan ?? NaN;
  c.subPlan[i] = r.subPlan;
  c.reformArea[i] = r.reformArea ?? NaN;
  for (let q = 0; q < 4; q++) {
    c.progress[q][i] = r.progress[q] ?? NaN;
    c.disbursed[q][i] = r.disbursed[q] ?? NaN;
  }
  c.remarks[i] = r.remarks;
  storeKeys(c, i);
}
