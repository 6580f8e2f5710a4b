// Streams one worksheet part into the store: only values and number-format ids are kept, row by row.
import type JSZip from "jszip";
import { isDateFormat } from "../../core/values";
import { CellReadContext, cellValueOf } from "./cell-values";
import { decodeRangeRef } from "./package-parts";
import { partMissing } from "./part-failure";
import { StringItemText } from "./shared-strings";
import { SheetCells, WorkbookStore } from "./store";
import { parseXmlPart, XmlHandler } from "./xml-stream";

/** Excel's grid: a cell beyond it cannot exist, and must not stretch a sheet's extent to billions. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Cell style index → the store's format id and whether that format shows dates, decided once per style. */
export class StyleTable {
  private readonly formatIds: number[];
  private readonly dates: boolean[];

  constructor(store: WorkbookStore, formatOfStyle: readonly string[]) {
    this.formatIds = formatOfStyle.map((format) => store.internFormat(format));
    this.dates = formatOfStyle.map((format) => isDateFormat(format));
  }

  formatId(style: number): number {
    return this.formatIds[style] ?? 0;
  }

  isDate(style: number): boolean {
    return this.dates[style] ?? false;
  }
}

export interface SheetReadContext extends CellReadContext {
  readonly store: WorkbookStore;
  readonly styles: StyleTable;
}

/** Column number of a cell reference ("AB12" → 28); NaN when it starts with no letter. */
function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper-case a letter
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column === 0 ? NaN : column;
}

/**
 * The SAX handler of one `<worksheet>`. Cells without an `r` follow the previous cell and rows
 * without one follow the previous row, as the format allows; a repeated address keeps the last.
 */
class SheetHandler implements XmlHandler {
  private inSheetData = false;
  private row = 0;
  private column = 0;
  private type = "n";
  private style = 0;
  private value: string | null = null;
  private inValue = false;
  /** The cell has an `<f>` (a formula) and a `<v>` (its calculated value, possibly empty). */
  private hasFormula = false;
  private hasValue = false;
  private inInline = false;
  private inlineText: string | null = null;
  private readonly inline = new StringItemText();

  constructor(
    private readonly sheet: SheetCells,
    private readonly ctx: SheetReadContext
  ) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (!this.inSheetData) {
      if (name === "sheetData") this.inSheetData = true;
      else if (name === "mergeCell" && attributes.ref) this.addMerge(attributes.ref);
      return;
    }
    if (this.inInline) this.inline.open(name);
    else if (name === "c") {
      const column = attributes.r ? columnOfRef(attributes.r) : NaN;
      this.column = Number.isNaN(column) ? this.column + 1 : column;
      this.type = attributes.t ?? "n";
      this.style = attributes.s ? parseInt(attributes.s, 10) || 0 : 0;
      this.value = this.inlineText = null;
      this.hasFormula = this.hasValue = false;
    } else if (name === "v") this.inValue = this.hasValue = true;
    else if (name === "f") this.hasFormula = true;
    else if (name === "is") this.inInline = true;
    else if (name === "row") {
      const row = attributes.r ? parseInt(attributes.r, 10) : NaN;
      this.row = Number.isNaN(row) ? this.row + 1 : row;
      this.column = 0;
      // A row hidden by a filter or by hand: data all the same, counted apart (SPEC §2).
      if ((attributes.hidden === "1" || attributes.hidden === "true") && this.row >= 1 && this.row <= MAX_ROWS)
        this.sheet.hiddenRows.push(this.row);
    }
  }

  text(text: string): void {
    if (this.inValue) this.value = this.value === null ? text : this.value + text;
    else if (this.inInline) this.inline.text(text);
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    if (name === "is") {
      this.inInline = false;
      this.inlineText = this.inline.take();
    } else if (this.inInline) this.inline.close(name);
    else if (name === "v") this.inValue = false;
    else if (name === "c") this.storeCell();
    else if (name === "sheetData") this.inSheetData = false;
  }

  private storeCell(): void {
    const { row, column, sheet, ctx } = this;
    if (row < 1 || row > MAX_ROWS || column < 1 || column > MAX_COLUMNS) return;
    let value = null;
    if (this.type === "inlineStr" && this.inlineText !== null) value = this.inlineText;
    else if (this.value !== null)
      value = cellValueOf(this.type, this.value, ctx.styles.isDate(this.style), ctx);
    ctx.store.setCell(sheet, row, column, value, ctx.styles.formatId(this.style));
    if (this.hasFormula) {
      sheet.formulas.add(row, column);
      // Written by a program that does not calculate: the value is unknown, not blank.
      if (!this.hasValue && this.inlineText === null) sheet.uncalculated.add(row, column);
    }
  }

  private addMerge(ref: string): void {
    const range = decodeRangeRef(ref);
    if (!range) return;
    this.sheet.merges.push({
      firstRow: range.start.row,
      firstColumn: range.start.column,
      lastRow: range.end.row,
      lastColumn: range.end.column,
    });
  }
}

/** Reads the worksheet part at `path` into `sheet`; a part the workbook lists but the zip lacks is damage. */
export async function readSheetCells(
  zip: JSZip,
  path: string,
  sheet: SheetCells,
  ctx: SheetReadContext
): Promise<void> {
  const handler = new SheetHandler(sheet, ctx);
  if (!(await parseXmlPart(zip, path, handler))) throw partMissing(path);
  for (const merge of sheet.merges) ctx.store.clearMergedArea(sheet, merge);
}
