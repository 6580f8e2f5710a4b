// Row heights for a written sheet: a file has no layout engine, so rows are sized from font sizes and wrapped text.
import { DocCell, SheetDoc } from "../../core/outputs/sheet-doc";
import { cellKey } from "./render-table";

/** Line height per point of font size: Thai marks above and below need more room than Latin text. */
const LINE_HEIGHT_PER_POINT = 1.5;
/** Excel's width of a column without a set width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Pixels of one column-width unit (a digit of the default font at 96 dpi). */
const PIXELS_PER_WIDTH_UNIT = 7;
/** Average advance of a spacing character as a fraction of the font size (generous, so text is not clipped). */
const AVERAGE_CHAR_EM = 0.5;
/** Thai vowel and tone marks drawn above or below the previous letter take no width. */
const ZERO_WIDTH_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

export function lineHeight(size: number): number {
  return Math.ceil(size * LINE_HEIGHT_PER_POINT * 4) / 4;
}

function columnWidth(doc: SheetDoc, column: number): number {
  return doc.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
}

/** Lines a wrapped text needs in a span `width` characters wide (estimated; never fewer than its own lines). */
function wrappedLines(text: string, size: number, width: number): number {
  const pixelsPerChar = size * AVERAGE_CHAR_EM * (96 / 72);
  const charsPerLine = Math.max(1, Math.floor((width * PIXELS_PER_WIDTH_UNIT) / pixelsPerChar));
  return text
    .split("\n")
    .reduce(
      (lines, paragraph) =>
        lines +
        Math.max(1, Math.ceil(paragraph.replace(ZERO_WIDTH_MARKS, "").length / charsPerLine)),
      0
    );
}

/**
 * Height of every row that holds a value: the doc's own height when it gives one, else enough for
 * its largest font and its wrapped text. A cell merged over several rows shares its need among them.
 */
export function rowHeightsOf(doc: SheetDoc): Map<number, number> {
  const explicit = new Map((doc.rowHeights ?? []).map((r) => [r.row, r.height]));
  const mergeAt = new Map(doc.merges.map((m) => [cellKey(m.firstRow, m.firstColumn), m]));
  const needs = new Map<number, number>();
  const need = (row: number, height: number) =>
    needs.set(row, Math.max(needs.get(row) ?? 0, height));

  for (const cell of doc.cells as DocCell[]) {
    if (cell.value === null || explicit.has(cell.row)) continue;
    const size = cell.style?.size ?? doc.font.size;
    const merge = mergeAt.size ? mergeAt.get(cellKey(cell.row, cell.column)) : undefined;
    const rows = merge ? merge.lastRow - merge.firstRow + 1 : 1;
    let width = columnWidth(doc, cell.column);
    if (merge)
      for (let c = merge.firstColumn + 1; c <= merge.lastColumn; c++) width += columnWidth(doc, c);
    const lines = cell.style?.wrap ? wrappedLines(String(cell.value), size, width) : 1;
    for (let r = 0; r < rows; r++) need(cell.row + r, (lineHeight(size) * lines) / rows);
  }
  const base = lineHeight(doc.font.size);
  const heights = new Map<number, number>();
  for (const [row, height] of needs) heights.set(row, Math.max(base, Math.ceil(height * 4) / 4));
  for (const [row, height] of explicit) heights.set(row, height);
  return heights;
}
