// Plan targets of a quarter (SPEC §4) and the project lists named beside them (behind plan, not reported).
import { Reference } from "../reference";
import { RowTable } from "../table/row-table";
import { Quarter } from "../tracker/columns";
import { PlanTargets, ProjectLine } from "./types";

/** The reference's cumulative targets due by the end of quarter Q, and where they were set. */
export function planTargets(reference: Reference, quarter: Quarter): PlanTargets {
  const targets = reference.data.quarter_targets;
  return {
    quarter,
    progress_pct: targets.progress[quarter - 1],
    disbursement_pct: targets.disbursement[quarter - 1],
    source: reference.targetsSource,
  };
}

/** Table positions of one department's rows behind plan and not reported, gathered in one pass. */
export class PlanLists {
  readonly behind: number[] = [];
  readonly notReported: number[] = [];
}

/**
 * The rows at `positions` as named lines. Made when first read: the figures need only the counts,
 * and a large tracker with few reports would otherwise build thousands of lines nobody shows.
 */
export function lazyLines(table: RowTable, positions: readonly number[], quarter: Quarter): () => readonly ProjectLine[] {
  let lines: readonly ProjectLine[] | null = null;
  return () =>
    (lines ??= positions.map((at) => {
      const progress = table.resolved.progress[quarter - 1][at];
      return {
        projectId: table.resolved.projectId[at] ?? "",
        projectName: table.resolved.projectName[at] ?? "",
        progress: progress === progress ? progress : null,
        file: table.file(at),
        sheet: table.sheet(at),
        row: table.rowNumber[at],
      };
    }));
}
