// A tracker's printed layout (SPEC §2): merged ranges, formula cells and hidden rows, looked up cell by cell.
import { CellBlock, CellValue } from "../cell";
import { CellRange, SheetLayout } from "../port";

/** One number per cell: worksheet columns stop at 16,384, so rows times this stay exact integers. */
const ROW_STRIDE = 1 << 15;

function cellKey(row: number, column: number): number {
  return row * ROW_STRIDE + column;
}

/** Every cell of the ranges, as cell keys; ranges are clipped to the rows and columns asked about. */
function cellSet(ranges: readonly CellRange[], rows: { first: number; last: number }, columns: { first: number; last: number }): Set<number> {
  const set = new Set<number>();
  for (const r of ranges) {
    const lastRow = Math.min(r.lastRow, rows.last);
    const lastColumn = Math.min(r.lastColumn, columns.last);
    for (let row = Math.max(r.firstRow, rows.first); row <= lastRow; row++) {
      for (let column = Math.max(r.firstColumn, columns.first); column <= lastColumn; column++) set.add(cellKey(row, column));
    }
  }
  return set;
}

/** A value carried down a merged range: the value and number format of its top-left cell. */
interface Carried {
  readonly value: CellValue;
  readonly format: string;
}

/**
 * The layout of one tracker's data rows, for reading its blocks in order. Merged ranges that
 * start above the first data row (one crossing the header row) are left alone: their top-left
 * cell is a header, not data, so the rows under them read as they show — blank.
 */
export class PrintedLayout {
  /** Ranges merged down over data rows, by first row. */
  private readonly mergedDown: readonly CellRange[];
  /** Top-left cells of ranges merged across (one row or more). */
  private readonly acrossAnchors: ReadonlySet<number>;
  private readonly formulaCells: ReadonlySet<number> | null;
  private readonly uncalculatedCells: ReadonlySet<number>;
  private readonly hidden: ReadonlySet<number> | null;
  /** Values of merged-down ranges whose top-left cell was in an earlier block. */
  private readonly carried = new Map<number, Carried>();
  /** What the host could not tell: "merges", "formulas", "hiddenRows". */
  readonly unread: readonly ("merges" | "formulas" | "hiddenRows")[];

  constructor(layout: SheetLayout, firstDataRow: number, lastDataRow: number, firstColumn: number, lastColumn: number) {
    const merges = (layout.merges ?? []).filter((m) => m.firstRow >= firstDataRow && m.firstRow <= lastDataRow);
    this.mergedDown = merges.filter((m) => m.lastRow > m.firstRow).sort((a, b) => a.firstRow - b.firstRow);
    this.acrossAnchors = new Set(merges.filter((m) => m.lastColumn > m.firstColumn).map((m) => cellKey(m.firstRow, m.firstColumn)));
    const rows = { first: firstDataRow, last: lastDataRow };
    const columns = { first: firstColumn, last: lastColumn };
    this.formulaCells = layout.formulas ? cellSet(layout.formulas, rows, columns) : null;
    this.uncalculatedCells = cellSet(layout.uncalculated, rows, columns);
    this.hidden = layout.hiddenRows ? new Set(layout.hiddenRows) : null;
    const unread: ("merges" | "formulas" | "hiddenRows")[] = [];
    if (layout.merges === null) unread.push("merges");
    if (layout.formulas === null) unread.push("formulas");
    if (layout.hiddenRows === null) unread.push("hiddenRows");
    this.unread = unread;
  }

  /** True when the host says whether cells hold formulas. */
  get knowsFormulas(): boolean {
    return this.formulaCells !== null;
  }

  isFormula(row: number, column: number): boolean {
    return this.formulaCells?.has(cellKey(row, column)) ?? false;
  }

  isUncalculated(row: number, column: number): boolean {
    return this.uncalculatedCells.size > 0 && this.uncalculatedCells.has(cellKey(row, column));
  }

  get hasUncalculated(): boolean {
    return this.uncalculatedCells.size > 0;
  }

  isHidden(row: number): boolean {
    return this.hidden !== null && this.hidden.size > 0 && this.hidden.has(row);
  }

  /** True when a range merged across starts at this cell. */
  startsMergeAcross(row: number, column: number): boolean {
    return this.acrossAnchors.size > 0 && this.acrossAnchors.has(cellKey(row, column));
  }

  /**
   * The block with the value of each range merged down given to every row it spans, in the
   * range's first column only (a range merged across is one text where it starts). The block is
   * the source's and stays as it is: a row that gets a value is copied first, so a sheet held in
   * memory is never changed by reading it; a block no range meets comes back as it is.
   */
  withMergedDown(block: CellBlock): CellBlock {
    const blockLast = block.firstRow + block.values.length - 1;
    // Copies of the rows given a value, by position in the block.
    const changed = new Map<number, { values: CellValue[]; formats: string[] }>();
    for (const m of this.mergedDown) {
      if (m.firstRow > blockLast) break;
      if (m.lastRow < block.firstRow) continue;
      const c = m.firstColumn - block.firstColumn;
      if (c < 0 || c >= (block.values[0]?.length ?? 0)) continue;
      const key = cellKey(m.firstRow, m.firstColumn);
      let top = this.carried.get(key);
      if (m.firstRow >= block.firstRow) {
        const r = m.firstRow - block.firstRow;
        top = { value: block.values[r][c] ?? null, format: block.formats[r]?.[c] ?? "General" };
        // Blocks are read top to bottom: a range running past this block continues in the next.
        if (m.lastRow > blockLast) this.carried.set(key, top);
      }
      if (!top) continue;
      const from = Math.max(m.firstRow + 1, block.firstRow);
      const to = Math.min(m.lastRow, blockLast);
      for (let row = from; row <= to; row++) {
        const r = row - block.firstRow;
        let copy = changed.get(r);
        if (!copy) {
          copy = { values: [...block.values[r]], formats: [...(block.formats[r] ?? [])] };
          changed.set(r, copy);
        }
        copy.values[c] = top.value;
        if (block.formats[r]) copy.formats[c] = top.format;
      }
    }
    if (changed.size === 0) return block;
    const values = block.values.slice();
    const formats = block.formats.slice();
    for (const [r, copy] of changed) {
      values[r] = copy.values;
      if (block.formats[r]) formats[r] = copy.formats;
    }
    return { ...block, values, formats };
  }
}

/** A layout that says nothing: no merges, no formulas, no hidden rows (tables made without a sheet). */
export const NO_LAYOUT: SheetLayout = { merges: [], formulas: [], uncalculated: [], hiddenRows: [] };

/** The ranges that meet an area (a block request), whole. */
export function rangesMeeting(
  ranges: readonly CellRange[],
  area: { firstRow: number; rowCount: number; firstColumn: number; columnCount: number },
): CellRange[] {
  const lastRow = area.firstRow + area.rowCount - 1;
  const lastColumn = area.firstColumn + area.columnCount - 1;
  return ranges.filter((r) => r.lastRow >= area.firstRow && r.firstRow <= lastRow && r.lastColumn >= area.firstColumn && r.firstColumn <= lastColumn);
}
