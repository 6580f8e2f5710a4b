// Building project rows from raw cells: each field read with the reader its column calls for.
import { CellValue, cellAddress, isBlankValue } from "../cell";
import { Reference } from "../reference";
import { Parsed, readCode, readDigits, readNumber, readPercent, readText, readYear } from "../values";
import { ColumnKey, QUARTERS, disbursedKey, progressKey } from "./columns";
import { resolveRow } from "./resolve";
import { Field, ProjectRow, RowFields, TrackerLayout } from "./types";

/** A raw cell with its number format and address, or undefined when the column is absent. */
export interface RawCell {
  readonly value: CellValue;
  readonly format: string;
  readonly address: string;
}

export type CellGetter = (key: ColumnKey) => RawCell | undefined;

function field<T>(key: ColumnKey, get: CellGetter, read: (v: CellValue, f: string) => Parsed<T>): Field<T> {
  const cell = get(key);
  if (!cell) return { key, cell: null, raw: null, format: "General", parsed: { kind: "blank" } };
  return { key, cell: cell.address, raw: cell.value, format: cell.format, parsed: read(cell.value, cell.format) };
}

/** Reads every field of one row through `get`. */
export function readFields(get: CellGetter): RowFields {
  return {
    project_id: field("project_id", get, readText),
    project_name: field("project_name", get, readText),
    department: field("department", get, readText),
    division: field("division", get, readText),
    project_type: field("project_type", get, readText),
    fiscal_year: field("fiscal_year", get, readYear),
    budget_code: field("budget_code", get, readDigits),
    budget: field("budget", get, readNumber),
    strategy: field("strategy", get, readCode),
    master_plan: field("master_plan", get, readCode),
    sub_plan: field("sub_plan", get, readDigits),
    reform_area: field("reform_area", get, readCode),
    progress: QUARTERS.map((q) => field(progressKey(q), get, readPercent)),
    disbursed: QUARTERS.map((q) => field(disbursedKey(q), get, readNumber)),
    remarks: field("remarks", get, readText),
  };
}

export function makeProjectRow(
  source: { file: string; sheet: string; row: number; index: number },
  get: CellGetter,
  reference: Reference,
): ProjectRow {
  const fields = readFields(get);
  return { ...source, fields, resolved: resolveRow(fields, reference) };
}

/** True when every cell the tracker knows about is blank (unknown columns do not count). */
export function isBlankRow(values: readonly CellValue[], layout: TrackerLayout, firstColumn: number): boolean {
  for (const col of Object.values(layout.columns)) {
    if (!col) continue;
    const v = values[col.column - firstColumn] ?? null;
    if (!isBlankValue(v)) return false;
  }
  return true;
}

/** Project rows of one block of worksheet rows, blank rows skipped. */
export function rowsFromBlock(
  layout: TrackerLayout,
  block: { firstRow: number; firstColumn: number; values: CellValue[][]; formats: string[][] },
  reference: Reference,
  startIndex: number,
): ProjectRow[] {
  const out: ProjectRow[] = [];
  block.values.forEach((values, r) => {
    const rowNumber = block.firstRow + r;
    if (rowNumber < layout.firstDataRow || rowNumber > layout.lastDataRow) return;
    if (isBlankRow(values, layout, block.firstColumn)) return;
    const formats = block.formats[r] ?? [];
    const get: CellGetter = (key) => {
      const col = layout.columns[key];
      if (!col) return undefined;
      const i = col.column - block.firstColumn;
      return { value: values[i] ?? null, format: formats[i] ?? "General", address: cellAddress(rowNumber, col.column) };
    };
    out.push(
      makeProjectRow({ file: layout.file, sheet: layout.sheet, row: rowNumber, index: startIndex + out.length }, get, reference),
    );
  });
  return out;
}
