// Figures (SPEC §4): per department, cluster and ministry, with the per-quarter trend and linkage counts.
import { Finding } from "../findings";
import { Quarter } from "../tracker/columns";
import { RowTable } from "../table/row-table";
import { ProjectRow } from "../tracker/types";
import { TargetsSource } from "../reference";

/** One group's figures; JSON keys exactly as SPEC §6 `G`. Percentages keep full precision. */
export interface GroupFigures {
  /** Department code, cluster code, or "MINISTRY". */
  readonly code: string;
  readonly name_th: string;
  readonly name_en: string;
  readonly projects: number;
  readonly reported: number;
  readonly completed: number;
  readonly progress_pct: number | null;
  readonly weighted_progress_pct: number | null;
  readonly budget: number;
  readonly disbursed: number;
  readonly disbursement_pct: number | null;
  /** progress_pct for quarters 1…Q. */
  readonly trend: readonly (number | null)[];
  /** Reported included rows whose Q progress is below the plan's progress target of Q. */
  readonly behind_plan: number;
  /** The plan's cumulative disbursement target of Q, to read disbursement_pct against. */
  readonly disbursement_target_pct: number;
}

/** One project named in a list (behind plan, not reported): where it is and its Q progress. */
export interface ProjectLine {
  readonly projectId: string;
  readonly projectName: string;
  /** Q progress, or null when not reported. */
  readonly progress: number | null;
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

export interface DepartmentFigures extends GroupFigures {
  /** Cluster code, or null for a department outside every cluster. */
  readonly cluster: string | null;
  /** Included rows behind plan, in input order (made when first read). */
  readonly behindPlanProjects: readonly ProjectLine[];
  /** Included rows with no Q progress, in input order (made when first read). */
  readonly notReportedProjects: readonly ProjectLine[];
}

/** The plan targets of Q used by the figures, and where they were set. */
export interface PlanTargets {
  readonly quarter: Quarter;
  readonly progress_pct: number;
  readonly disbursement_pct: number;
  readonly source: TargetsSource;
}

/** Linkage map node counts: strategy → master plan → sub-plan, over included rows. */
export interface LinkageNode {
  readonly code: string;
  readonly name_th: string;
  readonly name_en: string;
  readonly projects: number;
  readonly budget: number;
  readonly children: readonly LinkageNode[];
  /** Rows directly under this node (sub-plan level, or master-plan level for rows with no sub-plan). */
  readonly rows: readonly ProjectRow[];
  /** How many rows sit directly under this node, and their Σ budget (no row objects made). */
  readonly ownProjects: number;
  readonly ownBudget: number;
  /** The first `limit` rows directly under this node, in input order (only those are made into objects). */
  firstRows(limit: number): readonly ProjectRow[];
}

/** Why rows were left out of the figures. */
export interface Exclusions {
  /** Rows of another fiscal year (or with no valid year). */
  readonly otherYear: number;
  /** Rows of the fiscal year with at least one error-severity finding. */
  readonly withErrors: number;
}

export interface Figures {
  readonly fiscalYear: number | null;
  readonly quarter: Quarter;
  /** ISO date (Gregorian) of the quarter's report deadline, or null when fiscalYear is null. */
  readonly deadline: string | null;
  readonly rows: number;
  readonly includedRows: number;
  readonly excludedRows: number;
  /** Included rows that are hidden in their sheet (a filter does not change the figures: SPEC §2). */
  readonly hiddenRows: number;
  readonly exclusions: Exclusions;
  readonly departments: readonly DepartmentFigures[];
  readonly clusters: readonly GroupFigures[];
  readonly ministry: GroupFigures;
  /** The quarter's plan targets behind behind_plan and disbursement_target_pct. */
  readonly targets: PlanTargets;
  readonly linkage: readonly LinkageNode[];
}

/** The whole analysis of pooled trackers: rows, findings, and the figures derived from them. */
export interface Analysis {
  /** The pooled rows by column (what the rules and figures read). */
  readonly table: RowTable;
  /** The pooled rows as objects (made from the table on first read). */
  readonly rows: readonly ProjectRow[];
  readonly findings: readonly Finding[];
  readonly figures: Figures;
  /** Rows included in the figures (fiscal year = FY, no error finding). */
  readonly included: readonly ProjectRow[];
  /** The same rows as positions in `table`, in input order (reading them makes no row objects). */
  readonly includedAt: ArrayLike<number>;
}
