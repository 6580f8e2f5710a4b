// The web workspace's report as one job over the file's bytes: read, check, build each sheet, pack. Runs in a Worker or, failing that, on the page with a pause between steps.
import { checkSources } from "../../app/check";
import { OutputSelection, reportDocs, reportMark } from "../../app/report";
import { WrittenSheet } from "../../core/port";
import { createXlsxTarget, openXlsx } from "../../workbook/xlsx";
import { baseName } from "../file-names";
import { Pause } from "../pause";
import { InsertOptions, ReportProgress } from "../pane-host";

export interface ReportJob {
  readonly bytes: Uint8Array;
  /** The tracker file's name (findings and the report name it). */
  readonly fileName: string;
  readonly selection: OutputSelection;
  readonly opts: InsertOptions;
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
}

export interface ReportOutcome {
  readonly sheets: WrittenSheet[];
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export async function runReportJob(job: ReportJob, progress: ReportProgress, pause: Pause): Promise<ReportOutcome> {
  progress({ phase: "read", done: 0, total: 1 });
  await pause();
  const source = await openXlsx(job.bytes, job.fileName);
  progress({ phase: "check", done: 0, total: 1 });
  await pause();
  const check = await checkSources([source], { ...job.opts, pause });
  await pause();
  const report = { lang: job.opts.lang, round: job.opts.round, today: job.today, include: job.selection, trackerInSameWorkbook: false };
  const docs = reportDocs(check, report);
  const mark = reportMark(check, job.opts.round);
  const target = createXlsxTarget();
  const sheets: WrittenSheet[] = [];
  // One sheet per call (each its own key, so none replaces another): a pause can fall between them.
  for (const [i, doc] of docs.entries()) {
    progress({ phase: "sheet", done: i, total: docs.length, sheet: doc.name });
    await pause();
    sheets.push(...(await target.writeGenerated([doc], mark)));
  }
  progress({ phase: "pack", done: 0, total: 1 });
  await pause();
  const bytes = await target.toBuffer();
  const run = job.opts.round === "import" ? "import" : `Q${mark.quarter}`;
  const fileName = `${baseName(job.fileName)}-report-${check.analysis.figures.fiscalYear ?? "FY"}-${run}.xlsx`;
  return { sheets, fileName, bytes };
}
