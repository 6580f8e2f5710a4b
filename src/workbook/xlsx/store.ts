// The in-memory copy of a read workbook (sparse rows of values, number formats as small ids) and the WorkbookSource over it.
import { CellBlock, CellValue } from "../../core/cell";
import {
  decodeRegistry,
  REGISTRY_HEADER,
  REGISTRY_SHEET,
  RegistryEntry,
} from "../../core/outputs/registry";
import {
  BlockRequest,
  CellRange,
  GeneratedMark,
  SheetInfo,
  SheetLayout,
  TableInfo,
  WorkbookSource,
} from "../../core/port";
import { rangesMeeting } from "../../core/tracker/printed-layout";
import { GENERAL } from "./number-formats";
import { SheetState } from "./package-parts";

export { GENERAL };

/**
 * One stored row: values by column (index 0 = column A), and format ids into the store's table
 * only when some cell of the row has a format other than General (most rows of a tracker have none
 * or few, and a 100,000-row sheet should not carry a second array per row for nothing).
 */
interface StoredRow {
  values: CellValue[];
  formatIds: number[] | null;
}

export type { CellRange };

/** A run of cells down one column, grown while the cells come row after row. */
interface ColumnRun {
  firstRow: number;
  lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** Formula cells as runs down their columns: a formula column of 100,000 rows is one range. */
class FormulaRuns {
  readonly runs: ColumnRun[] = [];
  private readonly lastByColumn = new Map<number, ColumnRun>();

  add(row: number, column: number): void {
    const last = this.lastByColumn.get(column);
    if (last && last.lastRow === row - 1) {
      last.lastRow = row;
      return;
    }
    const run = { firstRow: row, lastRow: row, firstColumn: column, lastColumn: column };
    this.runs.push(run);
    this.lastByColumn.set(column, run);
  }
}

/** One worksheet's cells; rows are kept sparse because trackers often have blank gaps. */
export class SheetCells {
  readonly rows: (StoredRow | undefined)[] = [];
  lastRow = 0;
  lastColumn = 0;
  /** The sheet's merged ranges, as its mergeCells list them. */
  readonly merges: CellRange[] = [];
  /** Cells holding a formula, and those of them with no calculated value stored. */
  readonly formulas = new FormulaRuns();
  readonly uncalculated = new FormulaRuns();
  /** Rows marked hidden, in the order read. */
  readonly hiddenRows: number[] = [];

  constructor(
    readonly name: string,
    readonly state: SheetState,
    readonly tables: readonly TableInfo[]
  ) {}
}

/** Collects sheets cell by cell; number formats are interned so 100,000 rows share a few strings. */
export class WorkbookStore {
  readonly sheets: SheetCells[] = [];
  private readonly formats: string[] = [GENERAL];
  private readonly formatIds = new Map<string, number>([[GENERAL, 0]]);

  addSheet(name: string, state: SheetState, tables: readonly TableInfo[]): SheetCells {
    const sheet = new SheetCells(name, state, tables);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The id of a number format (0 = General), for `setCell`. */
  internFormat(format: string | undefined): number {
    if (!format || format === GENERAL) return 0;
    let id = this.formatIds.get(format);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(format);
      this.formatIds.set(format, id);
    }
    return id;
  }

  /** Stores a non-null value at 1-based row/column; nulls are not stored (missing = null). */
  setCell(
    sheet: SheetCells,
    row: number,
    column: number,
    value: CellValue,
    formatId: number
  ): void {
    if (value === null) return;
    let stored = sheet.rows[row];
    if (!stored) stored = sheet.rows[row] = { values: [], formatIds: null };
    stored.values[column - 1] = value;
    if (formatId !== 0) (stored.formatIds ??= [])[column - 1] = formatId;
    else if (stored.formatIds) stored.formatIds[column - 1] = 0;
    if (row > sheet.lastRow) sheet.lastRow = row;
    if (column > sheet.lastColumn) sheet.lastColumn = column;
  }

  /**
   * Empties every cell of `range` but its top-left one: Office.js reports the other cells of a
   * merged area as empty, whatever a file may hold there. Only stored rows are visited.
   */
  clearMergedArea(sheet: SheetCells, range: CellRange): void {
    const lastRow = Math.min(range.lastRow, sheet.lastRow);
    for (let r = range.firstRow; r <= lastRow; r++) {
      const stored = sheet.rows[r];
      if (!stored) continue;
      const lastColumn = Math.min(range.lastColumn, stored.values.length);
      for (let c = range.firstColumn; c <= lastColumn; c++) {
        if (r === range.firstRow && c === range.firstColumn) continue;
        delete stored.values[c - 1];
      }
    }
  }

  formatOf(id: number | undefined): string {
    return id === undefined ? GENERAL : (this.formats[id] ?? GENERAL);
  }
}

/** A read workbook as a WorkbookSource: the streaming reader ends here, in Node and in browsers. */
export class XlsxSource implements WorkbookSource {
  private marks: Map<string, GeneratedMark> | null = null;

  constructor(
    readonly label: string,
    private readonly store: WorkbookStore
  ) {}

  async listSheets(): Promise<SheetInfo[]> {
    const marks = this.registryMarks();
    return this.store.sheets.map((sheet) => ({
      name: sheet.name,
      lastRow: sheet.lastRow,
      lastColumn: sheet.lastColumn,
      visible: sheet.state === "visible",
      generated: marks.get(sheet.name) ?? null,
      tables: sheet.tables,
    }));
  }

  async readBlocks(requests: readonly BlockRequest[]): Promise<CellBlock[]> {
    return requests.map((request) => this.readBlock(request));
  }

  async readLayout(area: BlockRequest): Promise<SheetLayout> {
    const sheet = this.sheet(area.sheet);
    const lastRow = area.firstRow + area.rowCount - 1;
    return {
      merges: rangesMeeting(sheet.merges, area),
      formulas: rangesMeeting(sheet.formulas.runs, area),
      uncalculated: rangesMeeting(sheet.uncalculated.runs, area),
      hiddenRows: sheet.hiddenRows.filter((r) => r >= area.firstRow && r <= lastRow),
    };
  }

  private readBlock(request: BlockRequest): CellBlock {
    const sheet = this.sheet(request.sheet);
    const { firstRow, rowCount, firstColumn, columnCount } = request;
    const values: CellValue[][] = new Array<CellValue[]>(rowCount);
    const formats: string[][] = new Array<string[]>(rowCount);
    for (let r = 0; r < rowCount; r++) {
      const rowValues = new Array<CellValue>(columnCount).fill(null);
      const rowFormats = new Array<string>(columnCount).fill(GENERAL);
      const stored = sheet.rows[firstRow + r];
      // only the stored cells inside the request are visited: a row's array may be far wider
      const end = stored ? Math.min(columnCount, stored.values.length - firstColumn + 1) : 0;
      for (let c = 0; c < end; c++) {
        const value = stored!.values[firstColumn - 1 + c];
        if (value === undefined || value === null) continue;
        rowValues[c] = value;
        if (stored!.formatIds)
          rowFormats[c] = this.store.formatOf(stored!.formatIds[firstColumn - 1 + c]);
      }
      values[r] = rowValues;
      formats[r] = rowFormats;
    }
    return { sheet: sheet.name, firstRow, firstColumn, values, formats };
  }

  private sheet(name: string): SheetCells {
    // Excel compares sheet names case-insensitively
    const found =
      this.store.sheets.find((s) => s.name === name) ??
      this.store.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`${this.label}: no sheet named "${name}"`);
    return found;
  }

  /** Generated marks by sheet name, from the very hidden registry sheet when the workbook has one. */
  private registryMarks(): Map<string, GeneratedMark> {
    if (this.marks) return this.marks;
    const registry = this.store.sheets.find((s) => s.name === REGISTRY_SHEET);
    const marks = new Map<string, GeneratedMark>();
    if (registry) {
      const block = this.readBlock({
        sheet: REGISTRY_SHEET,
        firstRow: 1,
        rowCount: registry.lastRow,
        firstColumn: 1,
        // the registry's own columns: a stray far cell must not widen every row read
        columnCount: Math.min(registry.lastColumn, REGISTRY_HEADER.length),
      });
      for (const entry of decodeRegistry(block.values)) marks.set(entry.sheet, markOf(entry));
    }
    this.marks = marks;
    return marks;
  }
}

function markOf(entry: RegistryEntry): GeneratedMark {
  return {
    key: entry.key,
    fiscalYear: entry.fiscalYear,
    quarter: entry.quarter,
    round: entry.round,
  };
}
