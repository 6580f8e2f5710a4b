// Renders one SheetDoc onto a new exceljs worksheet: cells as values (text never a formula), layout, tables, lists.
import type ExcelJS from "exceljs";
import { cellAddress } from "../../core/cell";
import { DocCell, DocTable, DocValidation, RangeRef, SheetDoc } from "../../core/outputs/sheet-doc";
import { absoluteRange } from "./charts/chart-xml";
import { lineHeight, rowHeightsOf } from "./row-heights";
import { StyleCache } from "./styles";
import { encodeOoxmlText } from "./xml";

export interface RenderContext {
  readonly styles: StyleCache;
  /** The written name of a sheet a link or list points at (docs renamed on a clash are followed). */
  readonly sheetNameOf: (docName: string) => string;
  /** Table names already used in the workbook, lower-cased (Excel wants them unique). */
  readonly tableNames: Set<string>;
}

const CM_PER_INCH = 2.54;

function rangeAddress(range: RangeRef): string {
  return `${cellAddress(range.firstRow, range.firstColumn)}:${cellAddress(range.lastRow, range.lastColumn)}`;
}

/**
 * The value exceljs writes. A string is always a plain string value (exceljs only writes formulas
 * for `{ formula }` objects, which we never build from text); CR and `_xHHHH_` are escaped so the
 * text reads back exactly.
 */
function cellValue(cell: DocCell, ctx: RenderContext): ExcelJS.CellValue {
  if (cell.link) {
    const text = cell.value === null ? "" : encodeOoxmlText(String(cell.value));
    const target = `'${ctx.sheetNameOf(cell.link.sheet).replace(/'/g, "''")}'!${cell.link.cell}`;
    return { text, hyperlink: `#${target}` };
  }
  if (typeof cell.value === "string") return encodeOoxmlText(cell.value);
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) return cell.value;
  return null;
}

/** A valid, unused table name: letters, digits, `_` and `.`, not starting with a digit. */
function tableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base)) base = `T_${base}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Adds a table from the doc's cells; Excel needs unique non-empty header names and one data row. */
function addTable(sheet: ExcelJS.Worksheet, table: DocTable, byAddress: Map<string, DocCell>, ctx: RenderContext) {
  const { firstRow, firstColumn, lastColumn } = table.range;
  const lastRow = Math.max(table.range.lastRow, firstRow + 1);
  const seen = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let column = firstColumn; column <= lastColumn; column++) {
    const header = byAddress.get(cellAddress(firstRow, column))?.value;
    let name = header === null || header === undefined || String(header).trim() === "" ? `Column${column - firstColumn + 1}` : String(header);
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${String(header)}${i}`;
    seen.add(name.toLowerCase());
    columns.push({ name, filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = firstRow + 1; row <= lastRow; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let column = firstColumn; column <= lastColumn; column++) {
      const cell = byAddress.get(cellAddress(row, column));
      values.push(cell ? cellValue({ ...cell, link: undefined }, ctx) : null);
    }
    rows.push(values);
  }
  sheet.addTable({
    name: tableName(table.name, ctx.tableNames),
    ref: cellAddress(firstRow, firstColumn),
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
  return columns.map((c) => c.name);
}

function listFormula(validation: DocValidation, ctx: RenderContext): string {
  if (validation.source) return absoluteRange(ctx.sheetNameOf(validation.source.sheet), validation.source.range);
  const items = validation.list ?? [];
  const inline = items.join(",");
  // Excel splits inline lists at commas and stops at 255 characters: such lists need a range
  if (items.some((item) => item.includes(",") || item.includes('"')) || inline.length > 255) {
    throw new Error(`Drop-down list on ${rangeAddress(validation.range)} cannot be inline; give it a source range`);
  }
  return `"${inline}"`;
}

export function renderSheet(sheet: ExcelJS.Worksheet, doc: SheetDoc, ctx: RenderContext): void {
  doc.columnWidths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.font = { name: doc.font.name, size: doc.font.size };
  });
  const byAddress = new Map(doc.cells.map((cell) => [cellAddress(cell.row, cell.column), cell]));
  for (const table of doc.tables ?? []) {
    const names = addTable(sheet, table, byAddress, ctx);
    // header cells must read exactly as the table's column names
    names.forEach((name, i) => {
      const address = cellAddress(table.range.firstRow, table.range.firstColumn + i);
      const cell = byAddress.get(address);
      if (!cell || cell.value !== name) byAddress.set(address, { row: table.range.firstRow, column: table.range.firstColumn + i, value: name, style: cell?.style });
    });
  }
  for (const cell of byAddress.values()) {
    const target = sheet.getCell(cell.row, cell.column);
    target.value = cellValue(cell, ctx);
    const isText = typeof cell.value === "string" || cell.link !== undefined;
    target.style = ctx.styles.styleFor({ style: cell.style, font: doc.font, isText, isLink: cell.link !== undefined }) as ExcelJS.Style;
  }
  for (const merge of doc.merges) sheet.mergeCells(merge.firstRow, merge.firstColumn, merge.lastRow, merge.lastColumn);
  for (const [row, height] of rowHeightsOf(doc)) sheet.getRow(row).height = height;
  // range-wide validations exist in exceljs 4 but are missing from its typings
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const validation of doc.validations ?? []) {
    validations.add(rangeAddress(validation.range), {
      type: "list",
      allowBlank: true,
      formulae: [listFormula(validation, ctx)],
      showErrorMessage: true,
      showInputMessage: validation.prompt !== undefined,
      prompt: validation.prompt,
    });
  }
}

/** Sheet view, tab colour and page setup, given when the worksheet is created. */
export function worksheetOptions(doc: SheetDoc): Partial<ExcelJS.AddWorksheetOptions> {
  const freeze = doc.freeze && (doc.freeze.rows > 0 || doc.freeze.columns > 0) ? doc.freeze : null;
  const view: Partial<ExcelJS.WorksheetView> = freeze
    ? { state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows, showGridLines: doc.showGridlines }
    : { showGridLines: doc.showGridlines };
  const page = doc.page;
  return {
    views: [view as ExcelJS.WorksheetView],
    properties: {
      defaultRowHeight: lineHeight(doc.font.size),
      ...(doc.tabColor ? { tabColor: { argb: `FF${doc.tabColor}` } } : {}),
    },
    pageSetup: page
      ? {
          paperSize: 9, // A4
          orientation: page.orientation,
          margins: {
            left: page.marginsCm.left / CM_PER_INCH,
            right: page.marginsCm.right / CM_PER_INCH,
            top: page.marginsCm.top / CM_PER_INCH,
            bottom: page.marginsCm.bottom / CM_PER_INCH,
            header: 0.3,
            footer: 0.3,
          },
          fitToPage: page.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
        }
      : undefined,
  };
}
