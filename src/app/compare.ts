// Use case "compare": read an OLD and a NEW tracker like any tracker, match projects by id, list what changed.
import { compareTrackers } from "../core/compare/diff";
import { CHANGE_KINDS, Comparison } from "../core/compare/types";
import { Lang } from "../core/findings";
import { buildCompareDoc } from "../core/outputs/compare";
import { SheetDoc } from "../core/outputs/sheet-doc";
import { GeneratedMark, WorkbookSource } from "../core/port";
import { Reference, loadDefaultReference } from "../core/reference";
import { Pause, loadTable } from "../core/tracker/load";
import { TrackerSummary, trackerSummaries } from "./check";
import { loadReferenceOverride } from "./reference-override";

export interface CompareOptions {
  /** Reference data; default: the built-in one, overridden by a reference sheet in NEW, else in OLD. */
  readonly reference?: Reference;
  /** Sheet of NEW to read (the pane's choice); default: the best-matching sheet. OLD is always detected. */
  readonly newSheet?: string;
  /** Awaited between blocks of rows (see Pause): files read from memory would otherwise hold the page. */
  readonly pause?: Pause;
}

export interface CompareResult {
  readonly old: readonly TrackerSummary[];
  readonly new: readonly TrackerSummary[];
  readonly comparison: Comparison;
}

/** Both sides are resolved against one reference, so a code means the same thing on each. */
export async function compareSources(
  oldSources: readonly WorkbookSource[],
  newSources: readonly WorkbookSource[],
  opts: CompareOptions = {},
): Promise<CompareResult> {
  const override = opts.reference ? null : await loadReferenceOverride([...newSources, ...oldSources], loadDefaultReference());
  const reference = opts.reference ?? override?.reference ?? loadDefaultReference();
  const detect = { skipSheet: override?.isReferenceSheet, pause: opts.pause };
  const oldLoaded = await loadTable(oldSources, reference, detect);
  const newLoaded = await loadTable(newSources, reference, { ...detect, sheet: opts.newSheet });
  return {
    old: trackerSummaries(oldLoaded),
    new: trackerSummaries(newLoaded),
    comparison: compareTrackers(oldLoaded.table, newLoaded.table),
  };
}

/** The comparison sheet; `trackerInSameWorkbook`: NEW is the workbook the sheet goes into (cells link). */
export function compareDocs(result: CompareResult, lang: Lang, trackerInSameWorkbook: boolean): SheetDoc[] {
  const sides = (trackers: readonly TrackerSummary[]) => trackers.map((t) => ({ file: t.layout.file, sheet: t.layout.sheet, rows: t.rows }));
  const input = { old: sides(result.old), new: sides(result.new), comparison: result.comparison };
  return [buildCompareDoc(input, { lang, trackerInSameWorkbook })];
}

/** One run key for every comparison: comparing again replaces the earlier comparison sheet. */
export const COMPARE_MARK: Omit<GeneratedMark, "key"> = { fiscalYear: 0, quarter: 0, round: "compare" };

const filesJson = (trackers: readonly TrackerSummary[]) =>
  trackers.map((t) => ({ path: t.layout.file, sheet: t.layout.sheet, rows: t.rows }));

/**
 * The `compare --json` document of SPEC §6. `duplicates` is an addition the SPEC does not name:
 * ids found on several rows of one side (the first row is the one compared), with their id cells.
 */
export function compareJson(result: CompareResult) {
  const { comparison } = result;
  return {
    old: { files: filesJson(result.old) },
    new: { files: filesJson(result.new) },
    matched: comparison.matched,
    changes: comparison.changes.map((c) => ({
      kind: c.kind,
      project_id: c.projectId,
      column: c.column,
      old_value: c.oldValue,
      new_value: c.newValue,
      old_cell: c.oldCell?.cell ?? null,
      new_cell: c.newCell?.cell ?? null,
    })),
    summary: Object.fromEntries(CHANGE_KINDS.map((k) => [k, comparison.summary[k]])),
    duplicates: comparison.duplicates.map((d) => ({ side: d.side, project_id: d.projectId, cells: d.cells.map((p) => p.cell) })),
  };
}
