// A PaneHost for jsdom tests: the real engine (checkSources, writeReport) over an in-memory tracker.
import { CheckResult, checkSources } from "../../src/app/check";
import { COMPARE_MARK, CompareResult, compareDocs, compareSources } from "../../src/app/compare";
import { openEarlierTracker } from "../../src/host/compare-files";
import { OutputSelection, localToday, writeReport } from "../../src/app/report";
import { CellValue } from "../../src/core/cell";
import { Lang } from "../../src/core/findings";
import { SheetDoc } from "../../src/core/outputs/sheet-doc";
import { GeneratedMark, ProgressFn, SheetInfo, WorkbookTarget, WrittenSheet } from "../../src/core/port";
import { COLUMN_KEYS, ColumnKey, TEMPLATE_HEADERS } from "../../src/core/tracker/columns";
import { consolidateMark, detectIn } from "../../src/host/detection";
import { consolidateOpened, openTrackerFiles } from "../../src/host/uploads";
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
} from "../../src/host/pane-host";
import { MemorySheet, MemorySource } from "../../src/workbook/memory/source";

export type TrackerRow = Partial<Record<ColumnKey, CellValue>>;

/** A sheet laid out like the template: a title row, Thai headers on row 2, one project per row. */
export function trackerSheet(name: string, rows: TrackerRow[]): MemorySheet {
  const header = COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k].th);
  const data = rows.map((r) => COLUMN_KEYS.map((k) => r[k] ?? null));
  return { name, values: [["ตารางติดตามโครงการ ปีงบประมาณ 2569"], header, ...data] };
}

/** Hostile text that must show as text, never as markup. */
export const MARKUP_NAME = "<img src=x onerror=alert(1)>";

export function project(id: string, overrides: TrackerRow = {}): TrackerRow {
  return {
    project_id: id,
    project_name: `โครงการ ${id}`,
    department: "DOE",
    project_type: "โครงการประจำปีงบประมาณ",
    fiscal_year: 2569,
    budget_code: "12345678901234567890",
    budget: 1_000_000,
    strategy: 3,
    master_plan: 11,
    sub_plan: "1104",
    q1_progress: 40,
    q1_disbursed: 100_000,
    ...overrides,
  };
}

/** Five projects in three departments: one with a bad master plan, one duplicate id, one with markup in its name. */
export function sampleRows(): TrackerRow[] {
  return [
    project("P-001", { q1_progress: 40 }),
    project("P-002", { department: "DSD", q1_progress: 60, budget_code: "22345678901234567890" }),
    project("P-003", { department: "SSO", master_plan: 99, budget_code: "32345678901234567890" }),
    project("P-001", { project_name: "โครงการซ้ำ", budget_code: "42345678901234567890" }),
    project("P-005", { project_name: MARKUP_NAME, department: "DSD", q1_progress: 20, budget_code: "52345678901234567890" }),
  ];
}

/** Records what the pane wrote: docs per call, as a target would receive them. */
export class RecordingTarget implements WorkbookTarget {
  readonly writes: { docs: readonly SheetDoc[]; mark: Omit<GeneratedMark, "key"> }[] = [];
  async listSheets(): Promise<SheetInfo[]> {
    return [];
  }
  async writeGenerated(docs: readonly SheetDoc[], mark: Omit<GeneratedMark, "key">, progress?: ProgressFn): Promise<WrittenSheet[]> {
    this.writes.push({ docs, mark });
    docs.forEach((d, i) => progress?.(i + 1, docs.length, d.name));
    return docs.map((d) => ({ key: d.key, name: d.name, charts: d.charts.length, replaced: false }));
  }
}

export class FakeHost implements PaneHost {
  readonly label = "test.xlsx";
  readonly selected: CellRef[] = [];
  readonly highlighted: CellRef[][] = [];
  readonly activated: string[] = [];
  readonly target = new RecordingTarget();
  cleared = 0;
  /** Set to make the next call of that method fail (the pane must show the failure). */
  failNext: { method: keyof PaneHost; error: unknown } | null = null;

  constructor(
    readonly source: MemorySource,
    readonly capabilities: HostCapabilities = { navigate: true, highlight: true, output: "insert" },
  ) {}

  static withRows(rows: TrackerRow[] = sampleRows(), capabilities?: HostCapabilities): FakeHost {
    return new FakeHost(new MemorySource("test.xlsx", [trackerSheet("โครงการ", rows), { name: "Notes", values: [["notes"]] }]), capabilities);
  }

  private maybeFail(method: keyof PaneHost): void {
    if (this.failNext?.method !== method) return;
    const { error } = this.failNext;
    this.failNext = null;
    throw error;
  }

  async detect(choice: TrackerChoice = {}): Promise<Detection> {
    this.maybeFail("detect");
    return detectIn(this.source, choice);
  }

  async check(choice: TrackerChoice = {}): Promise<CheckResult> {
    this.maybeFail("check");
    return checkSources([this.source], choice);
  }

  async insert(selection: OutputSelection, opts: InsertOptions, progress?: ReportProgress): Promise<WriteResult> {
    this.maybeFail("insert");
    progress?.({ phase: "check", done: 0, total: 1 });
    const check = await checkSources([this.source], opts);
    const report = { lang: opts.lang, round: opts.round, today: localToday(), include: selection, trackerInSameWorkbook: true };
    return { sheets: await writeReport(this.target, check, report, sheetSteps(progress)), notes: [] };
  }

  async selectCell(cell: CellRef): Promise<void> {
    this.maybeFail("selectCell");
    this.selected.push(cell);
  }

  async activateSheet(name: string): Promise<void> {
    this.activated.push(name);
  }

  async highlight(cells: readonly CellRef[]): Promise<HighlightResult> {
    this.highlighted.push([...cells]);
    return { cells: cells.length, notes: [] };
  }

  async clearHighlight(): Promise<void> {
    this.cleared++;
  }

  async makeTemplate(_lang: Lang): Promise<WriteResult> {
    this.maybeFail("makeTemplate");
    return { sheets: [], notes: [] };
  }

  /** The real reading and consolidation; the master sheets go to the recording target. */
  async consolidate(files: readonly File[], lang: Lang, progress?: ProgressFn, options?: ConsolidateOptions): Promise<ConsolidateResult> {
    this.maybeFail("consolidate");
    const opened = await openTrackerFiles(files, progress);
    const result = await consolidateOpened(opened, lang, options);
    if (!result) return { sheets: [], notes: [], files: [], skipped: opened.skipped, duplicates: [] };
    const sheets = await this.target.writeGenerated(result.docs, consolidateMark(result.check), progress);
    return { ...result.summary, sheets, notes: [] };
  }

  /** The real comparison of the picked file with this in-memory tracker. */
  async compare(earlier: File, choice: TrackerChoice = {}): Promise<CompareResult> {
    this.maybeFail("compare");
    return compareSources([await openEarlierTracker(earlier)], [this.source], { newSheet: choice.sheet });
  }

  async insertComparison(result: CompareResult, lang: Lang): Promise<WriteResult> {
    this.maybeFail("insertComparison");
    return { sheets: await this.target.writeGenerated(compareDocs(result, lang, true), COMPARE_MARK), notes: [] };
  }
}
