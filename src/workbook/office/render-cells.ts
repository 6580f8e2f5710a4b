// Writing a SheetDoc's cells: number formats first ("@" for every text), then values in row blocks that fill each request.
import { DocCell, SheetDoc } from "../../core/outputs/sheet-doc";
import { CellPosition, cellsToRectangles } from "./areas";
import { payloadBytes } from "./budget";
import { RenderContext } from "./render-context";

/** Cells per written block, and bytes: Excel does a block's work in one go, so none is huge. */
export const WRITE_BLOCK_CELLS = 20_000;
export const WRITE_BLOCK_BYTES = 800_000;
/** A block smaller than this waits for the next request rather than filling the end of this one. */
const MIN_BLOCK_BYTES = 50_000;
/** Cells one number-format range may cover (Excel's limit for one operation is 5 million). */
const FORMAT_RANGE_CELLS = 1_000_000;

type Written = string | number | null;

export function docExtent(doc: SheetDoc): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const c of doc.cells) {
    rows = Math.max(rows, c.row);
    columns = Math.max(columns, c.column);
  }
  return { rows, columns };
}

/** The value written: any string is text, whatever it starts with; null leaves the new cell empty. */
function cellValue(cell: DocCell): Written {
  if (typeof cell.value === "string") return cell.value;
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) return cell.value;
  return null;
}

/** A cell's number format: text ("@") for any string, so Excel never parses it; else the style's. */
function cellFormat(cell: DocCell): string | null {
  if (typeof cell.value === "string") return "@";
  return cell.style?.numberFormat ?? null;
}

/**
 * Every number format before any value, so Excel stores text into cells already formatted as text
 * and never takes it for a formula, number or date. Cells sharing a format are merged into
 * rectangles, and each rectangle gets its format as one value for all its cells (Office.js applies
 * a single value to every cell of a range) — a whole column of "@" is one small operation, not a
 * 2-D array of "@" as large as the column.
 */
export async function writeNumberFormats(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const byFormat = new Map<string, CellPosition[]>();
  for (const cell of doc.cells) {
    const format = cellFormat(cell);
    if (format === null) continue;
    const cells = byFormat.get(format);
    if (cells) cells.push(cell);
    else byFormat.set(format, [cell]);
  }
  for (const [format, cells] of byFormat) {
    for (const r of cellsToRectangles(cells)) {
      const columns = r.lastColumn - r.firstColumn + 1;
      const rowsPerRange = Math.max(1, Math.floor(FORMAT_RANGE_CELLS / columns));
      for (let row = r.firstRow; row <= r.lastRow; row += rowsPerRange) {
        const rows = Math.min(rowsPerRange, r.lastRow - row + 1);
        await rc.batch.reserve(payloadBytes(format));
        const range = rc.sheet.getRangeByIndexes(row - 1, r.firstColumn - 1, rows, columns);
        // The typings only know the 2-D form; one string is the documented "same for all cells" form.
        range.numberFormat = format as unknown as string[][];
      }
    }
  }
}

/**
 * Values in blocks of whole rows over the doc's extent, after writeNumberFormats. Each block is cut
 * to fill what is left of the current request, so requests go out full. Null leaves a cell
 * untouched (the sheet is new and empty).
 */
export async function writeCellValues(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const { rows, columns } = docExtent(doc);
  if (rows === 0) return;
  const values: Written[][] = Array.from({ length: rows }, () =>
    new Array<Written>(columns).fill(null)
  );
  for (const cell of doc.cells) values[cell.row - 1][cell.column - 1] = cellValue(cell);
  const rowsPerBlock = Math.max(1, Math.floor(WRITE_BLOCK_CELLS / columns));
  let first = 0;
  while (first < rows) {
    const room = rc.batch.room();
    const limit = room >= MIN_BLOCK_BYTES ? Math.min(room, WRITE_BLOCK_BYTES) : WRITE_BLOCK_BYTES;
    // Brackets of the outer array, then each row and its comma.
    let bytes = 2;
    let last = first;
    while (last < rows && last - first < rowsPerBlock) {
      const rowBytes = payloadBytes(values[last]) + 1;
      if (last > first && bytes + rowBytes > limit) break;
      bytes += rowBytes;
      last++;
    }
    await rc.batch.reserve(bytes);
    const range = rc.sheet.getRangeByIndexes(first, 0, last - first, columns);
    range.values = values.slice(first, last) as (string | number)[][];
    first = last;
  }
}
