// An independent reader to compare ours with: exceljs's full load, its cell values turned into engine values.
import ExcelJS from "exceljs";
import { CellValue, excelError } from "../../../src/core/cell";
import { WorkbookSource } from "../../../src/core/port";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

function serialFromDate(date: Date): number | null {
  const ms = date.getTime();
  return Number.isNaN(ms) ? null : UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** exceljs's value of a cell as the engine sees values: formulas give their cached result. */
function engineValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialFromDate(value);
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return excelError(value.error);
  if (Array.isArray(value.richText))
    return (value.richText as { text?: unknown }[])
      .map((run) => (typeof run.text === "string" ? run.text : ""))
      .join("");
  if ("formula" in value || "sharedFormula" in value) return engineValue(value.result);
  if ("hyperlink" in value) return engineValue(value.text ?? null);
  if ("text" in value) return engineValue(value.text);
  return null;
}

export interface OracleSheet {
  readonly name: string;
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly values: CellValue[][];
  readonly formats: string[][];
}

/** Every sheet as exceljs reads it, as a block from A1 to its last non-empty cell. */
export async function readWithExcelJs(bytes: Uint8Array): Promise<OracleSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((worksheet) => {
    const cells: { row: number; column: number; value: CellValue; format: string }[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // Office.js reports merged cells other than the top-left one as empty
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const value = engineValue(cell.value);
        if (value !== null) cells.push({ row: rowNumber, column, value, format: cell.numFmt });
      });
    });
    const lastRow = Math.max(0, ...cells.map((c) => c.row));
    const lastColumn = Math.max(0, ...cells.map((c) => c.column));
    const values = Array.from({ length: lastRow }, () =>
      new Array<CellValue>(lastColumn).fill(null)
    );
    const formats = Array.from({ length: lastRow }, () =>
      new Array<string>(lastColumn).fill("General")
    );
    for (const c of cells) {
      values[c.row - 1][c.column - 1] = c.value;
      formats[c.row - 1][c.column - 1] = c.format ?? "General";
    }
    return { name: worksheet.name, lastRow, lastColumn, values, formats };
  });
}

/** Asserts that `source` holds exactly what exceljs reads from `bytes`, sheet by sheet and cell by cell. */
export async function expectSameAsExcelJs(
  source: WorkbookSource,
  bytes: Uint8Array
): Promise<void> {
  const oracle = await readWithExcelJs(bytes);
  const sheets = await source.listSheets();
  expect(sheets.map((s) => [s.name, s.lastRow, s.lastColumn])).toEqual(
    oracle.map((s) => [s.name, s.lastRow, s.lastColumn])
  );
  const blocks = await source.readBlocks(
    oracle.map((s) => ({
      sheet: s.name,
      firstRow: 1,
      rowCount: s.lastRow,
      firstColumn: 1,
      columnCount: s.lastColumn,
    }))
  );
  expect(blocks.map((b) => ({ name: b.sheet, values: b.values, formats: b.formats }))).toEqual(
    oracle.map((s) => ({ name: s.name, values: s.values, formats: s.formats }))
  );
}
