// The memo page (บันทึกข้อความ) as a grid: A4 portrait, 8 columns, merged wrapped paragraphs, estimated heights.
import { CellStyle, DocCell, MAX_ROW_HEIGHT_PT, PageSetup, RangeRef, SheetDoc } from "./sheet-doc";

export const MEMO_FONT = { name: "TH Sarabun New", size: 16 } as const;
/** The heading "บันทึกข้อความ" is set large, as on the official form. */
export const MEMO_HEADING_SIZE = 29;
export const MEMO_COLUMNS = 8;
/**
 * Column widths in characters (of the workbook's default font, Calibri 11: about 0.19 cm each).
 * They add up to 76 ≈ 14.5 cm of text plus cell padding, inside the 16 cm between the margins of A4
 * portrait. Column A is wider so the labels (ส่วนราชการ) fit beside their text.
 */
export const MEMO_COLUMN_WIDTHS: readonly number[] = [12.5, 9, 9, 9, 9, 9, 9, 9.5];
/** One column-width character is about 0.19 cm; so is one Thai character at 16 pt. */
const CM_PER_WIDTH_UNIT = 0.19;
const CM_PER_THAI_CHAR = 0.19;
/** Row height (points) of one line of 16 pt TH Sarabun New, whose line spacing is generous. */
export const LINE_HEIGHT_PT = 26;
const HEADING_HEIGHT_PT = 42;
const RULE_HEIGHT_PT = 3;

export const MEMO_PAGE: Omit<PageSetup, "printArea"> = {
  paper: "A4",
  orientation: "portrait",
  marginsCm: { left: 3, right: 2, top: 2.5, bottom: 2 },
  // A safety net only: the widths above already fit, so Excel should not need to shrink the text.
  fitToWidth: true,
};

/** Thai vowels and tone marks above or below the line take no width of their own. */
const ZERO_WIDTH_THAI = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** Dots, commas and spaces are about half as wide as a Thai letter. */
const NARROW = /[ .,:;'()|!]/;

/** Width of a text in Thai-letter units (combining marks take none, narrow marks half). */
export function visibleLength(text: string): number {
  return Array.from(text.replace(ZERO_WIDTH_THAI, "")).reduce(
    (width, ch) => width + (NARROW.test(ch) ? 0.5 : 1),
    0
  );
}

/** Lines a text needs when wrapped in a cell `widthUnits` characters wide (explicit line breaks kept). */
export function wrappedLines(text: string, widthUnits: number): number {
  // Word wrapping wastes the end of each line, and a clipped line is worse than a spare one:
  // count 62% of the width as usable: measured on memos rendered by LibreOffice with the Tlwg
  // fonts (wider than TH Sarabun New), so Excel with Sarabun gets spare space, never clipped lines.
  const charsPerLine = Math.max(
    1,
    Math.floor((widthUnits * CM_PER_WIDTH_UNIT * 0.62) / CM_PER_THAI_CHAR)
  );
  return text
    .split("\n")
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(visibleLength(part) / charsPerLine)), 0);
}

/** Lines a text needs when wrapped over memo columns first…last. */
export function estimateLines(text: string, firstColumn: number, lastColumn: number): number {
  return wrappedLines(
    text,
    MEMO_COLUMN_WIDTHS.slice(firstColumn - 1, lastColumn).reduce((a, b) => a + b, 0)
  );
}

export interface TableColumn {
  readonly title: string;
  /** Memo columns this table column spans. */
  readonly span: number;
  readonly align: "left" | "center" | "right";
}

export interface TableLine {
  readonly values: readonly string[];
  /** Subtotal / total line: bold on a tinted fill. */
  readonly emphasis?: "subtotal" | "total";
  /** Indent the first value (a child line such as a master plan under its strategy). */
  readonly indent?: number;
}

/** Builds a memo sheet top to bottom; each call adds one or more rows below the last. */
export class MemoSheet {
  private lastRow = 0;
  private readonly cells: DocCell[] = [];
  private readonly merges: RangeRef[] = [];
  private readonly heights: { row: number; height: number }[] = [];

  /** The row the next call writes to. */
  get nextRow(): number {
    return this.lastRow + 1;
  }

  private put(
    row: number,
    first: number,
    last: number,
    value: string | null,
    style: CellStyle
  ): void {
    this.cells.push({ row, column: first, value, style });
    if (last === first) return;
    this.merges.push({ firstRow: row, firstColumn: first, lastRow: row, lastColumn: last });
    // A merged box needs its border on every cell of the merge, or only the first cell is framed.
    if (style.border)
      for (let c = first + 1; c <= last; c++)
        this.cells.push({ row, column: c, value: null, style });
  }

  private newRow(height?: number): number {
    this.lastRow++;
    if (height !== undefined)
      this.heights.push({ row: this.lastRow, height: Math.min(MAX_ROW_HEIGHT_PT, height) });
    return this.lastRow;
  }

  heading(text: string): void {
    const row = this.newRow(HEADING_HEIGHT_PT);
    this.put(row, 1, MEMO_COLUMNS, text, {
      bold: true,
      size: MEMO_HEADING_SIZE,
      align: "center",
      valign: "middle",
    });
  }

  /** A bold label in column A and its text across the rest of the line. */
  labelled(label: string, value: string): void {
    const row = this.newRow(estimateLines(value, 2, MEMO_COLUMNS) * LINE_HEIGHT_PT);
    this.put(row, 1, 1, label, { bold: true, valign: "top" });
    this.put(row, 2, MEMO_COLUMNS, value, { wrap: true, valign: "top" });
  }

  /** Two labelled values on one line, as ที่ and วันที่ are on the official form. */
  labelledPair(left: [string, string], right: [string, string]): void {
    const row = this.newRow(LINE_HEIGHT_PT);
    const half = MEMO_COLUMNS / 2;
    this.put(row, 1, 1, left[0], { bold: true });
    this.put(row, 2, half, left[1], {});
    this.put(row, half + 1, half + 1, right[0], { bold: true });
    this.put(row, half + 2, MEMO_COLUMNS, right[1], {});
  }

  /** The thin rule under the header lines: a bordered row so low its borders read as one line. */
  rule(): void {
    const row = this.newRow(RULE_HEIGHT_PT);
    this.put(row, 1, MEMO_COLUMNS, null, { border: "thin" });
  }

  blank(): void {
    this.newRow(LINE_HEIGHT_PT / 2);
  }

  /** A wrapped paragraph from `firstColumn` to the right margin. */
  paragraph(
    text: string,
    opts: { firstColumn?: number; bold?: boolean; align?: "left" | "center" } = {}
  ): void {
    const first = opts.firstColumn ?? 1;
    const row = this.newRow(estimateLines(text, first, MEMO_COLUMNS) * LINE_HEIGHT_PT);
    this.put(row, first, MEMO_COLUMNS, text, {
      wrap: true,
      valign: "top",
      bold: opts.bold,
      align: opts.align ?? "left",
    });
  }

  /** A bordered table; column spans must add up to the memo's width. */
  table(columns: readonly TableColumn[], lines: readonly TableLine[]): void {
    const spans = columns.reduce((sum, c) => sum + c.span, 0);
    if (spans !== MEMO_COLUMNS)
      throw new Error(`memo table spans ${spans} columns, not ${MEMO_COLUMNS}`);
    this.tableRow(
      columns,
      columns.map((c) => c.title),
      { bold: true, fill: "header", align: "center", valign: "middle", wrap: true, border: "thin" }
    );
    for (const line of lines) {
      const fill = line.emphasis;
      this.tableRow(
        columns,
        line.values,
        { bold: fill !== undefined, fill, valign: "top", wrap: true, border: "thin" },
        line.indent
      );
    }
  }

  private tableRow(
    columns: readonly TableColumn[],
    values: readonly string[],
    style: CellStyle,
    indent?: number
  ): void {
    let start = 1;
    const lines = Math.max(
      ...columns.map((c, i) => {
        const n = estimateLines(values[i] ?? "", start, start + c.span - 1);
        start += c.span;
        return n;
      })
    );
    const row = this.newRow(lines * LINE_HEIGHT_PT);
    let column = 1;
    columns.forEach((c, i) => {
      const cellStyle: CellStyle = {
        ...style,
        align: style.align ?? c.align,
        ...(i === 0 && indent ? { indent } : {}),
      };
      this.put(row, column, column + c.span - 1, values[i] ?? "", cellStyle);
      column += c.span;
    });
  }

  /** Centred lines in the right half: the signature block. */
  signature(lines: readonly string[], firstColumn = MEMO_COLUMNS / 2 + 1): void {
    for (const line of lines) {
      const row = this.newRow(estimateLines(line, firstColumn, MEMO_COLUMNS) * LINE_HEIGHT_PT);
      // An empty line is the space left for the handwritten signature.
      if (line !== "")
        this.put(row, firstColumn, MEMO_COLUMNS, line, {
          align: "center",
          wrap: true,
          valign: "top",
        });
    }
  }

  toDoc(key: string, name: string): SheetDoc {
    return {
      key,
      name,
      font: { ...MEMO_FONT },
      columnWidths: [...MEMO_COLUMN_WIDTHS],
      rowHeights: [...this.heights],
      cells: [...this.cells],
      merges: [...this.merges],
      charts: [],
      page: {
        ...MEMO_PAGE,
        printArea: { firstRow: 1, firstColumn: 1, lastRow: this.lastRow, lastColumn: MEMO_COLUMNS },
      },
      showGridlines: false,
    };
  }
}
