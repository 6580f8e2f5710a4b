// Excel tables on a generated sheet: valid unique names, header names that match their cells, one data row at least.
import type ExcelJS from "exceljs";
import { cellAddress } from "../../core/cell";
import { DocCell, DocTable } from "../../core/outputs/sheet-doc";

/** Numeric key of a cell (Excel has at most 16,384 columns), cheaper than an A1 string. */
export const cellKey = (row: number, column: number) => row * 16384 + column;

/** A valid, unused table name: letters, digits, `_` and `.`, not starting with a digit nor like "A1". */
function tableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base))
    base = `T_${base}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Column names from the header cells: Excel wants them non-empty and unique (case-insensitive). */
function columnNames(table: DocTable, cells: ReadonlyMap<number, DocCell>): string[] {
  const { firstRow, firstColumn, lastColumn } = table.range;
  const seen = new Set<string>();
  const names: string[] = [];
  for (let column = firstColumn; column <= lastColumn; column++) {
    const header = cells.get(cellKey(firstRow, column))?.value;
    const text =
      header === null || header === undefined || String(header).trim() === ""
        ? `Column${column - firstColumn + 1}`
        : String(header);
    let name = text;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${text}${i}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * Adds the table and returns the header cells to write (the doc's cells, or renamed ones where a
 * header was empty or repeated). The data cells are written by the caller afterwards; a table of
 * a header alone gets one empty data row, as Excel makes it.
 */
export function addDocTable(
  sheet: ExcelJS.Worksheet,
  table: DocTable,
  cells: ReadonlyMap<number, DocCell>,
  takenNames: Set<string>
): DocCell[] {
  const { firstRow, firstColumn } = table.range;
  const dataRows = Math.max(table.range.lastRow, firstRow + 1) - firstRow;
  const names = columnNames(table, cells);
  sheet.addTable({
    name: tableName(table.name, takenNames),
    ref: cellAddress(firstRow, firstColumn),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: dataRows }, () => names.map(() => null)),
  });
  return names.map((name, i) => {
    const cell = cells.get(cellKey(firstRow, firstColumn + i));
    return cell && cell.value === name
      ? cell
      : { row: firstRow, column: firstColumn + i, value: name, style: cell?.style };
  });
}
