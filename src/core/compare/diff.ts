// compareTrackers: projects of OLD and NEW matched by id key (never by position), and what changed.
import { RowTable, COL } from "../table/row-table";
import { ColumnKey, QUARTERS, disbursedKey, progressKey } from "../tracker/columns";
import { CHANGE_KINDS, CellPlace, Change, ChangeKind, Comparison, DuplicateId } from "./types";
import { Compared, comparedValue, sameMoney, samePercent, sameValue } from "./values";

/** Columns whose change is a linkage change (SPEC §6). */
const LINKAGE_COLUMNS: readonly ColumnKey[] = ["strategy", "master_plan", "sub_plan", "reform_area"];

interface Side {
  readonly table: RowTable;
  /** First row of each id key, in first-seen order. */
  readonly first: Map<string, number>;
}

function place(table: RowTable, column: ColumnKey, i: number): CellPlace {
  return { file: table.file(i), sheet: table.sheet(i), cell: table.cell(COL[column], i) };
}

/** Indexes the rows by id key; rows after the first with the same key are reported as duplicates. */
function indexSide(table: RowTable, side: "old" | "new", duplicates: DuplicateId[]): { side: Side; withoutId: number } {
  const first = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  let withoutId = 0;
  const keys = table.resolved.idKey;
  for (let i = 0; i < table.length; i++) {
    const key = keys[i];
    if (key === undefined) {
      withoutId++;
      continue;
    }
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else {
      const rows = repeats.get(key);
      if (rows) rows.push(i);
      else repeats.set(key, [seen, i]);
    }
  }
  for (const key of [...repeats.keys()].sort(byCodeUnits)) {
    const rows = repeats.get(key)!;
    duplicates.push({
      side,
      projectId: table.resolved.projectId[rows[0]] ?? key,
      cells: rows.map((i) => place(table, "project_id", i)),
    });
  }
  return { side: { table, first }, withoutId };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One change between row `o` of OLD and row `n` of NEW in `column`. */
function change(kind: ChangeKind, column: ColumnKey, old: Side, o: number, next: Side, n: number, a: Compared, b: Compared): Change {
  return {
    kind,
    projectId: next.table.resolved.projectId[n] ?? "",
    projectName: next.table.resolved.projectName[n] ?? "",
    column,
    oldValue: a.shown,
    newValue: b.shown,
    oldCell: place(old.table, column, o),
    newCell: place(next.table, column, n),
  };
}

/** Columns compared plainly, with the kind a difference is and how values are told apart. */
const PLAIN: readonly { kind: ChangeKind; column: ColumnKey; same: (a: Compared, b: Compared) => boolean }[] = [
  { kind: "name-changed", column: "project_name", same: sameValue },
  { kind: "department-changed", column: "department", same: sameValue },
  { kind: "fiscal-year-changed", column: "fiscal_year", same: sameValue },
  { kind: "budget-changed", column: "budget", same: sameMoney },
  ...LINKAGE_COLUMNS.map((column) => ({ kind: "linkage-changed" as const, column, same: sameValue })),
];
const PROGRESS_COLUMNS = QUARTERS.map(progressKey);
const DISBURSED_COLUMNS = QUARTERS.map(disbursedKey);

/** Every change of one matched project, in column order. */
function diffProject(old: Side, o: number, next: Side, n: number, out: Change[]): void {
  for (const { kind, column, same } of PLAIN) {
    const a = comparedValue(old.table, column, o);
    const b = comparedValue(next.table, column, n);
    if (!same(a, b)) out.push(change(kind, column, old, o, next, n, a, b));
  }
  for (const column of PROGRESS_COLUMNS) {
    // A quarter blank in OLD and filled in NEW is reporting, not a change; a higher one is progress.
    const a = comparedValue(old.table, column, o);
    if (typeof a.key !== "number") continue;
    const b = comparedValue(next.table, column, n);
    if (!samePercent(a, b) && !(typeof b.key === "number" && b.key > a.key)) out.push(change("progress-went-back", column, old, o, next, n, a, b));
  }
  for (const column of DISBURSED_COLUMNS) {
    // Only a quarter already reported in OLD can have changed.
    const a = comparedValue(old.table, column, o);
    if (a.key === undefined) continue;
    const b = comparedValue(next.table, column, n);
    if (!sameMoney(a, b)) out.push(change("disbursement-changed", column, old, o, next, n, a, b));
  }
}

function wholeRow(kind: "added" | "removed", side: Side, i: number): Change {
  const { table } = side;
  const name = table.resolved.projectName[i] ?? "";
  const cell = place(table, "project_id", i);
  return {
    kind,
    projectId: table.resolved.projectId[i] ?? "",
    projectName: name,
    column: null,
    oldValue: kind === "removed" ? name : null,
    newValue: kind === "added" ? name : null,
    oldCell: kind === "removed" ? cell : null,
    newCell: kind === "added" ? cell : null,
  };
}

/** Compares two trackers' rows: projects matched by id key (case, spaces and NBSP ignored). */
export function compareTrackers(oldTable: RowTable, newTable: RowTable): Comparison {
  const duplicates: DuplicateId[] = [];
  const old = indexSide(oldTable, "old", duplicates);
  const next = indexSide(newTable, "new", duplicates);
  // Each change with the key it sorts by within its kind: the id key, never a row position.
  const keyed: { key: string; change: Change }[] = [];
  let matched = 0;
  for (const [key, o] of old.side.first) {
    const n = next.side.first.get(key);
    if (n === undefined) {
      keyed.push({ key, change: wholeRow("removed", old.side, o) });
      continue;
    }
    matched++;
    const found: Change[] = [];
    diffProject(old.side, o, next.side, n, found);
    for (const c of found) keyed.push({ key, change: c });
  }
  for (const [key, n] of next.side.first) {
    if (!old.side.first.has(key)) keyed.push({ key, change: wholeRow("added", next.side, n) });
  }
  const kindOrder = new Map<ChangeKind, number>(CHANGE_KINDS.map((k, i) => [k, i]));
  const columnOrder = (c: ColumnKey | null) => (c === null ? -1 : COL[c]);
  keyed.sort(
    (x, y) =>
      kindOrder.get(x.change.kind)! - kindOrder.get(y.change.kind)! ||
      byCodeUnits(x.key, y.key) ||
      columnOrder(x.change.column) - columnOrder(y.change.column),
  );
  const changes = keyed.map((k) => k.change);
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) summary[c.kind]++;
  return { matched, changes, duplicates, summary, withoutId: { old: old.withoutId, new: next.withoutId } };
}
