// PaneHost: everything the pane asks of its workbook, so one React pane runs in Excel and in the web workspace.
import { CheckResult } from "../app/check";
import { CompareResult } from "../app/compare";
import { OutputSelection, Round } from "../app/output-selection";
import { Finding, Lang, LocalText } from "../core/findings";
import { GeneratedRun } from "../core/outputs/runs";
import { ProgressFn, WrittenSheet } from "../core/port";
import { Quarter } from "../core/tracker/columns";

/** The tracker the host found, summarised for the tracker panel. */
export interface TrackerInfo {
  readonly file: string;
  readonly sheet: string;
  /** First header row (1-based). */
  readonly headerRow: number;
  /** Non-blank data rows. */
  readonly rows: number;
  /** Fiscal year the figures default to (most frequent valid year), or null. */
  readonly fiscalYear: number | null;
  /** Quarter the figures default to. */
  readonly quarter: Quarter;
  /** Valid fiscal years found in the rows, newest first (choices for the FY picker). */
  readonly fiscalYears: readonly number[];
  /** Name of the Excel table holding the tracker, if any. */
  readonly table: string | null;
}

export interface Detection {
  /** Sheets the user may pick as the tracker (visible, not generated reports). */
  readonly sheets: readonly string[];
  /** The tracker found, or null with `problem` saying why. */
  readonly tracker: TrackerInfo | null;
  readonly problem: LocalText | null;
  /** Why there is no tracker: a sheet that lacks a required column is named as such, not as "no tracker". */
  readonly problemKind?: "no-tracker" | "missing-columns" | "no-sheet" | "unreadable";
}

/** What the user chose in the tracker panel; unset = the engine's default. */
export interface TrackerChoice {
  readonly sheet?: string;
  readonly fiscalYear?: number;
  readonly quarter?: Quarter;
}

export interface InsertOptions extends TrackerChoice {
  readonly lang: Lang;
  readonly round: Round;
}

/** A file the host offers for download (web workspace) instead of writing into an open workbook. */
export interface DownloadFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface WriteResult {
  readonly sheets: readonly WrittenSheet[];
  /** Present when the result is a new workbook to save rather than sheets in the open one. */
  readonly download?: DownloadFile;
  /** Features that degraded (e.g. page layout not supported by this Excel), in plain Thai and English. */
  readonly notes: readonly LocalText[];
}

/** One department file that went into a consolidation. */
export interface ConsolidatedFile {
  readonly name: string;
  readonly sheet: string;
  readonly rows: number;
  /** The file's own most frequent fiscal year, or null. */
  readonly fiscalYear: number | null;
}

export interface ConsolidateResult extends WriteResult {
  /** Files read, with the tracker sheet and row count of each. */
  readonly files: readonly ConsolidatedFile[];
  /** Files that could not be used, with the reason. */
  readonly skipped: readonly { readonly name: string; readonly problem: LocalText }[];
  /** Findings of the duplicate rules across all files. */
  readonly duplicates: readonly Finding[];
}

/** One honest step of making a report, for its progress label. */
export interface ReportStep {
  readonly phase: "read" | "check" | "sheet" | "pack";
  /** Sheets built so far and in all (phase "sheet"); 0 of 1 otherwise. */
  readonly done: number;
  readonly total: number;
  /** The sheet being built (phase "sheet"). */
  readonly sheet?: string;
}

export type ReportProgress = (step: ReportStep) => void;

/** Adapts the WorkbookTarget's per-sheet progress to report steps (the last call, label "", means packing). */
export function sheetSteps(progress: ReportProgress | undefined): ProgressFn | undefined {
  if (!progress) return undefined;
  return (done, total, label) => progress(done >= total ? { phase: "pack", done: 0, total: 1 } : { phase: "sheet", done, total, sheet: label });
}

export interface ConsolidateOptions {
  /** Fiscal year of the master tracker (the user's choice when the files differ); default the most frequent. */
  readonly fiscalYear?: number;
}

/** A cell to point at: its sheet and A1 address. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

export interface HighlightResult {
  readonly cells: number;
  readonly notes: readonly LocalText[];
}

/** What this host can do; the pane hides what it cannot. */
export interface HostCapabilities {
  /** Findings can select their cell; generated sheets can be activated. */
  readonly navigate: boolean;
  /** Problem cells can be filled and restored. */
  readonly highlight: boolean;
  /** Results go into the open workbook ("insert") or into a new file to download. */
  readonly output: "insert" | "download";
}

export interface PaneHost {
  readonly capabilities: HostCapabilities;
  /** Name of the open workbook, shown in the tracker panel. */
  readonly label: string;
  detect(choice?: TrackerChoice): Promise<Detection>;
  check(choice?: TrackerChoice): Promise<CheckResult>;
  insert(selection: OutputSelection, opts: InsertOptions, progress?: ReportProgress): Promise<WriteResult>;
  selectCell(cell: CellRef): Promise<void>;
  /** Activates a generated sheet (its A1 cell). */
  activateSheet(name: string): Promise<void>;
  /** Fills the given cells; says how many were highlighted and what was limited (e.g. too many cells). */
  highlight(cells: readonly CellRef[]): Promise<HighlightResult>;
  clearHighlight(): Promise<void>;
  makeTemplate(lang: Lang): Promise<WriteResult>;
  consolidate(files: readonly File[], lang: Lang, progress?: ProgressFn, options?: ConsolidateOptions): Promise<ConsolidateResult>;
  /** Compares the earlier tracker file (OLD) with this workbook's tracker (NEW). */
  compare(earlier: File, choice?: TrackerChoice): Promise<CompareResult>;
  /** Writes the comparison sheet (into the workbook, or a new workbook to download). */
  insertComparison(result: CompareResult, lang: Lang): Promise<WriteResult>;
  /**
   * Reads the workbook again before a check or "look again" (a file read into the browser is a copy:
   * the planner may have fixed it since). Hosts over a live workbook (Excel) have nothing to do.
   */
  reload?(): Promise<void>;
  /** Runs of generated sheets in the open workbook (absent where results are downloads, not inserts). */
  listRuns?(): Promise<GeneratedRun[]>;
  /** Deletes exactly the sheets of one run (Excel cannot undo an add-in's writes); returns their names. */
  removeRun?(id: string): Promise<string[]>;
}
