// Test helper: a SheetDoc's cells as the 2-D values and formats an adapter would read back.
import { CellValue } from "../../../src/core/cell";
import { SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { TableInfo } from "../../../src/core/port";

export function docValues(doc: SheetDoc): CellValue[][] {
  const rows = Math.max(0, ...doc.cells.map((c) => c.row));
  const columns = Math.max(0, ...doc.cells.map((c) => c.column));
  const values: CellValue[][] = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => null)
  );
  for (const c of doc.cells) values[c.row - 1][c.column - 1] = c.value;
  return values;
}

export function docFormats(doc: SheetDoc): string[][] {
  const values = docValues(doc);
  const formats = values.map((row) => row.map(() => "General"));
  for (const c of doc.cells)
    if (c.style?.numberFormat) formats[c.row - 1][c.column - 1] = c.style.numberFormat;
  return formats;
}

/** The doc's Excel tables as the port describes them (no totals row). */
export function docTables(doc: SheetDoc): TableInfo[] {
  return (doc.tables ?? []).map((t) => ({
    name: t.name,
    headerRow: t.range.firstRow,
    firstDataRow: t.range.firstRow + 1,
    lastDataRow: t.range.lastRow,
    firstColumn: t.range.firstColumn,
    lastColumn: t.range.lastColumn,
  }));
}
