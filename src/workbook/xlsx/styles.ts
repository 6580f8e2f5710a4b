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

/**
 * One exceljs style per distinct request, shared between cells: exceljs copies the style into each
 * cell model when it writes, and we never mutate a style after handing it out.
 */
export class StyleCache {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  /** Producers reuse one CellStyle object for many cells: looking it up by identity skips the key. */
  private readonly byObject = new WeakMap<CellStyle, Map<string, Partial<ExcelJS.Style>>>();
  private readonly unstyled = new Map<string, Partial<ExcelJS.Style>>();

  styleFor(
    style: CellStyle | undefined,
    font: StyleRequest["font"],
    isText: boolean,
    isLink: boolean
  ): Partial<ExcelJS.Style> {
    const variant = `${font.name}|${font.size}|${isText ? 1 : 0}${isLink ? 1 : 0}`;
    let variants = style ? this.byObject.get(style) : this.unstyled;
    if (!variants) {
      variants = new Map();
      this.byObject.set(style!, variants);
    }
    let found = variants.get(variant);
    if (!found) {
      const request: StyleRequest = { style, font, isText, isLink };
      const key = JSON.stringify(request);
      found = this.byKey.get(key) ?? buildStyle(request);
      this.byKey.set(key, found);
      variants.set(variant, found);
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
