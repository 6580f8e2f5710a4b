// The CLI commands: each reads its inputs, calls the shared use case, prints text or JSON.
import { CheckResult, checkSources } from "../app/check";
import { briefingHtml } from "../app/briefing";
import { checkJson, reportJson } from "../app/json";
import { localToday, writeReport } from "../app/report";
import { consolidateDocs } from "../app/consolidate";
import { templateDocs } from "../app/template";
import { WorkbookSource } from "../core/port";
import { createXlsxFileTarget, openXlsxFile } from "../workbook/xlsx/node";
import { CliError } from "./errors";
import { checkInputs, checkOutput, ensureReplaceable, ensureReplaceableHtml, writeAtomically } from "./files";
import { CommonOptions, Io, currentFile } from "./main";
import { printBriefing, printCheck, printReport, printWritten } from "./print";

async function openAll(files: readonly string[]): Promise<WorkbookSource[]> {
  const sources: WorkbookSource[] = [];
  for (const file of files) {
    currentFile.name = file;
    sources.push(await openXlsxFile(file, file));
  }
  currentFile.name = null;
  return sources;
}

async function checkFiles(opts: CommonOptions): Promise<CheckResult> {
  await checkInputs(opts.files);
  const sources = await openAll(opts.files);
  return checkSources(sources, { sheet: opts.sheet, fiscalYear: opts.fiscalYear, quarter: opts.quarter });
}

export async function runCheck(opts: CommonOptions, io: Io): Promise<number> {
  const check = await checkFiles(opts);
  if (opts.json) io.out(`${JSON.stringify(checkJson(check, opts.lang), null, 2)}\n`);
  else printCheck(check, opts.lang, io);
  return check.analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
}

function parseToday(text: string | undefined): { year: number; month: number; day: number } {
  if (text === undefined) return localToday();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1) {
    throw new CliError(null, `--today must be a date YYYY-MM-DD (got "${text}")`, `--today ต้องเป็นวันที่ YYYY-MM-DD`);
  }
  return { year: +m[1], month: +m[2], day: +m[3] };
}

export async function runReport(opts: CommonOptions, io: Io): Promise<number> {
  await checkInputs(opts.files);
  const target = await checkOutput(opts.out, opts.files);
  await ensureReplaceable(target, opts.out!);
  const today = parseToday(opts.today);
  const check = await checkFiles(opts);
  const workbook = await createXlsxFileTarget();
  const written = await writeReport(workbook, check, { lang: opts.lang, round: opts.round, today });
  currentFile.name = opts.out!;
  await writeAtomically(target, await workbook.toBuffer());
  const names = written.map((w) => w.name);
  if (opts.json) io.out(`${JSON.stringify(reportJson(check, opts.out!, names), null, 2)}\n`);
  else printReport(check, opts.out!, written, opts.lang, io);
  return 0;
}

export async function runTemplate(opts: CommonOptions, io: Io): Promise<number> {
  if (opts.files.length) throw new CliError(opts.files[0], "template takes no input files", "คำสั่ง template ไม่รับไฟล์ต้นทาง");
  const target = await checkOutput(opts.out, []);
  await ensureReplaceable(target, opts.out!);
  const workbook = await createXlsxFileTarget();
  const written = await workbook.writeGenerated(templateDocs(opts.lang), { fiscalYear: 0, quarter: 0, round: "template" });
  currentFile.name = opts.out!;
  await writeAtomically(target, await workbook.toBuffer());
  if (opts.json) io.out(`${JSON.stringify({ output: opts.out, sheets_written: written.map((w) => w.name) }, null, 2)}\n`);
  else printWritten(opts.out!, written, opts.lang, io);
  return 0;
}

export async function runConsolidate(opts: CommonOptions, io: Io): Promise<number> {
  await checkInputs(opts.files);
  const target = await checkOutput(opts.out, opts.files);
  await ensureReplaceable(target, opts.out!);
  const check = await checkFiles(opts);
  const { docs, duplicates } = consolidateDocs(check, opts.lang);
  const workbook = await createXlsxFileTarget();
  const written = await workbook.writeGenerated(docs, { fiscalYear: check.analysis.figures.fiscalYear ?? 0, quarter: 0, round: "consolidate" });
  currentFile.name = opts.out!;
  await writeAtomically(target, await workbook.toBuffer());
  if (opts.json) {
    const base = checkJson(check, opts.lang);
    const doc = { output: opts.out, files: base.files, rows: base.rows, duplicates: base.issues.filter((i) => duplicates.includes(i.rule)), sheets_written: written.map((w) => w.name) };
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else printWritten(opts.out!, written, opts.lang, io);
  return 0;
}

export async function runBriefing(opts: CommonOptions, io: Io): Promise<number> {
  await checkInputs(opts.files);
  const target = await checkOutput(opts.out, opts.files, "html");
  await ensureReplaceableHtml(target, opts.out!);
  const check = await checkFiles(opts);
  const html = briefingHtml(check, opts.lang);
  currentFile.name = opts.out!;
  await writeAtomically(target, new TextEncoder().encode(html));
  printBriefing(check, opts.out!, opts.lang, io);
  return 0;
}
