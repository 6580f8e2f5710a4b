// An in-memory WorkbookSource over 2-D arrays: for tests, the sample tracker and pasted data.
import { CellBlock, CellValue, isBlankValue } from "../../core/cell";
import { BlockRequest, SheetInfo, TableInfo, WorkbookSource } from "../../core/port";

export interface MemorySheet {
  readonly name: string;
  readonly values: CellValue[][];
  /** Number formats, same shape as values where given ("General" elsewhere). */
  readonly formats?: string[][];
  readonly tables?: TableInfo[];
  readonly visible?: boolean;
}

function extent(values: CellValue[][]): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (!isBlankValue(v)) {
        lastRow = Math.max(lastRow, r + 1);
        lastColumn = Math.max(lastColumn, c + 1);
      }
    });
  });
  return { lastRow, lastColumn };
}

export class MemorySource implements WorkbookSource {
  readBlockCalls = 0;

  constructor(
    readonly label: string,
    private readonly sheets: readonly MemorySheet[],
  ) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({
      name: s.name,
      ...extent(s.values),
      visible: s.visible ?? true,
      generated: null,
      tables: s.tables ?? [],
    }));
  }

  async readBlocks(requests: readonly BlockRequest[]): Promise<CellBlock[]> {
    this.readBlockCalls++;
    return requests.map((req) => {
      const sheet = this.sheets.find((s) => s.name === req.sheet);
      if (!sheet) throw new Error(`MemorySource: no sheet ${req.sheet}`);
      const values: CellValue[][] = [];
      const formats: string[][] = [];
      for (let r = 0; r < req.rowCount; r++) {
        const srcRow = sheet.values[req.firstRow - 1 + r] ?? [];
        const srcFmt = sheet.formats?.[req.firstRow - 1 + r] ?? [];
        const vRow: CellValue[] = [];
        const fRow: string[] = [];
        for (let c = 0; c < req.columnCount; c++) {
          vRow.push(srcRow[req.firstColumn - 1 + c] ?? null);
          fRow.push(srcFmt[req.firstColumn - 1 + c] ?? "General");
        }
        values.push(vRow);
        formats.push(fRow);
      }
      return { sheet: req.sheet, firstRow: req.firstRow, firstColumn: req.firstColumn, values, formats };
    });
  }
}
