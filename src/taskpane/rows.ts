// Rows of a check as the pane names them: by sheet and row number, with their project, and which were left out of the figures.
import { CheckResult } from "../app/check";
import { CellValue, cellAddress, isExcelError } from "../core/cell";
import { errorPositions } from "../core/figures/compute";
import { Finding } from "../core/findings";
import { COL, RowTable } from "../core/table/row-table";
import { COLUMN_KEYS, ColumnKey } from "../core/tracker/columns";

/** A row of the tracker the pane can point at: the cell to select in Excel is its project ID cell. */
export interface RowRef {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly cell: string;
  readonly projectId: string | null;
  readonly projectName: string | null;
}

export interface LeftOut {
  readonly withErrors: readonly RowRef[];
  readonly otherYear: readonly RowRef[];
}

const positions = new WeakMap<RowTable, Map<string, number>>();

function key(file: string, sheet: string, row: number): string {
  return `${file}\u0000${sheet}\u0000${row}`;
}

/** Position in the table of a row named by place (built once per table, on first use). */
export function positionOf(table: RowTable, file: string, sheet: string, row: number): number | undefined {
  let map = positions.get(table);
  if (!map) {
    map = new Map();
    for (let at = 0; at < table.length; at++) map.set(key(table.file(at), table.sheet(at), table.rowNumber[at]), at);
    positions.set(table, map);
  }
  return map.get(key(file, sheet, row));
}

function text(value: CellValue): string | null {
  if (value === null || value === "") return null;
  if (isExcelError(value)) return value.code;
  return String(value);
}

function refAt(table: RowTable, at: number): RowRef {
  const row = table.rowNumber[at];
  return {
    file: table.file(at),
    sheet: table.sheet(at),
    row,
    cell: table.cell(COL.project_id, at) ?? cellAddress(row, 1),
    projectId: text(table.raw(COL.project_id, at)),
    projectName: text(table.raw(COL.project_name, at)),
  };
}

/** The row a finding is on, with its project ID and name (null when the row is not in the table). */
export function rowOfFinding(check: CheckResult, f: Finding): RowRef | null {
  const { table } = check.analysis;
  const at = positionOf(table, f.file, f.sheet, f.row);
  return at === undefined ? null : refAt(table, at);
}

/** Rows the figures leave out (SPEC §4): with an error, or of another (or no) fiscal year. */
export function leftOutRows(check: CheckResult): LeftOut {
  const { table, findings, figures } = check.analysis;
  const errorAt = errorPositions(table, findings);
  const years = table.resolved.fiscalYear;
  const withErrors: RowRef[] = [];
  const otherYear: RowRef[] = [];
  for (let at = 0; at < table.length; at++) {
    if (years[at] !== figures.fiscalYear || figures.fiscalYear === null) otherYear.push(refAt(table, at));
    else if (errorAt[at] === 1) withErrors.push(refAt(table, at));
  }
  return { withErrors, otherYear };
}

/** The row's cells as the tracker holds them, by column key (columns the tracker lacks are left out). */
export function rowCells(check: CheckResult, ref: RowRef): { key: ColumnKey; value: string }[] {
  const { table } = check.analysis;
  const at = positionOf(table, ref.file, ref.sheet, ref.row);
  if (at === undefined) return [];
  return COLUMN_KEYS.flatMap((k) => {
    if (table.cell(COL[k], at) === null) return [];
    return [{ key: k, value: text(table.raw(COL[k], at)) ?? "" }];
  });
}

/** The findings on one row. */
export function findingsOnRow(check: CheckResult, ref: RowRef): Finding[] {
  return check.analysis.findings.filter((f) => f.file === ref.file && f.sheet === ref.sheet && f.row === ref.row);
}
