// Use case "check": load the trackers of one or more workbooks, apply the reference override, analyse.
import { AnalyseOptions, analyse } from "../core/analyse";
import { Analysis } from "../core/figures/types";
import { WorkbookSource } from "../core/port";
import { Reference, loadDefaultReference } from "../core/reference";
import { loadReferenceOverride } from "./reference-override";
import { LoadedTable, Pause, loadTable } from "../core/tracker/load";
import { TrackerLayout } from "../core/tracker/types";
import { countPrintedRows } from "../core/table/printed-rows";

export interface CheckOptions extends AnalyseOptions {
  /** Sheet to read in every workbook; default: the best-matching sheet of each. */
  readonly sheet?: string;
  /** Reference data; default: the built-in one, overridden by a reference sheet in the first workbook that has one. */
  readonly reference?: Reference;
  /** Awaited between blocks of rows and before the rules (see Pause): the web workspace stays responsive. */
  readonly pause?: Pause;
}

export interface TrackerSummary {
  readonly layout: TrackerLayout;
  /** Project rows read from this tracker (not blank, section or total rows). */
  readonly rows: number;
  /** Section (heading) and total rows of a printed layout: not projects (SPEC §2). */
  readonly sectionRows: number;
  readonly totalRows: number;
  /** Project rows in hidden rows (read like any other). */
  readonly hiddenRows: number;
  /** What the host could not read of the layout (e.g. merged cells on Excel before ExcelApi 1.13). */
  readonly unread: readonly ("merges" | "formulas" | "hiddenRows")[];
}

export interface CheckResult {
  readonly trackers: readonly TrackerSummary[];
  readonly reference: Reference;
  /** Where the reference came from: "built-in" or "<file> › <sheet>". */
  readonly referenceSource: string;
  readonly analysis: Analysis;
}

/** One summary per tracker read into the table (one table source per tracker, in the same order). */
export function trackerSummaries(loaded: LoadedTable): TrackerSummary[] {
  const { table } = loaded;
  const counts = countPrintedRows(table.printed, table.sourceOf, table.sources.length);
  return loaded.layouts.map((layout, t) => ({
    layout,
    rows: loaded.rowCounts[t],
    sectionRows: counts.sections[t],
    totalRows: counts.totals[t],
    hiddenRows: counts.hidden[t],
    unread: loaded.unread[t],
  }));
}

export async function checkSources(sources: readonly WorkbookSource[], opts: CheckOptions = {}): Promise<CheckResult> {
  const override = opts.reference ? null : await loadReferenceOverride(sources, loadDefaultReference());
  const reference = opts.reference ?? override?.reference ?? loadDefaultReference();
  const loaded = await loadTable(sources, reference, { sheet: opts.sheet, skipSheet: override?.isReferenceSheet, pause: opts.pause });
  await opts.pause?.();
  const analysis = analyse(loaded.table, reference, opts);
  return {
    trackers: trackerSummaries(loaded),
    reference,
    referenceSource: override?.source ?? "built-in",
    analysis,
  };
}
