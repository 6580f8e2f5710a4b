// The command line's I/O floor, run as its own process: exceljs alone reads the tracker and writes the report's workbook.
// Usage: node io-floor.js TRACKER.xlsx REPORT.xlsx OUT.xlsx — prints {"prepare_ms", "cells"} on stdout.
import ExcelJS from "exceljs";
import { performance } from "perf_hooks";

/** Streams every cell of every sheet of the tracker, as the command line's reader must. */
async function readEveryCell(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      (row as ExcelJS.Row).eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== undefined) cells++;
      });
    }
  }
  return cells;
}

async function main(): Promise<void> {
  const [tracker, report, out] = process.argv.slice(2);
  // Preparation, not part of the floor: the report's content, to write it again. The caller subtracts it.
  const started = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(report);
  const prepareMs = performance.now() - started;
  const cells = await readEveryCell(tracker);
  await workbook.xlsx.writeFile(out);
  process.stdout.write(`${JSON.stringify({ prepare_ms: prepareMs, cells })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`io-floor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
