// An in-memory WorkbookSource over 2-D arrays: for tests and the benchmark (the product reads through the Office and .xlsx sources).
import { CellBlock, CellValue, isBlankValue } from "../../core/cell";
import { BlockRequest, CellRange, SheetInfo, SheetLayout, TableInfo, WorkbookSource } from "../../core/port";
import { rangesMeeting } from "../../core/tracker/printed-layout";

export interface MemorySheet {
  readonly name: string;
  readonly values: CellValue[][];
  /** Number formats, same shape as values where given ("General" elsewhere). */
  readonly formats?: string[][];
  readonly tables?: TableInfo[];
  readonly visible?: boolean;
  /** Merged ranges (values of a merged range belong in its top-left cell); null: cannot be read. */
  readonly merges?: readonly CellRange[] | null;
  /** Cells holding formulas (their values are the calculated ones); null: cannot be read. */
  readonly formulas?: readonly CellRange[] | null;
  /** Formula cells with no calculated value. */
  readonly uncalculated?: readonly CellRange[];
  /** Hidden worksheet rows; null: cannot be read. */
  readonly hiddenRows?: readonly number[] | null;
}

/**
 * Last non-blank row and column. Each row is scanned from its end to its last non-blank cell, so
 * a full tracker costs about one look per row rather than one per cell.
 */
function extent(values: CellValue[][]): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = row.length - 1; c >= 0; c--) {
      if (isBlankValue(row[c] ?? null)) continue;
      lastRow = r + 1;
      if (c + 1 > lastColumn) lastColumn = c + 1;
      break;
    }
  }
  return { lastRow, lastColumn };
}

/**
 * Cells `first…first+count-1` (0-based) of a row, `fill` where the row is short or has holes. A
 * row that is exactly the block, with no holes, is handed out as it is: blocks are read-only
 * (CellBlock), and copying every row of a 100,000-row sheet cost the engine about 5 % of its time.
 */
function cellsOf<T>(row: readonly (T | undefined)[] | undefined, first: number, count: number, fill: T): readonly T[] {
  if (row !== undefined && first === 0 && row.length === count && !row.includes(undefined)) return row as readonly T[];
  const out = new Array<T>(count);
  for (let c = 0; c < count; c++) out[c] = row?.[first + c] ?? fill;
  return out;
}

export class MemorySource implements WorkbookSource {
  readBlockCalls = 0;

  constructor(
    readonly label: string,
    private readonly sheets: readonly MemorySheet[],
  ) {}

  /** Worked out once: a check lists the sheets twice (reference sheet, then tracker), and each look scans every row. */
  private listing: SheetInfo[] | null = null;

  async listSheets(): Promise<SheetInfo[]> {
    this.listing ??= this.sheets.map((s) => ({
      name: s.name,
      ...extent(s.values),
      visible: s.visible ?? true,
      generated: null,
      tables: s.tables ?? [],
    }));
    return this.listing.map((info) => ({ ...info }));
  }

  async readLayout(area: BlockRequest): Promise<SheetLayout> {
    const sheet = this.sheets.find((s) => s.name === area.sheet);
    if (!sheet) throw new Error(`MemorySource: no sheet ${area.sheet}`);
    const lastRow = area.firstRow + area.rowCount - 1;
    const meeting = (ranges: readonly CellRange[] | null | undefined) => (ranges === null ? null : rangesMeeting(ranges ?? [], area));
    return {
      merges: meeting(sheet.merges),
      formulas: meeting(sheet.formulas),
      uncalculated: rangesMeeting(sheet.uncalculated ?? [], area),
      hiddenRows: sheet.hiddenRows === null ? null : (sheet.hiddenRows ?? []).filter((r) => r >= area.firstRow && r <= lastRow),
    };
  }

  async readBlocks(requests: readonly BlockRequest[]): Promise<CellBlock[]> {
    this.readBlockCalls++;
    return requests.map((req) => {
      const sheet = this.sheets.find((s) => s.name === req.sheet);
      if (!sheet) throw new Error(`MemorySource: no sheet ${req.sheet}`);
      const values = new Array<readonly CellValue[]>(req.rowCount);
      const formats = new Array<readonly string[]>(req.rowCount);
      for (let r = 0; r < req.rowCount; r++) {
        const at = req.firstRow - 1 + r;
        values[r] = cellsOf<CellValue>(sheet.values[at], req.firstColumn - 1, req.columnCount, null);
        formats[r] = cellsOf(sheet.formats?.[at], req.firstColumn - 1, req.columnCount, "General");
      }
      return { sheet: req.sheet, firstRow: req.firstRow, firstColumn: req.firstColumn, values, formats };
    });
  }
}
