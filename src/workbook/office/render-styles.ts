// Styling a SheetDoc: cells grouped by identical style, each group formatted with one request per area list.
import { CellStyle, DocCell, SheetDoc } from "../../core/outputs/sheet-doc";
import { FILL_COLORS, LINK_COLOR, TEXT_COLORS } from "../xlsx/styles";
import { CellPosition, addressLists, cellsToRectangles, quotedSheet, rangeAddress } from "./areas";
import { payloadBytes } from "./budget";
import { RenderContext, hexColor } from "./render-context";

/** What a cell looks like, without its number format (written with the values). */
type Look = Omit<CellStyle, "numberFormat"> & { readonly link?: true };

function lookOf(cell: DocCell): Look | null {
  const { numberFormat: _format, ...look } = cell.style ?? {};
  const full: Look = cell.link ? { ...look, link: true } : look;
  return Object.keys(full).length ? full : null;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const BORDER_COLOR = "#808080";

/** Operations applyLook queues for a look (for the request budget). */
function lookOperations(look: Look): number {
  const flags = [
    look.bold,
    look.italic,
    look.underline || look.link,
    look.size,
    look.color || look.link,
    look.fill,
    look.align,
    look.valign,
    look.wrap,
    look.indent,
  ];
  return flags.filter(Boolean).length + (look.border === "thin" ? EDGES.length * 3 : 0);
}

/** Queues one look onto a range or a list of ranges. */
function applyLook(format: Excel.RangeFormat, look: Look): void {
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.underline || look.link) format.font.underline = "Single";
  if (look.size) format.font.size = look.size;
  const color = look.color ? TEXT_COLORS[look.color] : look.link ? LINK_COLOR : null;
  if (color) format.font.color = hexColor(color);
  if (look.fill) format.fill.color = hexColor(FILL_COLORS[look.fill]);
  if (look.align) format.horizontalAlignment = HORIZONTAL[look.align];
  if (look.valign) format.verticalAlignment = VERTICAL[look.valign];
  if (look.wrap) format.wrapText = true;
  if (look.indent) format.indentLevel = look.indent;
  if (look.border === "thin") {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }
}

/** Inside borders only where a rectangle has inside lines (one-cell ranges have none). */
function applyInsideBorders(range: Excel.Range, rows: number, columns: number): void {
  const inside: ("InsideHorizontal" | "InsideVertical")[] = [];
  if (rows > 1) inside.push("InsideHorizontal");
  if (columns > 1) inside.push("InsideVertical");
  for (const index of inside) {
    const border = range.format.borders.getItem(index);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER_COLOR;
  }
}

/** Every distinct look once: with RangeAreas (ExcelApi 1.9) one request per look and address list. */
export async function writeStyles(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const groups = new Map<string, { look: Look; cells: CellPosition[] }>();
  for (const cell of doc.cells) {
    const look = lookOf(cell);
    if (!look) continue;
    const key = JSON.stringify(look);
    const group = groups.get(key) ?? { look, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  for (const { look, cells } of groups.values()) {
    const rectangles = cellsToRectangles(cells);
    const opsPerRange = lookOperations(look);
    if (rc.features.rangeAreas) {
      for (const list of addressLists(rectangles)) {
        await rc.batch.reserve(payloadBytes(list) * opsPerRange, opsPerRange);
        applyLook(rc.sheet.getRanges(list).format, look);
      }
    } else {
      for (const r of rectangles) {
        await rc.batch.reserve(0, opsPerRange);
        applyLook(rc.sheet.getRange(rangeAddress(r)).format, look);
      }
    }
    if (look.border === "thin") {
      for (const r of rectangles.filter(
        (x) => x.lastRow > x.firstRow || x.lastColumn > x.firstColumn
      )) {
        await rc.batch.reserve(0, 6);
        applyInsideBorders(
          rc.sheet.getRange(rangeAddress(r)),
          r.lastRow - r.firstRow + 1,
          r.lastColumn - r.firstColumn + 1
        );
      }
    }
  }
}

/** Merged areas, one request each. */
export async function writeMerges(rc: RenderContext, doc: SheetDoc): Promise<void> {
  for (const m of doc.merges) {
    await rc.batch.reserve(0);
    rc.sheet.getRange(rangeAddress(m)).merge(false /* across */);
  }
}

/** Hyperlinks to cells of this workbook; the display text is the cell's (already text-formatted) value. */
export async function writeLinks(rc: RenderContext, doc: SheetDoc): Promise<void> {
  for (const cell of doc.cells) {
    if (!cell.link) continue;
    const link: Excel.RangeHyperlink = {
      documentReference: `${quotedSheet(rc.linkSheetName(cell.link.sheet))}!${cell.link.cell}`,
    };
    if (cell.value !== null) link.textToDisplay = String(cell.value);
    await rc.batch.reserve(payloadBytes(link));
    rc.sheet.getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1).hyperlink = link;
  }
}
