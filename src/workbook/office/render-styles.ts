// Styling a SheetDoc: cells grouped by each formatting property they share, one request per property and area list.
import { CellStyle, DocCell, RangeRef, SheetDoc } from "../../core/outputs/sheet-doc";
import { FILL_COLORS, LINK_COLOR, TEXT_COLORS } from "../xlsx/styles";
import { CellPosition, addressLists, cellsToRectangles, rangeAddress } from "./areas";
import { payloadBytes } from "./budget";
import { OfficeFeatures } from "./features";
import { note } from "./notes";
import { RenderContext, hexColor } from "./render-context";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const BORDER_COLOR = "#808080";

/** One formatting property set to one value (bold, a fill colour, thin borders, …). */
interface Setter {
  readonly key: string;
  /** Actions `apply` queues, and the objects under the range they reach (for the request budget). */
  readonly operations: number;
  readonly paths: number;
  readonly apply: (format: Excel.RangeFormat) => void;
  /** Thin borders also need inside lines wherever a rectangle has them. */
  readonly border?: true;
}

function setBorder(border: Excel.RangeBorder): void {
  border.style = "Continuous";
  border.weight = "Thin";
  border.color = BORDER_COLOR;
}

const setters = new Map<string, Setter>();

/** The one setter object per key, so cells are grouped by key without a new object per cell. */
function setter(
  key: string,
  apply: (format: Excel.RangeFormat) => void,
  paths: number,
  operations = 1
): Setter {
  let made = setters.get(key);
  if (!made) {
    made = { key, operations, paths, apply };
    if (key === "border") made = { ...made, border: true };
    setters.set(key, made);
  }
  return made;
}

/** The setters a style (and a link) comes to; the number format is written with the values. */
function settersOfStyle(style: CellStyle, link: boolean, features: OfficeFeatures): Setter[] {
  const out: Setter[] = [];
  // Paths: format and font (2), format and fill (2), format alone (1).
  if (style.bold) out.push(setter("bold", (f) => (f.font.bold = true), 2));
  if (style.italic) out.push(setter("italic", (f) => (f.font.italic = true), 2));
  if (style.underline || link)
    out.push(setter("underline", (f) => (f.font.underline = "Single"), 2));
  const size = style.size;
  if (size) out.push(setter(`size ${size}`, (f) => (f.font.size = size), 2));
  const color = style.color
    ? hexColor(TEXT_COLORS[style.color])
    : link
      ? hexColor(LINK_COLOR)
      : null;
  if (color) out.push(setter(`color ${color}`, (f) => (f.font.color = color), 2));
  const fill = style.fill ? hexColor(FILL_COLORS[style.fill]) : null;
  if (fill) out.push(setter(`fill ${fill}`, (f) => (f.fill.color = fill), 2));
  const align = style.align ? HORIZONTAL[style.align] : null;
  if (align) out.push(setter(`align ${align}`, (f) => (f.horizontalAlignment = align), 1));
  const valign = style.valign ? VERTICAL[style.valign] : null;
  if (valign) out.push(setter(`valign ${valign}`, (f) => (f.verticalAlignment = valign), 1));
  if (style.wrap) out.push(setter("wrap", (f) => (f.wrapText = true), 1));
  const indent = style.indent;
  // RangeFormat.indentLevel is ExcelApi 1.9: Excel 2019 (1.8) would refuse the whole request.
  if (indent && features.indentLevel)
    out.push(setter(`indent ${indent}`, (f) => (f.indentLevel = indent), 1));
  if (style.border === "thin") {
    const apply = (f: Excel.RangeFormat) => EDGES.forEach((e) => setBorder(f.borders.getItem(e)));
    // Format, borders and one item per edge; three actions per edge.
    out.push(setter("border", apply, 2 + EDGES.length, EDGES.length * 3));
  }
  return out;
}

const NO_STYLE: CellStyle = {};
/** Setters by style object, link and host features: report sheets share one style object across a whole column. */
const byStyle = new WeakMap<CellStyle, Map<string, Setter[]>>();

function settersOf(cell: DocCell, features: OfficeFeatures): Setter[] {
  const style = cell.style ?? NO_STYLE;
  const cached = byStyle.get(style) ?? new Map<string, Setter[]>();
  byStyle.set(style, cached);
  const key = `${cell.link ? "link" : "plain"} ${features.indentLevel ? "indent" : "flat"}`;
  let found = cached.get(key);
  if (!found) cached.set(key, (found = settersOfStyle(style, Boolean(cell.link), features)));
  return found;
}

type InsideBorder = "InsideHorizontal" | "InsideVertical";

/** The inside lines a rectangle has: horizontal ones when it spans rows, vertical when it spans columns. */
function insideLines(r: RangeRef): InsideBorder[] {
  const inside: InsideBorder[] = [];
  if (r.lastRow > r.firstRow) inside.push("InsideHorizontal");
  if (r.lastColumn > r.firstColumn) inside.push("InsideVertical");
  return inside;
}

/**
 * Inside borders only where a rectangle has inside lines (one-cell ranges have none). With
 * RangeAreas, rectangles with the same inside lines share one request per address list (a border
 * set on RangeAreas is set on each of its areas); without, one request per rectangle.
 */
async function writeInsideBorders(
  rc: RenderContext,
  rectangles: readonly RangeRef[]
): Promise<void> {
  const byLines = new Map<string, { inside: InsideBorder[]; ranges: RangeRef[] }>();
  const apply = (borders: Excel.RangeBorderCollection, inside: readonly InsideBorder[]) =>
    inside.forEach((index) => setBorder(borders.getItem(index)));
  for (const r of rectangles) {
    const inside = insideLines(r);
    if (inside.length === 0) continue;
    if (!rc.features.rangeAreas) {
      await rc.batch.reserve(0, inside.length * 3, 3 + inside.length);
      apply(rc.sheet.getRange(rangeAddress(r)).format.borders, inside);
      continue;
    }
    const key = inside.join();
    const group = byLines.get(key) ?? { inside, ranges: [] };
    group.ranges.push(r);
    byLines.set(key, group);
  }
  // Groups exist only with RangeAreas (the loop above handled each rectangle otherwise).
  if (!rc.features.rangeAreas) return;
  for (const { inside, ranges } of byLines.values()) {
    const operations = inside.length * 3;
    // The areas, their format, the borders and one item per line.
    for (const list of addressLists(ranges)) {
      await rc.batch.reserve(payloadBytes(list), operations, 3 + inside.length);
      apply(rc.sheet.getRanges(list).format.borders, inside);
    }
  }
}

/**
 * Each formatting property once over every cell that has it: a border shared by a whole table is
 * one rectangle, a fill on scattered cells one address list, however the cells' styles combine.
 * With RangeAreas (ExcelApi 1.9) one request per property and address list; without, per rectangle.
 */
export async function writeStyles(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const groups = new Map<Setter, CellPosition[]>();
  for (const cell of doc.cells) {
    if (cell.style?.indent && !rc.features.indentLevel && !rc.notes.some((n) => n.code === "no-indent"))
      rc.notes.push(note("no-indent"));
    for (const s of settersOf(cell, rc.features)) {
      const cells = groups.get(s);
      if (cells) cells.push(cell);
      else groups.set(s, [cell]);
    }
  }
  for (const [s, cells] of groups) {
    const rectangles = cellsToRectangles(cells);
    if (rc.features.rangeAreas) {
      for (const list of addressLists(rectangles)) {
        await rc.batch.reserve(payloadBytes(list), s.operations, 1 + s.paths);
        s.apply(rc.sheet.getRanges(list).format);
      }
    } else {
      for (const r of rectangles) {
        await rc.batch.reserve(payloadBytes(rangeAddress(r)), s.operations, 1 + s.paths);
        s.apply(rc.sheet.getRange(rangeAddress(r)).format);
      }
    }
    if (s.border) await writeInsideBorders(rc, rectangles);
  }
}

/** Merged areas, one request each. */
export async function writeMerges(rc: RenderContext, doc: SheetDoc): Promise<void> {
  for (const m of doc.merges) {
    await rc.batch.reserve(payloadBytes(rangeAddress(m)));
    rc.sheet.getRange(rangeAddress(m)).merge(false /* across */);
  }
}
