// Renders one SheetDoc onto a new exceljs worksheet: cells as values (text never a formula), layout, tables, lists.
import type ExcelJS from "exceljs";
import { cellAddress } from "../../core/cell";
import { DocCell, DocValidation, RangeRef, SheetDoc } from "../../core/outputs/sheet-doc";
import { absoluteRange } from "./charts/chart-xml";
import { addDocTable, cellKey } from "./render-table";
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

function listFormula(validation: DocValidation, ctx: RenderContext): string {
  if (validation.source)
    return absoluteRange(ctx.sheetNameOf(validation.source.sheet), validation.source.range);
  const items = validation.list ?? [];
  const inline = items.join(",");
  // Excel splits inline lists at commas and stops at 255 characters: such lists need a range
  if (items.some((item) => item.includes(",") || item.includes('"')) || inline.length > 255) {
    throw new Error(
      `Drop-down list on ${rangeAddress(validation.range)} cannot be inline; give it a source range`
    );
  }
  return `"${inline}"`;
}

export function renderSheet(sheet: ExcelJS.Worksheet, doc: SheetDoc, ctx: RenderContext): void {
  doc.columnWidths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.font = { name: doc.font.name, size: doc.font.size };
  });
  const cells = new Map(doc.cells.map((cell) => [cellKey(cell.row, cell.column), cell]));
  for (const table of doc.tables ?? []) {
    // header cells must read exactly as the table's column names
    for (const header of addDocTable(sheet, table, cells, ctx.tableNames))
      cells.set(cellKey(header.row, header.column), header);
  }
  for (const cell of cells.values()) {
    const target = sheet.getCell(cell.row, cell.column);
    target.value = cellValue(cell, ctx);
    const isText = typeof cell.value === "string" || cell.link !== undefined;
    target.style = ctx.styles.styleFor(
      cell.style,
      doc.font,
      isText,
      cell.link !== undefined
    ) as ExcelJS.Style;
  }
  for (const merge of doc.merges)
    sheet.mergeCells(merge.firstRow, merge.firstColumn, merge.lastRow, merge.lastColumn);
  for (const [row, height] of rowHeightsOf(doc)) sheet.getRow(row).height = height;
  // range-wide validations exist in exceljs 4 but are missing from its typings
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
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
    ? {
        state: "frozen",
        xSplit: freeze.columns,
        ySplit: freeze.rows,
        showGridLines: doc.showGridlines,
      }
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
