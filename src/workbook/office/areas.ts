// Cell addresses in bulk: scattered cells merged into rectangles, rectangles joined into address lists.
import { cellAddress } from "../../core/cell";
import { RangeRef } from "../../core/outputs/sheet-doc";

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** "A1" for one cell, "A1:C4" for more. */
export function rangeAddress(r: RangeRef): string {
  const first = cellAddress(r.firstRow, r.firstColumn);
  return r.firstRow === r.lastRow && r.firstColumn === r.lastColumn
    ? first
    : `${first}:${cellAddress(r.lastRow, r.lastColumn)}`;
}

/** A1 address with `$` anchors, for formulas such as list sources. */
export function absoluteAddress(r: RangeRef): string {
  const abs = (row: number, column: number) =>
    cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${abs(r.firstRow, r.firstColumn)}:${abs(r.lastRow, r.lastColumn)}`;
}

/** A sheet name as formulas and hyperlinks quote it: 'My sheet'. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Few rectangles covering exactly the given cells (1-based): runs along each row, and identical runs
 * of consecutive rows stacked. A styled table column becomes one rectangle, not one range per cell.
 */
export function cellsToRectangles(cells: readonly CellPosition[]): RangeRef[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const line = byRow.get(c.row) ?? [];
    line.push(c.column);
    byRow.set(c.row, line);
  }
  const done: RangeRef[] = [];
  let open = new Map<string, RangeRef>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next = new Map<string, RangeRef>();
    for (let i = 0; i < columns.length;) {
      let j = i;
      while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
      const key = `${columns[i]}:${columns[j]}`;
      const above = open.get(key);
      if (above && above.lastRow === row - 1) {
        next.set(key, { ...above, lastRow: row });
        open.delete(key);
      } else {
        next.set(key, {
          firstRow: row,
          lastRow: row,
          firstColumn: columns[i],
          lastColumn: columns[j],
        });
      }
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.firstRow - b.firstRow || a.firstColumn - b.firstColumn);
}

/** Comma-joined address lists for `getRanges`, each at most `maxChars` long. */
export function addressLists(ranges: readonly RangeRef[], maxChars = 2000): string[] {
  const lists: string[] = [];
  let current = "";
  for (const r of ranges) {
    const address = rangeAddress(r);
    if (current && current.length + 1 + address.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
