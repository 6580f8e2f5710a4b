// Writing a SheetDoc's cells: text formatted "@" before its value, numbers and formats, in row blocks.
import { DocCell, SheetDoc } from "../../core/outputs/sheet-doc";
import { payloadBytes } from "./budget";
import { RenderContext, columnWidthPoints } from "./render-context";

/** Cells per written block, and bytes: keeps each request far below the payload limit. */
export const WRITE_BLOCK_CELLS = 20_000;
export const WRITE_BLOCK_BYTES = 800_000;

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

/** The value written and its number format: any string is text ("@"), whatever it starts with. */
function cellContent(cell: DocCell): { value: Written; format: string | null } {
  if (typeof cell.value === "string") return { value: cell.value, format: "@" };
  if (typeof cell.value === "number" && Number.isFinite(cell.value))
    return { value: cell.value, format: cell.style?.numberFormat ?? null };
  return { value: null, format: cell.style?.numberFormat ?? null };
}

/**
 * Values in blocks of whole rows over the doc's extent. In each block the number formats are queued
 * before the values, so Excel stores text into cells already formatted as text and never parses it
 * as a formula, number or date. Null leaves a cell untouched (the sheet is new and empty).
 */
export async function writeCellValues(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const { rows, columns } = docExtent(doc);
  if (rows === 0) return;
  const values: Written[][] = Array.from({ length: rows }, () =>
    new Array<Written>(columns).fill(null)
  );
  const formats: (string | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | null>(columns).fill(null)
  );
  for (const cell of doc.cells) {
    const { value, format } = cellContent(cell);
    values[cell.row - 1][cell.column - 1] = value;
    formats[cell.row - 1][cell.column - 1] = format;
  }
  let first = 0;
  while (first < rows) {
    let bytes = 0;
    let last = first;
    while (
      last < rows &&
      (last === first ||
        ((last - first + 1) * columns <= WRITE_BLOCK_CELLS && bytes < WRITE_BLOCK_BYTES))
    ) {
      bytes += payloadBytes(values[last]) + payloadBytes(formats[last]);
      last++;
    }
    const blockValues = values.slice(first, last);
    const blockFormats = formats.slice(first, last);
    await rc.batch.reserve(bytes, 2);
    const range = rc.sheet.getRangeByIndexes(first, 0, last - first, columns);
    range.numberFormat = blockFormats as string[][];
    range.values = blockValues as (string | number)[][];
    first = last;
  }
}

/** The sheet's font over the written extent, column widths and row heights: a few requests per sheet. */
export async function writeSheetFrame(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const { rows, columns } = docExtent(doc);
  const sheet = rc.sheet;
  if (rows > 0) {
    await rc.batch.reserve(payloadBytes(doc.font), 2);
    const all = sheet.getRangeByIndexes(0, 0, rows, Math.max(columns, doc.columnWidths.length, 1));
    all.format.font.name = doc.font.name;
    all.format.font.size = doc.font.size;
  }
  for (const run of equalRuns(doc.columnWidths.map((w, i) => ({ at: i, value: w })))) {
    await rc.batch.reserve(0);
    sheet.getRangeByIndexes(0, run.from, 1, run.to - run.from + 1).format.columnWidth =
      columnWidthPoints(run.value);
  }
  const heights = [...(doc.rowHeights ?? [])]
    .sort((a, b) => a.row - b.row)
    .map((h) => ({ at: h.row - 1, value: h.height }));
  for (const run of equalRuns(heights)) {
    await rc.batch.reserve(0);
    sheet.getRangeByIndexes(run.from, 0, run.to - run.from + 1, 1).format.rowHeight = run.value;
  }
}

/** Consecutive positions with the same value, so one request sets them all. */
export function equalRuns(
  items: readonly { at: number; value: number }[]
): { from: number; to: number; value: number }[] {
  const runs: { from: number; to: number; value: number }[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last.to === item.at - 1 && last.value === item.value) last.to = item.at;
    else runs.push({ from: item.at, to: item.at, value: item.value });
  }
  return runs;
}
