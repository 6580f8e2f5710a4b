// The tracker model: where a tracker sits in its sheet, and its project rows with every field read.
import { CellValue } from "../cell";
import { DepartmentRef } from "../reference";
import { Parsed } from "../values";
import { ColumnKey } from "./columns";

export interface TrackerColumn {
  readonly key: ColumnKey;
  /** 1-based worksheet column. */
  readonly column: number;
  /** Header text as read (group title + sub-header for two-row headers). */
  readonly header: string;
}

/** Where a tracker sits: header row(s), data rows, found and unknown columns. */
export interface TrackerLayout {
  readonly file: string;
  readonly sheet: string;
  /** First header row (1-based). */
  readonly headerRow: number;
  /** 1, or 2 for a group title above sub-headers. */
  readonly headerRows: 1 | 2;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly lastColumn: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, TrackerColumn>>>;
  /** Columns with headers the product does not know: ignored and preserved. */
  readonly unknownColumns: readonly { readonly column: number; readonly header: string }[];
  /** Name of the Excel table whose data rows are the tracker, if any. */
  readonly table: string | null;
  /** How many known headers matched (used to pick the best sheet). */
  readonly score: number;
}

export type ProjectType = "annual" | "big_rock" | "quick_win" | "level3";
export const PROJECT_TYPES: readonly ProjectType[] = ["annual", "big_rock", "quick_win", "level3"];

/** One field of one row: the raw cell, where it is, and how it reads. */
export interface Field<T> {
  readonly key: ColumnKey;
  /** A1 address, or null when the tracker has no such column. */
  readonly cell: string | null;
  readonly raw: CellValue;
  /** The cell's number format ("General" when absent). */
  readonly format: string;
  readonly parsed: Parsed<T>;
}

export type CodeOrName = number | { readonly name: string };

/** Fields read from the cells, before any decision on validity. */
export interface RowFields {
  readonly project_id: Field<string>;
  readonly project_name: Field<string>;
  readonly department: Field<string>;
  readonly division: Field<string>;
  readonly project_type: Field<string>;
  readonly fiscal_year: Field<number>;
  readonly budget_code: Field<string>;
  readonly budget: Field<number>;
  readonly strategy: Field<CodeOrName>;
  readonly master_plan: Field<CodeOrName>;
  readonly sub_plan: Field<string>;
  readonly reform_area: Field<CodeOrName>;
  /** Index 0..3 = Q1..Q4. */
  readonly progress: readonly Field<number>[];
  readonly disbursed: readonly Field<number>[];
  readonly remarks: Field<string>;
}

/**
 * Values resolved against the reference, undefined where the cell is blank or unusable.
 * Rules decide what is wrong; figures use only these.
 */
export interface Resolved {
  readonly projectId?: string;
  /**
   * The id as rows are compared by (folded, every whitespace removed), so `p 001` and `P001` are
   * one id; undefined for a blank id. Worked out once here since three rules compare ids.
   */
  readonly idKey?: string;
  readonly projectName?: string;
  readonly department?: DepartmentRef;
  readonly type: ProjectType;
  /** Known type label? false when the cell held text that names no project type. */
  readonly typeKnown: boolean;
  /** Buddhist Era fiscal year (CE years converted), when in the accepted ranges. */
  readonly fiscalYear?: number;
  readonly fiscalYearWasCe: boolean;
  readonly budgetCode?: string;
  readonly budget?: number;
  readonly strategy?: number;
  readonly masterPlan?: number;
  /** Digits of the sub-plan code (4 or 6 expected). */
  readonly subPlan?: string;
  readonly reformArea?: number;
  /** Q1..Q4 progress in percent units. */
  readonly progress: readonly (number | undefined)[];
  readonly disbursed: readonly (number | undefined)[];
  readonly remarks?: string;
}

export interface ProjectRow {
  readonly file: string;
  readonly sheet: string;
  /** Worksheet row number. */
  readonly row: number;
  /** Position among all pooled rows (input order). */
  readonly index: number;
  readonly fields: RowFields;
  readonly resolved: Resolved;
}

/** Thrown for an unusable tracker (no tracker, missing required column): one plain message. */
export class TrackerError extends Error {
  constructor(
    readonly file: string,
    readonly code: "no-tracker" | "missing-columns" | "no-sheet" | "unreadable",
    readonly th: string,
    readonly en: string,
  ) {
    super(`${file}: ${en}`);
  }
}
