// Shared pieces of the report sheets: number formats, fonts, colours, and a grid that collects cells.
import { Lang } from "../findings";
import { Reference } from "../reference";
import { CellStyle, DocCell, MAX_ROW_HEIGHT_PT, PageSetup, RangeRef } from "./sheet-doc";
import { englishDate, parseIsoDate, thaiDate } from "./thai-date";

/** Sheets show two decimals; the cell keeps the full value. */
export const PERCENT_FORMAT = "0.00";
export const MONEY_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "#,##0";

/** Dark blue for progress, orange for money: tell apart in print and for colour-blind readers. */
export const COLORS = {
  progress: "1F4E79",
  disbursement: "C55A11",
  cluster: "2E75B6",
  /** Quarter 1…4, light to dark, so later quarters stand out. */
  quarters: ["9DC3E6", "5B9BD5", "2E75B6", "1F4E79"],
  tab: "1F4E79",
} as const;

export function reportFont(lang: Lang): { name: string; size: number } {
  return lang === "th" ? { name: "TH Sarabun New", size: 14 } : { name: "Calibri", size: 11 };
}

/** Points per line of wrapped text in the report font (TH Sarabun New needs generous leading). */
export function lineHeight(lang: Lang): number {
  return lang === "th" ? 21 : 15;
}

/** Thai vowels and tone marks above or below the line (U+0E31, U+0E34–0E3A, U+0E47–0E4E) take no width of their own. */
function isThaiMark(code: number): boolean {
  return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
}

/**
 * Characters that take width (code points other than Thai marks); one is about one column-width
 * unit in either report font. Counted in one scan: called for every name of a 100,000-row linkage map.
 */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isThaiMark(code)) continue;
    // A surrogate pair is one code point.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Lines a wrapped text needs in a column `width` characters wide. Adapters do not autofit row
 * heights, so the sheet states them. Only 80% of the width counts (less one character of padding):
 * word breaks waste line ends and substitute Thai fonts run wider — a spare line beats a clipped one.
 */
export function linesNeeded(text: string, width: number): number {
  return Math.max(1, Math.ceil(visibleLength(text) / Math.max(1, Math.floor(width * 0.8) - 1)));
}

export const HEADER_STYLE: CellStyle = { bold: true, fill: "header", align: "center", valign: "middle", wrap: true, border: "thin" };
export const TITLE_STYLE: CellStyle = { bold: true, size: 18 };
export const SECTION_STYLE: CellStyle = { bold: true, size: 16 };

/** Landscape A4 for tables and charts, scaled to the page width. */
export function landscapePage(printArea: RangeRef): PageSetup {
  return {
    paper: "A4",
    orientation: "landscape",
    marginsCm: { left: 1.5, right: 1.5, top: 1.5, bottom: 1.5 },
    fitToWidth: true,
    printArea,
  };
}

/** A date from figures (ISO) written the reader's way: Thai date with Thai digits, or English. */
export function displayDate(iso: string, lang: Lang): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return lang === "th" ? thaiDate(date) : englishDate(date);
}

/** A department's short name: Thai abbreviation (กกจ.) in Thai, code (DOE) in English. */
export function departmentShortName(reference: Reference, code: string, lang: Lang): string {
  const d = reference.departmentByCode(code);
  if (!d) return code;
  return lang === "th" ? d.abbr_th : d.code;
}

export function localName(item: { name_th: string; name_en: string }, lang: Lang): string {
  return lang === "th" ? item.name_th : item.name_en;
}

/** Cells and merges collected in any order; the builder of each sheet decides positions. */
export class Grid {
  readonly cells: DocCell[] = [];
  readonly merges: RangeRef[] = [];
  private readonly heights = new Map<number, number>();

  /** `lineHeightPt`: height of one line of text, for rows that must grow to fit wrapped text. */
  constructor(readonly lineHeightPt = 15) {}

  /** Makes `row` at least `points` tall (up to Excel's tallest row: longer text is cut off on screen). */
  height(row: number, points: number): void {
    this.heights.set(row, Math.min(MAX_ROW_HEIGHT_PT, Math.max(this.heights.get(row) ?? 0, points)));
  }

  /** Grows `row` so `text` wrapped in a column `width` characters wide shows whole. */
  fit(row: number, text: string, width: number): void {
    const lines = linesNeeded(text, width);
    if (lines > 1) this.height(row, lines * this.lineHeightPt);
  }

  /** Row heights set so far, top to bottom. */
  rowHeights(): { row: number; height: number }[] {
    return Array.from(this.heights, ([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row);
  }

  /** The grid's share of a SheetDoc: row heights, cells and merges. */
  sheetParts(): { rowHeights: { row: number; height: number }[]; cells: DocCell[]; merges: RangeRef[] } {
    return { rowHeights: this.rowHeights(), cells: this.cells, merges: this.merges };
  }

  set(row: number, column: number, value: string | number | null, style?: CellStyle, link?: DocCell["link"]): void {
    // Every used row gets the font's line height: Excel's default 15 pt clips TH Sarabun New.
    this.height(row, this.lineHeightPt);
    // Built without spreads: a 100,000-row linkage map sets over half a million cells.
    const cell: { row: number; column: number; value: DocCell["value"]; style?: CellStyle; link?: DocCell["link"] } = { row, column, value };
    if (style) cell.style = style;
    if (link) cell.link = link;
    this.cells.push(cell);
  }

  /** Values across a row from `firstColumn`, all in one style. */
  line(row: number, firstColumn: number, values: readonly (string | number | null)[], style?: CellStyle): void {
    values.forEach((v, i) => this.set(row, firstColumn + i, v, style));
  }

  merge(row: number, firstColumn: number, lastColumn: number, lastRow = row): void {
    this.merges.push({ firstRow: row, firstColumn, lastRow, lastColumn });
  }

  /** The last row holding a cell (0 when empty). */
  lastRow(): number {
    return this.cells.reduce((max, c) => Math.max(max, c.row), 0);
  }

  at(row: number, column: number): DocCell | undefined {
    return this.cells.find((c) => c.row === row && c.column === column);
  }
}

export function range(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): RangeRef {
  return { firstRow, firstColumn, lastRow, lastColumn };
}
