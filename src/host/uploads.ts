// Reading department .xlsx files picked in the pane, and consolidating them; exceljs is loaded on first use.
import { CheckResult, checkSources } from "../app/check";
import { MACROTASK_PAUSE } from "./pause";
import { Lang, LocalText } from "../core/findings";
import { SheetDoc } from "../core/outputs/sheet-doc";
import { ProgressFn, WorkbookSource } from "../core/port";
import { detectTracker } from "../core/tracker/detect";
import { fiscalYearPerTracker, plainProblem } from "./detection";
import { ConsolidateOptions, ConsolidateResult, ConsolidatedFile } from "./pane-host";

/** The .xlsx adapter, split into its own chunk: the pane's first paint does not wait for exceljs. */
export async function loadXlsxAdapter() {
  const { openXlsx, createXlsxTarget } = await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx");
  return { openXlsx, createXlsxTarget };
}

/** A picked file's bytes; FileReader where Blob.arrayBuffer is missing (older Office web views). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export interface OpenedFiles {
  readonly sources: WorkbookSource[];
  readonly skipped: { readonly name: string; readonly problem: LocalText }[];
}

function unexpectedProblem(name: string, error: unknown): LocalText {
  const detail = error instanceof Error ? error.message : String(error);
  return { th: `อ่านไฟล์ ${name} ไม่ได้ (${detail})`, en: `could not read ${name} (${detail})` };
}

/** Opens each file and keeps those holding a tracker; the others are listed with the reason. */
export async function openTrackerFiles(files: readonly File[], progress?: ProgressFn): Promise<OpenedFiles> {
  const { openXlsx } = await loadXlsxAdapter();
  const sources: WorkbookSource[] = [];
  const skipped: OpenedFiles["skipped"] = [];
  for (const [i, file] of files.entries()) {
    progress?.(i, files.length, file.name);
    try {
      const source = await openXlsx(await readFileBytes(file), file.name);
      await detectTracker(source);
      sources.push(source);
    } catch (error) {
      skipped.push({ name: file.name, problem: plainProblem(error) ?? unexpectedProblem(file.name, error) });
    }
  }
  return { sources, skipped };
}

function filesOf(check: CheckResult): ConsolidatedFile[] {
  const years = fiscalYearPerTracker(check);
  return check.trackers.map((t, i) => ({ name: t.layout.file, sheet: t.layout.sheet, rows: t.rows, fiscalYear: years[i] }));
}

/** What consolidating these files would take in: each file's rows and fiscal year, and the files that hold no tracker. */
export async function inspectTrackerFiles(files: readonly File[]): Promise<{ files: ConsolidatedFile[]; skipped: OpenedFiles["skipped"] }> {
  const opened = await openTrackerFiles(files);
  if (opened.sources.length === 0) return { files: [], skipped: opened.skipped };
  return { files: filesOf(await checkSources(opened.sources, { pause: MACROTASK_PAUSE })), skipped: opened.skipped };
}

export interface Consolidation {
  readonly check: CheckResult;
  readonly docs: SheetDoc[];
  readonly summary: Omit<ConsolidateResult, "sheets" | "download" | "notes">;
}

/** Checks the opened trackers together (duplicates are found across files) and builds the master sheets. */
export async function consolidateOpened(opened: OpenedFiles, lang: Lang, options: ConsolidateOptions = {}): Promise<Consolidation | null> {
  if (opened.sources.length === 0) return null;
  // The master sheet's builder loads on first use: the pane's first screen does not consolidate.
  const { DUPLICATE_RULES, consolidateDocs } = await import(/* webpackChunkName: "consolidate" */ "../app/consolidate");
  // Uploaded files are read from memory: pauses between their blocks keep the page responsive.
  const check = await checkSources(opened.sources, { fiscalYear: options.fiscalYear, pause: MACROTASK_PAUSE });
  const { docs } = consolidateDocs(check, lang);
  return {
    check,
    docs,
    summary: {
      files: filesOf(check),
      skipped: opened.skipped,
      duplicates: check.analysis.findings.filter((f) => DUPLICATE_RULES.includes(f.rule)),
    },
  };
}
