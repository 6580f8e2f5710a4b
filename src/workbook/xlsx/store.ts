// The in-memory copy of a read workbook (compact rows of values and format ids) and the WorkbookSource over it.
import { CellBlock, CellValue } from "../../core/cell";
import { decodeRegistry, REGISTRY_SHEET, RegistryEntry } from "../../core/outputs/registry";
import { BlockRequest, GeneratedMark, SheetInfo, TableInfo, WorkbookSource } from "../../core/port";
import { SheetState } from "./package-parts";

export const GENERAL = "General";

/** One stored row: values by column (index 0 = column A) and format ids into the store's table. */
interface StoredRow {
  values: CellValue[];
  formatIds: number[];
}

/** One worksheet's cells; rows are kept sparse because trackers often have blank gaps. */
export class SheetCells {
  readonly rows: (StoredRow | undefined)[] = [];
  lastRow = 0;
  lastColumn = 0;

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

  /** Stores a non-null value at 1-based row/column; nulls are not stored (missing = null). */
  setCell(
    sheet: SheetCells,
    row: number,
    column: number,
    value: CellValue,
    format: string | undefined
  ): void {
    if (value === null) return;
    let stored = sheet.rows[row];
    if (!stored) stored = sheet.rows[row] = { values: [], formatIds: [] };
    stored.values[column - 1] = value;
    stored.formatIds[column - 1] = this.formatId(format);
    if (row > sheet.lastRow) sheet.lastRow = row;
    if (column > sheet.lastColumn) sheet.lastColumn = column;
  }

  formatOf(id: number | undefined): string {
    return id === undefined ? GENERAL : (this.formats[id] ?? GENERAL);
  }

  private formatId(format: string | undefined): number {
    if (!format || format === GENERAL) return 0;
    let id = this.formatIds.get(format);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(format);
      this.formatIds.set(format, id);
    }
    return id;
  }
}

/** A read workbook as a WorkbookSource: both the full loader and the streaming reader end here. */
export class XlsxSource implements WorkbookSource {
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

  private readBlock(request: BlockRequest): CellBlock {
    const sheet = this.sheet(request.sheet);
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < request.rowCount; r++) {
      const stored = sheet.rows[request.firstRow + r];
      const rowValues: CellValue[] = new Array<CellValue>(request.columnCount).fill(null);
      const rowFormats: string[] = new Array<string>(request.columnCount).fill(GENERAL);
      if (stored) {
        for (let c = 0; c < request.columnCount; c++) {
          const index = request.firstColumn - 1 + c;
          const value = stored.values[index];
          if (value === undefined || value === null) continue;
          rowValues[c] = value;
          rowFormats[c] = this.store.formatOf(stored.formatIds[index]);
        }
      }
      values.push(rowValues);
      formats.push(rowFormats);
    }
    return {
      sheet: sheet.name,
      firstRow: request.firstRow,
      firstColumn: request.firstColumn,
      values,
      formats,
    };
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
    const registry = this.store.sheets.find((s) => s.name === REGISTRY_SHEET);
    const marks = new Map<string, GeneratedMark>();
    if (!registry) return marks;
    const block = this.readBlock({
      sheet: REGISTRY_SHEET,
      firstRow: 1,
      rowCount: registry.lastRow,
      firstColumn: 1,
      columnCount: registry.lastColumn,
    });
    for (const entry of decodeRegistry(block.values)) marks.set(entry.sheet, markOf(entry));
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
