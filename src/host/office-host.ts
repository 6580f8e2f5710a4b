// PaneHost inside Excel: each pane action is exactly one Excel.run over an OfficeWorkbook.
import { checkSources } from "../app/check";
import { MACROTASK_PAUSE } from "./pause";
import type { CompareResult } from "../app/compare";
import { OutputSelection, localToday } from "../app/output-selection";
import { Lang, LocalText } from "../core/findings";
import { GeneratedRun } from "../core/outputs/runs";
import { ProgressFn } from "../core/port";
import { OfficeWorkbook } from "../workbook/office/workbook";
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
  sheetSteps,
} from "./pane-host";
import { consolidateOpened, openTrackerFiles } from "./uploads";
import { openEarlierTracker } from "./compare-files";

/**
 * The report builders (summary, charts, memos, linkage map, validation), loaded when the user first
 * inserts: the pane's first screen does not need them. Loaded before Excel.run, so no request to
 * Excel waits on the network.
 */
function loadReport() {
  return import(/* webpackChunkName: "report" */ "../app/report");
}

/** Compare (matching, diff, the comparison sheet's builder), loaded when the user first compares; before Excel.run, like the report. */
function loadCompare() {
  return import(/* webpackChunkName: "compare" */ "../app/compare");
}

/** Degradations the adapter noted during its last write (e.g. page layout unsupported), both languages. */
function notesOf(workbook: OfficeWorkbook): LocalText[] {
  return workbook.lastNoteDetails.map((n) => ({ th: n.th, en: n.en }));
}

export class OfficeHost implements PaneHost {
  readonly capabilities: HostCapabilities = { navigate: true, highlight: true, output: "insert" };

  /** `label` names this workbook in findings, e.g. "สมุดงานนี้" / "This workbook". */
  constructor(readonly label: string) {}

  private run<T>(action: (workbook: OfficeWorkbook) => Promise<T>): Promise<T> {
    return Excel.run(async (context) => await action(new OfficeWorkbook(context, this.label)));
  }

  detect(choice: TrackerChoice = {}): Promise<Detection> {
    return this.run((wb) => detectIn(wb, choice));
  }

  check(choice: TrackerChoice = {}) {
    return this.run((wb) => checkSources([wb], choice));
  }

  async insert(selection: OutputSelection, opts: InsertOptions, progress?: ReportProgress): Promise<WriteResult> {
    const { writeReport } = await loadReport();
    return this.run(async (wb) => {
      progress?.({ phase: "check", done: 0, total: 1 });
      const check = await checkSources([wb], opts);
      const report = { lang: opts.lang, round: opts.round, today: localToday(), include: selection, trackerInSameWorkbook: true };
      const sheets = await writeReport(wb, check, report, sheetSteps(progress));
      return { sheets, notes: notesOf(wb) };
    });
  }

  selectCell(cell: CellRef): Promise<void> {
    return this.run((wb) => wb.selectCell(cell.sheet, cell.address));
  }

  activateSheet(name: string): Promise<void> {
    return this.run((wb) => wb.selectCell(name, "A1"));
  }

  highlight(cells: readonly CellRef[]): Promise<HighlightResult> {
    return this.run(async (wb) => ({ cells: await wb.highlight(cells), notes: notesOf(wb) }));
  }

  clearHighlight(): Promise<void> {
    return this.run((wb) => wb.clearHighlight());
  }

  async makeTemplate(lang: Lang): Promise<WriteResult> {
    const { templateDocs } = await import(/* webpackChunkName: "template" */ "../app/template");
    return this.run(async (wb) => {
      const sheets = await wb.writeGenerated(templateDocs(lang), TEMPLATE_MARK);
      return { sheets, notes: notesOf(wb) };
    });
  }

  listRuns(): Promise<GeneratedRun[]> {
    return this.run((wb) => wb.listRuns());
  }

  removeRun(id: string): Promise<string[]> {
    return this.run((wb) => wb.removeRun(id));
  }

  /** Files are read before Excel.run: the one Excel action is writing the master tracker. */
  async consolidate(files: readonly File[], lang: Lang, progress?: ProgressFn, options?: ConsolidateOptions): Promise<ConsolidateResult> {
    const opened = await openTrackerFiles(files, progress);
    const result = await consolidateOpened(opened, lang, options);
    if (!result) return { sheets: [], notes: [], files: [], skipped: opened.skipped, duplicates: [] };
    return this.run(async (wb) => {
      const sheets = await wb.writeGenerated(result.docs, consolidateMark(result.check), progress);
      return { ...result.summary, sheets, notes: notesOf(wb) };
    });
  }

  /** The earlier file is read before Excel.run: the one Excel action reads this workbook's tracker. */
  async compare(earlier: File, choice: TrackerChoice = {}): Promise<CompareResult> {
    const [{ compareSources }, old] = await Promise.all([loadCompare(), openEarlierTracker(earlier)]);
    // The earlier file is read from memory: pauses between its blocks keep the pane responsive.
    return this.run((wb) => compareSources([old], [wb], { newSheet: choice.sheet, pause: MACROTASK_PAUSE }));
  }

  async insertComparison(result: CompareResult, lang: Lang): Promise<WriteResult> {
    const { COMPARE_MARK, compareDocs } = await loadCompare();
    return this.run(async (wb) => {
      const sheets = await wb.writeGenerated(compareDocs(result, lang, true /* trackerInSameWorkbook */), COMPARE_MARK);
      return { sheets, notes: notesOf(wb) };
    });
  }
}
