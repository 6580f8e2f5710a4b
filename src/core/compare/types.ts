// What a comparison of two trackers finds (SPEC §6 `compare`): changes by kind, duplicates, counts.
import { ColumnKey } from "../tracker/columns";

/** The kinds of SPEC §6, in the order changes are listed, counted and grouped. */
export const CHANGE_KINDS = [
  "added",
  "removed",
  "budget-changed",
  "linkage-changed",
  "progress-went-back",
  "disbursement-changed",
  "name-changed",
  "department-changed",
  "fiscal-year-changed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Where a value sits: the tracker's file and sheet, and the A1 address (null: no such column). */
export interface CellPlace {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
}

/** A value as shown side by side: a number, a code or text, or null for a blank cell. */
export type ShownValue = string | number | null;

export interface Change {
  readonly kind: ChangeKind;
  /** The id as the NEW tracker spells it (the OLD one's for a removed project). */
  readonly projectId: string;
  /** The project's name (NEW's, or OLD's for a removed project), for readers; "" when blank. */
  readonly projectName: string;
  /** The column that changed; null for a project added or removed (the whole row). */
  readonly column: ColumnKey | null;
  /** For added/removed: null and the project's name on the side that has it. */
  readonly oldValue: ShownValue;
  readonly newValue: ShownValue;
  /** The changed cell in OLD (the id cell for a removed project); null for an added one. */
  readonly oldCell: CellPlace | null;
  /** The changed cell in NEW (the id cell for an added project); null for a removed one. */
  readonly newCell: CellPlace | null;
}

/** An id found on several rows of one side: the first row is the one compared. */
export interface DuplicateId {
  readonly side: "old" | "new";
  readonly projectId: string;
  /** The id cells of every row with this id, first (compared) row first. */
  readonly cells: readonly CellPlace[];
}

export interface Comparison {
  /** Projects (distinct ids) found in both trackers. */
  readonly matched: number;
  /** Sorted by kind (CHANGE_KINDS order), then project id key, then column. */
  readonly changes: readonly Change[];
  readonly duplicates: readonly DuplicateId[];
  /** Changes per kind; every kind present, zero included. */
  readonly summary: Readonly<Record<ChangeKind, number>>;
  /** Rows with a blank project id on each side: they cannot be matched and are left out. */
  readonly withoutId: { readonly old: number; readonly new: number };
}
