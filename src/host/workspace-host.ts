// PaneHost for the web workspace: a local .xlsx read in the browser (again before each check); results are new workbooks to download.
import { checkSources } from "../app/check";
import type { CompareResult } from "../app/compare";
import { OutputSelection, localToday } from "../app/output-selection";
import { Lang } from "../core/findings";
import { ProgressFn, WorkbookSource } from "../core/port";
import { TEMPLATE_MARK, consolidateMark, detectIn } from "./detection";
import {
  CellRef,
  ConsolidateOptions,
  ConsolidateResult,
  Detection,
  HighlightResult,
  HostCapabilities,
  InsertOptions,
  PaneHost,
  ReportProgress,
  TrackerChoice,
  WriteResult,
} from "./pane-host";
import type { ReportJob, ReportOutcome } from "./report/job";
import { baseName } from "./file-names";
import { consolidateOpened, loadXlsxAdapter, openTrackerFiles } from "./uploads";
import { MACROTASK_PAUSE } from "./pause";
import { openEarlierTracker } from "./compare-files";

/** Thrown when an action needs an open workbook and none is open yet. */
export class NoWorkbookError extends Error {
  readonly th = "ยังไม่ได้เปิดไฟล์ กรุณาเลือกไฟล์ .xlsx หรือเปิดไฟล์ตัวอย่าง";
  readonly en = "No file is open yet: choose an .xlsx file or open the sample tracker.";
  constructor() {
    super("no workbook open");
  }
}

/** Thrown for actions that need Excel (selecting cells, highlighting). */
export class NeedsExcelError extends Error {
  readonly th = "ทำได้เฉพาะใน Excel";
  readonly en = "This needs Excel.";
  constructor() {
    super("needs Excel");
  }
}

/** The browser refused to read the chosen file again (Chromium does once the file changed on disk). */
export class FileChangedError extends Error {
  readonly th: string;
  readonly en: string;
  constructor(fileName: string) {
    super(`${fileName} could not be read again`);
    this.th = `ไฟล์ ${fileName} ถูกแก้ไขหลังจากเปิด เบราว์เซอร์จึงไม่ยอมอ่านซ้ำ กรุณากด “เปิดไฟล์อื่น” แล้วเลือกไฟล์นี้อีกครั้ง`;
    this.en = `${fileName} changed after it was opened and this browser will not read it again: choose “Open another file” and pick it again.`;
  }
}

/** When and what was read: the workspace shows it beside the file name. */
export interface FileRead {
  readonly fileName: string;
  readonly readAt: Date;
}

/** Reads the bytes of the open file afresh (the File from the picker, or the sample from the server). */
export type Reread = () => Promise<Uint8Array>;

export class WorkspaceHost implements PaneHost {
  readonly capabilities: HostCapabilities = { navigate: false, highlight: false, output: "download" };
  /** Called after every read of the open file (the shell shows the time). */
  onRead: ((read: FileRead) => void) | null = null;
  private source: WorkbookSource | null = null;
  private bytes: Uint8Array | null = null;
  private fileName = "";
  private reread: Reread | null = null;

  get label(): string {
    return this.source?.label ?? "";
  }

  /** Reads an .xlsx chosen from disk (or the sample); throws XlsxReadError (th/en) when unusable. */
  async open(bytes: Uint8Array, fileName: string, reread?: Reread): Promise<void> {
    const { openXlsx } = await loadXlsxAdapter();
    this.source = await openXlsx(bytes, fileName);
    this.bytes = bytes;
    this.fileName = fileName;
    this.reread = reread ?? null;
    this.onRead?.({ fileName, readAt: new Date() });
  }

  /** Reads the open file again, so a check after fixing the file sees the fix. */
  async reload(): Promise<void> {
    if (!this.source || !this.reread) return;
    let bytes: Uint8Array;
    try {
      bytes = await this.reread();
    } catch (error) {
      if (error instanceof DOMException && error.name === "NotReadableError") throw new FileChangedError(this.fileName);
      throw error;
    }
    await this.open(bytes, this.fileName, this.reread);
  }

  private opened(): WorkbookSource {
    if (!this.source) throw new NoWorkbookError();
    return this.source;
  }

  // The file is in memory, so reading never waits: the pause between blocks keeps the page responsive.
  async detect(choice: TrackerChoice = {}): Promise<Detection> {
    return detectIn(this.opened(), { ...choice, pause: MACROTASK_PAUSE });
  }

  async check(choice: TrackerChoice = {}) {
    return checkSources([this.opened()], { ...choice, pause: MACROTASK_PAUSE });
  }

  /** The report is built in a Worker where there is one; otherwise here, pausing between steps. */
  async insert(selection: OutputSelection, opts: InsertOptions, progress?: ReportProgress): Promise<WriteResult> {
    this.opened();
    const job: ReportJob = { bytes: this.bytes!, fileName: this.fileName, selection, opts, today: localToday() };
    const report = progress ?? (() => undefined);
    let outcome: ReportOutcome;
    if (typeof Worker === "function") {
      const { runInWorker } = await import(/* webpackChunkName: "report-client" */ "./report/client");
      outcome = await runInWorker(job, report);
    } else {
      // The job brings the .xlsx writer: loaded on first use, like the rest of the adapter.
      const { runReportJob } = await import(/* webpackChunkName: "report-job" */ "./report/job");
      outcome = await runReportJob(job, report, MACROTASK_PAUSE);
    }
    return { sheets: outcome.sheets, notes: [], download: { fileName: outcome.fileName, bytes: outcome.bytes } };
  }

  async selectCell(_cell: CellRef): Promise<void> {
    throw new NeedsExcelError();
  }

  async activateSheet(_name: string): Promise<void> {
    throw new NeedsExcelError();
  }

  async highlight(_cells: readonly CellRef[]): Promise<HighlightResult> {
    throw new NeedsExcelError();
  }

  async clearHighlight(): Promise<void> {
    throw new NeedsExcelError();
  }

  async makeTemplate(lang: Lang): Promise<WriteResult> {
    // The template's builders load on first use, as in the Office host: the first screen never needs them.
    const [{ createXlsxTarget }, { templateDocs }] = await Promise.all([loadXlsxAdapter(), import(/* webpackChunkName: "template" */ "../app/template")]);
    const target = createXlsxTarget();
    const sheets = await target.writeGenerated(templateDocs(lang), TEMPLATE_MARK);
    const fileName = lang === "th" ? "แบบฟอร์มติดตามโครงการ.xlsx" : "project-tracker-template.xlsx";
    return { sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
  }

  async consolidate(files: readonly File[], lang: Lang, progress?: ProgressFn, options?: ConsolidateOptions): Promise<ConsolidateResult> {
    const opened = await openTrackerFiles(files, progress);
    const result = await consolidateOpened(opened, lang, options);
    if (!result) return { sheets: [], notes: [], files: [], skipped: opened.skipped, duplicates: [] };
    const { createXlsxTarget } = await loadXlsxAdapter();
    const target = createXlsxTarget();
    const sheets = await target.writeGenerated(result.docs, consolidateMark(result.check), progress);
    const fileName = `consolidated-${result.check.analysis.figures.fiscalYear ?? "FY"}.xlsx`;
    return { ...result.summary, sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
  }

  async compare(earlier: File, choice: TrackerChoice = {}): Promise<CompareResult> {
    const current = this.opened();
    const { compareSources } = await import(/* webpackChunkName: "compare" */ "../app/compare");
    return compareSources([await openEarlierTracker(earlier)], [current], { newSheet: choice.sheet, pause: MACROTASK_PAUSE });
  }

  /** A new workbook holding the comparison sheet, to download (the open file is never rewritten). */
  async insertComparison(result: CompareResult, lang: Lang): Promise<WriteResult> {
    const [{ createXlsxTarget }, { COMPARE_MARK, compareDocs }] = await Promise.all([loadXlsxAdapter(), import(/* webpackChunkName: "compare" */ "../app/compare")]);
    const target = createXlsxTarget();
    const sheets = await target.writeGenerated(compareDocs(result, lang, false), COMPARE_MARK);
    const fileName = `${baseName(this.label)}-compare.xlsx`;
    return { sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
  }
}
