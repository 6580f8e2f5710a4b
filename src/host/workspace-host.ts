// PaneHost for the web workspace: a local .xlsx read in the browser; results are new workbooks to download.
import { checkSources } from "../app/check";
import { COMPARE_MARK, CompareResult, compareDocs, compareSources } from "../app/compare";
import { OutputSelection, localToday, writeReport } from "../app/report";
import { templateDocs } from "../app/template";
import { Lang } from "../core/findings";
import { ProgressFn, WorkbookSource } from "../core/port";
import { TEMPLATE_MARK, consolidateMark, detectIn } from "./detection";
import { CellRef, ConsolidateResult, Detection, HighlightResult, HostCapabilities, InsertOptions, PaneHost, TrackerChoice, WriteResult } from "./pane-host";
import { consolidateOpened, loadXlsxAdapter, openTrackerFiles } from "./uploads";
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

function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "").replace(/[\\/:*?"<>|]+/g, "-") || "tracker";
}

export class WorkspaceHost implements PaneHost {
  readonly capabilities: HostCapabilities = { navigate: false, highlight: false, output: "download" };
  private source: WorkbookSource | null = null;

  get label(): string {
    return this.source?.label ?? "";
  }

  /** Reads an .xlsx chosen from disk (or the sample); throws XlsxReadError (th/en) when unusable. */
  async open(bytes: Uint8Array, fileName: string): Promise<void> {
    const { openXlsx } = await loadXlsxAdapter();
    this.source = await openXlsx(bytes, fileName);
  }

  private opened(): WorkbookSource {
    if (!this.source) throw new NoWorkbookError();
    return this.source;
  }

  async detect(choice: TrackerChoice = {}): Promise<Detection> {
    return detectIn(this.opened(), choice);
  }

  async check(choice: TrackerChoice = {}) {
    return checkSources([this.opened()], choice);
  }

  async insert(selection: OutputSelection, opts: InsertOptions, progress?: ProgressFn): Promise<WriteResult> {
    const check = await checkSources([this.opened()], opts);
    const { createXlsxTarget } = await loadXlsxAdapter();
    const target = createXlsxTarget();
    const report = { lang: opts.lang, round: opts.round, today: localToday(), include: selection, trackerInSameWorkbook: false };
    const sheets = await writeReport(target, check, report, progress);
    const { fiscalYear, quarter } = check.analysis.figures;
    const run = opts.round === "import" ? "import" : `Q${quarter}`;
    const fileName = `${baseName(this.label)}-report-${fiscalYear ?? "FY"}-${run}.xlsx`;
    return { sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
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
    const { createXlsxTarget } = await loadXlsxAdapter();
    const target = createXlsxTarget();
    const sheets = await target.writeGenerated(templateDocs(lang), TEMPLATE_MARK);
    const fileName = lang === "th" ? "แบบฟอร์มติดตามโครงการ.xlsx" : "project-tracker-template.xlsx";
    return { sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
  }

  async consolidate(files: readonly File[], lang: Lang, progress?: ProgressFn): Promise<ConsolidateResult> {
    const opened = await openTrackerFiles(files, progress);
    const result = await consolidateOpened(opened, lang);
    if (!result) return { sheets: [], notes: [], files: [], skipped: opened.skipped, duplicates: [] };
    const { createXlsxTarget } = await loadXlsxAdapter();
    const target = createXlsxTarget();
    const sheets = await target.writeGenerated(result.docs, consolidateMark(result.check), progress);
    const fileName = `consolidated-${result.check.analysis.figures.fiscalYear ?? "FY"}.xlsx`;
    return { ...result.summary, sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
  }

  async compare(earlier: File, choice: TrackerChoice = {}): Promise<CompareResult> {
    const current = this.opened();
    return compareSources([await openEarlierTracker(earlier)], [current], { newSheet: choice.sheet });
  }

  /** A new workbook holding the comparison sheet, to download (the open file is never rewritten). */
  async insertComparison(result: CompareResult, lang: Lang): Promise<WriteResult> {
    const { createXlsxTarget } = await loadXlsxAdapter();
    const target = createXlsxTarget();
    const sheets = await target.writeGenerated(compareDocs(result, lang, false), COMPARE_MARK);
    const fileName = `${baseName(this.label)}-compare.xlsx`;
    return { sheets, notes: [], download: { fileName, bytes: await target.toBuffer() } };
  }
}
