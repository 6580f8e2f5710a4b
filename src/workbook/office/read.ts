// Reading blocks of cells in one sync, halving a block and retrying when Excel refuses it for size.
import { CellBlock, CellValue, asExcelErrorText } from "../../core/cell";
import { BlockRequest } from "../../core/port";
import { isGeneralException, isPayloadTooLarge } from "./errors";

/**
 * Cells read per sync at most (values and number formats). Excel on the web limits a response to
 * 5 MB, and each cell costs both its value and its format there — at least ~13 bytes even when empty
 * (`"",` and `"General",`), ~50 with Thai text — so 100,000 cells stay under it (the core reads trackers
 * in blocks of the same size); a bigger request is sliced by rows and read over several syncs.
 */
export const MAX_CELLS_PER_READ = 100_000;

const cellsOf = (requests: readonly BlockRequest[]) =>
  requests.reduce((n, r) => n + r.rowCount * r.columnCount, 0);

/** True when the failed read may be refused for its size, so reading it in halves can succeed. */
function mayBeOversize(error: unknown, requests: readonly BlockRequest[]): boolean {
  if (isPayloadTooLarge(error)) return true;
  // A GeneralException for another cause reaches the user once halving is down to one cell: about
  // log2(cells) failed round trips, paid only on a failure path.
  return isGeneralException(error) && cellsOf(requests) > 1;
}

/** Office.js gives "" for empty cells and error values as their text ("#N/A"). */
export function cellValueOf(raw: unknown): CellValue {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  const text = String(raw);
  const error = asExcelErrorText(text);
  // Only the exact error text is an error value; " #n/a " typed as text stays text.
  return error && error.code === text ? error : text;
}

/** Splits requests over the per-read cell cap into row slices, before any round trip. */
function capped(requests: readonly BlockRequest[]): BlockRequest[] {
  return requests.flatMap((req) => {
    const rowsPerSlice = Math.max(1, Math.floor(MAX_CELLS_PER_READ / Math.max(1, req.columnCount)));
    if (req.rowCount <= rowsPerSlice) return [req];
    const slices: BlockRequest[] = [];
    for (let offset = 0; offset < req.rowCount; offset += rowsPerSlice) {
      slices.push({
        ...req,
        firstRow: req.firstRow + offset,
        rowCount: Math.min(rowsPerSlice, req.rowCount - offset),
      });
    }
    return slices;
  });
}

async function readOnce(
  context: Excel.RequestContext,
  requests: readonly BlockRequest[]
): Promise<CellBlock[]> {
  const sheets = new Map<string, Excel.Worksheet>();
  const ranges = requests.map((req) => {
    let sheet = sheets.get(req.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(req.sheet);
      sheets.set(req.sheet, sheet);
    }
    return sheet
      .getRangeByIndexes(req.firstRow - 1, req.firstColumn - 1, req.rowCount, req.columnCount)
      .load("values,numberFormat");
  });
  await context.sync();
  return requests.map((req, i) => ({
    sheet: req.sheet,
    firstRow: req.firstRow,
    firstColumn: req.firstColumn,
    values: ranges[i].values.map((row) => row.map(cellValueOf)),
    formats: ranges[i].numberFormat.map((row) =>
      row.map((f) => (typeof f === "string" && f !== "" ? f : "General"))
    ),
  }));
}

function stackRows(top: CellBlock, bottom: CellBlock): CellBlock {
  return {
    ...top,
    values: [...top.values, ...bottom.values],
    formats: [...top.formats, ...bottom.formats],
  };
}

function joinColumns(left: CellBlock, right: CellBlock): CellBlock {
  return {
    ...left,
    values: left.values.map((row, r) => [...row, ...right.values[r]]),
    formats: left.formats.map((row, r) => [...row, ...right.formats[r]]),
  };
}

/**
 * One sync for all requests; when Excel refuses the round trip for size (e.g. many 32,767-character
 * cells), the requests are halved — by request, then by rows, then by columns — and read in turn.
 */
async function readSplitting(
  context: Excel.RequestContext,
  requests: readonly BlockRequest[]
): Promise<CellBlock[]> {
  try {
    return await readOnce(context, requests);
  } catch (error) {
    if (!mayBeOversize(error, requests)) throw error;
    if (requests.length > 1) {
      const mid = Math.ceil(requests.length / 2);
      const first = await readSplitting(context, requests.slice(0, mid));
      return [...first, ...(await readSplitting(context, requests.slice(mid)))];
    }
    const [req] = requests;
    if (req.rowCount > 1) {
      const topRows = Math.ceil(req.rowCount / 2);
      const [top] = await readSplitting(context, [{ ...req, rowCount: topRows }]);
      const [bottom] = await readSplitting(context, [
        { ...req, firstRow: req.firstRow + topRows, rowCount: req.rowCount - topRows },
      ]);
      return [stackRows(top, bottom)];
    }
    if (req.columnCount > 1) {
      const leftColumns = Math.ceil(req.columnCount / 2);
      const [left] = await readSplitting(context, [{ ...req, columnCount: leftColumns }]);
      const [right] = await readSplitting(context, [
        {
          ...req,
          firstColumn: req.firstColumn + leftColumns,
          columnCount: req.columnCount - leftColumns,
        },
      ]);
      return [joinColumns(left, right)];
    }
    throw error;
  }
}

/** Consecutive slices grouped so each sync reads at most MAX_CELLS_PER_READ cells. */
function syncGroups(slices: readonly BlockRequest[]): BlockRequest[][] {
  const groups: BlockRequest[][] = [];
  let cells = Infinity;
  for (const slice of slices) {
    const size = slice.rowCount * slice.columnCount;
    if (cells + size > MAX_CELLS_PER_READ) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1].push(slice);
    cells += size;
  }
  return groups;
}

/** Blocks in request order; a request over the cell cap comes back as one block all the same. */
export async function readCellBlocks(
  context: Excel.RequestContext,
  requests: readonly BlockRequest[]
): Promise<CellBlock[]> {
  if (requests.length === 0) return [];
  const slices = capped(requests);
  const blocks: CellBlock[] = [];
  for (const group of syncGroups(slices)) blocks.push(...(await readSplitting(context, group)));
  if (slices.length === requests.length) return blocks;
  // Re-assemble the row slices of a capped request into one block.
  const out: CellBlock[] = [];
  let next = 0;
  for (const req of requests) {
    let block = blocks[next++];
    while (block.values.length < req.rowCount) block = stackRows(block, blocks[next++]);
    out.push(block);
  }
  return out;
}
