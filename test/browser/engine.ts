// What the engine says about a file, computed in Node for comparison with what the browser shows.
import { readFileSync, writeFileSync } from "fs";
import { CheckResult, checkSources } from "../../src/app/check";
import { ALL_OUTPUTS, localToday, writeReport } from "../../src/app/report";
import { countBySeverity } from "../../src/core/findings";
import { FakeSheetSpec } from "../fakes/excel";
import { cellAddress } from "../../src/core/cell";
import { project } from "../taskpane/fake-host";
import { trackerFileBytes } from "../taskpane/tracker-files";
import { createXlsxTarget, openXlsx } from "../../src/workbook/xlsx";

export async function engineCheck(path: string, label: string): Promise<CheckResult> {
  return checkSources([await openXlsx(readFileSync(path), label)]);
}

/** Findings per rule+severity group, as the Check panel groups them. */
export function groupCount(check: CheckResult): number {
  return new Set(check.analysis.findings.map((f) => `${f.rule}:${f.severity}`)).size;
}

export function severityCounts(check: CheckResult) {
  return countBySeverity(check.analysis.findings);
}

/** Sheet names a full Thai quarterly report of this check writes into a new workbook. */
export async function reportSheetNames(check: CheckResult): Promise<string[]> {
  const target = createXlsxTarget();
  const written = await writeReport(target, check, { lang: "th", round: "quarter", today: localToday(), include: ALL_OUTPUTS });
  return written.map((w) => w.name);
}

/** The sheets of an .xlsx as fake-Excel sheet specs (values, number formats, tables), for the add-in test. */
export async function fakeSheetsFrom(path: string): Promise<FakeSheetSpec[]> {
  const source = await openXlsx(readFileSync(path), "sample");
  const sheets = await source.listSheets();
  const blocks = await source.readBlocks(
    sheets.filter((s) => s.lastRow > 0).map((s) => ({ sheet: s.name, firstRow: 1, rowCount: s.lastRow, firstColumn: 1, columnCount: s.lastColumn })),
  );
  return sheets.map((s) => {
    const block = blocks.find((b) => b.sheet === s.name);
    return {
      name: s.name,
      visibility: s.visible ? "Visible" : "Hidden",
      // The fake Excel writes into its sheets; a block is read-only, so it gets copies.
      values: block ? block.values.map((row) => [...row]) : [],
      formats: block ? block.formats.map((row) => [...row]) : [],
      tables: s.tables.map((t) => ({
        name: t.name,
        address: `${cellAddress(t.headerRow, t.firstColumn)}:${cellAddress(t.lastDataRow, t.lastColumn)}`,
      })),
    };
  });
}

/** A small tracker whose project name and department are HTML that must never become markup. */
export async function writeMarkupTracker(path: string, markup: string): Promise<void> {
  const bytes = await trackerFileBytes([
    project("X-1", { project_name: markup }),
    project("X-2", { department: markup, budget_code: "22345678901234567890" }),
  ]);
  writeFileSync(path, bytes);
}
