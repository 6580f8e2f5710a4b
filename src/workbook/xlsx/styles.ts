// CellStyle (SheetDoc) → exceljs style: the small palette of fills and text colours generated sheets use.
import type ExcelJS from "exceljs";
import { CellStyle, ColorName, FillName } from "../../core/outputs/sheet-doc";

/** Soft fills that print well in grey and keep black text readable. */
export const FILL_COLORS: Record<FillName, string> = {
  header: "D9E2F3",
  group: "EDF2F9",
  subtotal: "F2F2F2",
  total: "D9D9D9",
  error: "F8CBAD",
  warning: "FFE699",
  accent: "E2EFDA",
};

export const TEXT_COLORS: Record<ColorName, string> = {
  muted: "595959",
  accent: "1F4E79",
  error: "C00000",
  warning: "9C5700",
};

/** Excel's own hyperlink blue. */
export const LINK_COLOR = "0563C1";

/** Number format every text cell gets, so Excel never re-reads typed text as a number or formula. */
export const TEXT_FORMAT = "@";

export interface StyleRequest {
  readonly style: CellStyle | undefined;
  readonly font: { readonly name: string; readonly size: number };
  readonly isText: boolean;
  readonly isLink: boolean;
}

const argb = (hex: string) => `FF${hex}`;

/** A cell style's four variants (text or not × link or not) under one font, by `variantIndex`. */
type Variants = (Partial<ExcelJS.Style> | undefined)[];

const variantIndex = (isText: boolean, isLink: boolean) => (isText ? 2 : 0) + (isLink ? 1 : 0);

/**
 * One exceljs style per distinct request, shared between cells: exceljs copies the style into each
 * cell model when it writes, and we never mutate a style after handing it out.
 */
export class StyleCache {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  /**
   * Producers reuse one CellStyle object for many cells (a 100,000-row sheet has a handful), so a
   * cell's style is found by that object's identity, then its font, then two flags: no key string
   * is built per cell.
   */
  private readonly byObject = new WeakMap<CellStyle, Map<string, Variants>>();
  private readonly unstyled = new Map<string, Variants>();
  private lastFont: StyleRequest["font"] | null = null;
  private lastFontKey = "";

  styleFor(
    style: CellStyle | undefined,
    font: StyleRequest["font"],
    isText: boolean,
    isLink: boolean
  ): Partial<ExcelJS.Style> {
    // A sheet's cells share one font object: its key is made when the font changes.
    if (font !== this.lastFont) {
      this.lastFont = font;
      this.lastFontKey = `${font.name}|${font.size}`;
    }
    let byFont = style ? this.byObject.get(style) : this.unstyled;
    if (!byFont) {
      byFont = new Map();
      this.byObject.set(style!, byFont);
    }
    let variants = byFont.get(this.lastFontKey);
    if (!variants) {
      variants = [undefined, undefined, undefined, undefined];
      byFont.set(this.lastFontKey, variants);
    }
    const at = variantIndex(isText, isLink);
    let found = variants[at];
    if (!found) {
      const request: StyleRequest = { style, font, isText, isLink };
      const key = JSON.stringify(request);
      found = this.byKey.get(key) ?? buildStyle(request);
      this.byKey.set(key, found);
      variants[at] = found;
    }
    return found;
  }
}

function buildStyle({ style = {}, font, isText, isLink }: StyleRequest): Partial<ExcelJS.Style> {
  const color = style.color ? TEXT_COLORS[style.color] : isLink ? LINK_COLOR : undefined;
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: font.name,
      size: style.size ?? font.size,
      bold: style.bold || undefined,
      italic: style.italic || undefined,
      underline: style.underline || isLink || undefined,
      color: color ? { argb: argb(color) } : undefined,
    },
    numFmt: isText ? TEXT_FORMAT : (style.numberFormat ?? "General"),
  };
  if (style.fill)
    out.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(FILL_COLORS[style.fill]) },
    };
  if (style.border === "thin") {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.align || style.valign || style.wrap || style.indent) {
    out.alignment = {
      horizontal: style.align,
      vertical: style.valign,
      wrapText: style.wrap || undefined,
      indent: style.indent || undefined,
    };
  }
  return out;
}
