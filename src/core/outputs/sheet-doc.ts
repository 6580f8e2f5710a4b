// SheetDoc: a generated sheet as plain data (cells, merges, charts, page setup) that any adapter renders.

/** Inclusive 1-based range on the same sheet. */
export interface RangeRef {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export type FillName = "header" | "group" | "subtotal" | "total" | "error" | "warning" | "accent";
export type ColorName = "muted" | "accent" | "error" | "warning";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Font size in points; the sheet's font size when absent. */
  readonly size?: number;
  readonly color?: ColorName;
  readonly fill?: FillName;
  readonly align?: "left" | "center" | "right";
  readonly valign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: "thin";
  /** Excel number format, e.g. "#,##0.00", "0.00", "@". Strings are always written as text. */
  readonly numberFormat?: string;
  readonly indent?: number;
}

/**
 * One cell. A string value is always text, never a formula, whatever it starts with.
 * `link` makes the cell a hyperlink to a cell of another sheet in the same workbook.
 */
export interface DocCell {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | null;
  readonly style?: CellStyle;
  readonly link?: { readonly sheet: string; readonly cell: string };
}

export interface ChartSeries {
  /** Legend text. */
  readonly name: string;
  readonly values: RangeRef;
  /** Hex RGB without '#', e.g. "1F4E79". */
  readonly color: string;
}

/** A native clustered bar (horizontal) or column (vertical) chart fed from cells of its own sheet. */
export interface DocChart {
  readonly id: string;
  readonly type: "bar" | "column";
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly categories: RangeRef;
  readonly series: readonly ChartSeries[];
  /** Fixed value-axis maximum (100 for percentages); automatic when absent. */
  readonly valueMax?: number;
  readonly dataLabels: boolean;
  /** Number format of data labels and the value axis. */
  readonly numberFormat: string;
  /** Top-left cell and size in cells. */
  readonly anchor: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
}

export interface PageSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  readonly marginsCm: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly fitToWidth: boolean;
  readonly printArea?: RangeRef;
}

/** A drop-down list on a range (template): allowed values listed inline or taken from a range. */
export interface DocValidation {
  readonly range: RangeRef;
  /** Allowed values (inline list; Excel limits inline lists to 255 characters). */
  readonly list?: readonly string[];
  /** Or a range on another sheet holding the allowed values, e.g. `'อ้างอิง'!$A$2:$A$7`. */
  readonly source?: { readonly sheet: string; readonly range: RangeRef };
  readonly prompt?: string;
}

/** An Excel table over a range whose first row is the header row. */
export interface DocTable {
  readonly name: string;
  readonly range: RangeRef;
  readonly style?: string;
}

export interface SheetDoc {
  /** Stable output key: "summary", "linkage", "validation", "memo-C1", "memo-final", "memo-import". */
  readonly key: string;
  /** Desired sheet name (valid Excel name, ≤ 31 chars); adapters add " (2)" on a clash. */
  readonly name: string;
  readonly font: { readonly name: string; readonly size: number };
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Points, at most MAX_ROW_HEIGHT_PT (Excel refuses taller rows). */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly cells: readonly DocCell[];
  readonly merges: readonly RangeRef[];
  readonly charts: readonly DocChart[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly page?: PageSetup;
  readonly showGridlines: boolean;
  readonly validations?: readonly DocValidation[];
  readonly tables?: readonly DocTable[];
  /** Sheet tab colour (hex RGB) to tell generated sheets apart. */
  readonly tabColor?: string;
}

/** Characters Excel forbids in sheet names, and its length limit. */
export const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
export const SHEET_NAME_MAX = 31;

/** A safe sheet name: forbidden characters replaced, quotes trimmed, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(SHEET_NAME_FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim() || "Sheet";
  return Array.from(cleaned).slice(0, SHEET_NAME_MAX).join("");
}

/** A name not in `taken` (case-insensitive, as Excel compares): "Name", "Name (2)", … */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const lower = new Set(Array.from(taken, (t) => t.toLowerCase()));
  const base = safeSheetName(name);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = Array.from(base).slice(0, SHEET_NAME_MAX - suffix.length).join("") + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel's tallest row, in points: Office.js refuses a taller rowHeight and Excel repairs the file. */
export const MAX_ROW_HEIGHT_PT = 409;
