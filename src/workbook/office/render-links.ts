// Hyperlinks of a SheetDoc to cells of this workbook: whole columns of links in one request each where the host allows.
import { DocCell, SheetDoc } from "../../core/outputs/sheet-doc";
import { cellsToRectangles, quotedSheet } from "./areas";
import { payloadBytes } from "./budget";
import { WRITE_BLOCK_BYTES } from "./render-cells";
import { RenderContext } from "./render-context";

/** A block of links smaller than this waits for the next request rather than filling the end of this one. */
const MIN_BLOCK_BYTES = 50_000;

/** The link as Office.js takes it; the display text is the cell's (already text-formatted) value. */
function hyperlinkOf(rc: RenderContext, cell: DocCell): Excel.RangeHyperlink | null {
  if (!cell.link) return null;
  const link: Excel.RangeHyperlink = {
    documentReference: `${quotedSheet(rc.linkSheetName(cell.link.sheet))}!${cell.link.cell}`,
  };
  if (cell.value !== null) link.textToDisplay = String(cell.value);
  return link;
}

/**
 * With setCellProperties (ExcelApi 1.9), each rectangle of linked cells (a validation sheet's link
 * column) gets its links as one 2-D array per block of rows, cut to fill the request: a link then
 * costs its own hundred bytes, not a request action and a range of its own (about 380 bytes).
 * Without, one request per linked cell.
 */
export async function writeLinks(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const linked = doc.cells.filter((c) => c.link);
  if (!rc.features.cellProperties) {
    for (const cell of linked) {
      const link = hyperlinkOf(rc, cell)!;
      await rc.batch.reserve(payloadBytes(link));
      rc.sheet.getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1).hyperlink = link;
    }
    return;
  }
  const byPosition = new Map(linked.map((c) => [`${c.row},${c.column}`, c]));
  for (const r of cellsToRectangles(linked)) {
    const columns = r.lastColumn - r.firstColumn + 1;
    const rowProperties = (row: number) =>
      Array.from({ length: columns }, (_, i) => ({
        hyperlink: hyperlinkOf(rc, byPosition.get(`${row},${r.firstColumn + i}`)!)!,
      }));
    let row = r.firstRow;
    while (row <= r.lastRow) {
      const room = rc.batch.room();
      const limit = room >= MIN_BLOCK_BYTES ? Math.min(room, WRITE_BLOCK_BYTES) : WRITE_BLOCK_BYTES;
      const block: Excel.SettableCellProperties[][] = [];
      let bytes = 2;
      for (; row <= r.lastRow; row++) {
        const properties = rowProperties(row);
        const rowBytes = payloadBytes(properties) + 1;
        if (block.length > 0 && bytes + rowBytes > limit) break;
        block.push(properties);
        bytes += rowBytes;
      }
      await rc.batch.reserve(bytes);
      const first = row - block.length;
      rc.sheet
        .getRangeByIndexes(first - 1, r.firstColumn - 1, block.length, columns)
        .setCellProperties(block);
    }
  }
}
