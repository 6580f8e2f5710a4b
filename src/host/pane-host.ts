// PaneHost: everything the pane asks of its workbook, so one React pane runs in Excel and in the web workspace.
import { CheckResult } from "../app/check";
import { CompareResult } from "../app/compare";
import { OutputSelection, Round } from "../app/report";
import { Finding, Lang, LocalText } from "../core/findings";
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

export interface ConsolidateResult extends WriteResult {
  /** Files read, with the tracker sheet and row count of each. */
  readonly files: readonly { readonly name: string; readonly sheet: string; readonly rows: number }[];
  /** Files that could not be used, with the reason. */
  readonly skipped: readonly { readonly name: string; readonly problem: LocalText }[];
  /** Findings of the duplicate rules across all files. */
  readonly duplicates: readonly Finding[];
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
  insert(selection: OutputSelection, opts: InsertOptions, progress?: ProgressFn): Promise<WriteResult>;
  selectCell(cell: CellRef): Promise<void>;
  /** Activates a generated sheet (its A1 cell). */
  activateSheet(name: string): Promise<void>;
  /** Fills the given cells; says how many were highlighted and what was limited (e.g. too many cells). */
  highlight(cells: readonly CellRef[]): Promise<HighlightResult>;
  clearHighlight(): Promise<void>;
  makeTemplate(lang: Lang): Promise<WriteResult>;
  consolidate(files: readonly File[], lang: Lang, progress?: ProgressFn): Promise<ConsolidateResult>;
  /** Compares the earlier tracker file (OLD) with this workbook's tracker (NEW). */
  compare(earlier: File, choice?: TrackerChoice): Promise<CompareResult>;
  /** Writes the comparison sheet (into the workbook, or a new workbook to download). */
  insertComparison(result: CompareResult, lang: Lang): Promise<WriteResult>;
}
