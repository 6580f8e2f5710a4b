// Sheet-level parts of a SheetDoc: freeze panes, tab colour, gridlines, drop-down lists, tables, page setup.
import { SheetDoc } from "../../core/outputs/sheet-doc";
import { absoluteAddress, rangeAddress } from "./areas";
import { payloadBytes } from "./budget";
import { note } from "./notes";
import { POINTS_PER_CM, RenderContext, hexColor } from "./render-context";

export async function writeView(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const { sheet, features } = rc;
  await rc.batch.reserve(0, 3);
  const rows = doc.freeze?.rows ?? 0;
  const columns = doc.freeze?.columns ?? 0;
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  if (doc.tabColor) sheet.tabColor = hexColor(doc.tabColor);
  if (features.gridlines) sheet.showGridlines = doc.showGridlines;
  else if (!doc.showGridlines && !rc.notes.some((n) => n.code === "no-gridlines"))
    rc.notes.push(note("no-gridlines"));
}

/**
 * Drop-down lists (ExcelApi 1.8): inline values, or a range on a sheet — passed as a Range, one of the two
 * sources Excel.ListDataValidation documents; Excel keeps it as a reference that follows renames.
 * Called once every sheet of the run exists.
 */
export async function writeValidations(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const validations = doc.validations ?? [];
  if (validations.length === 0) return;
  if (!rc.features.dataValidation) {
    if (!rc.notes.some((n) => n.code === "no-data-validation"))
      rc.notes.push(note("no-data-validation"));
    return;
  }
  for (const v of validations) {
    const sourceSheet = v.source ? rc.formulaSheetName(v.source.sheet) : "";
    const inline = (v.list ?? []).join(",");
    if (!v.source && inline === "") continue;
    const source: string | Excel.Range = v.source
      ? rc.worksheets.getItem(sourceSheet).getRange(absoluteAddress(v.source.range))
      : inline;
    const data = payloadBytes(v.source ? sourceSheet : inline) + payloadBytes(v.prompt ?? "");
    // Paths: the range and its dataValidation, plus the source sheet and range.
    await rc.batch.reserve(data, v.prompt ? 2 : 1, v.source ? 4 : 2);
    const validation = rc.sheet.getRange(rangeAddress(v.range)).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source } };
    if (v.prompt) validation.prompt = { showPrompt: true, message: v.prompt, title: "" };
  }
}

/** Tables under temporary names (the sheet being replaced may still hold the final ones). */
export async function writeTables(rc: RenderContext): Promise<void> {
  for (const planned of rc.planned.tables) {
    await rc.batch.reserve(0, 3);
    const table = rc.sheet.tables.add(
      rc.sheet.getRange(rangeAddress(planned.table.range)),
      true /* hasHeaders */
    );
    table.name = planned.tempName;
    if (planned.table.style) table.style = planned.table.style;
  }
}

/** A4 page setup (ExcelApi 1.9); without it the sheet is written all the same and a note says so. */
export async function writePage(rc: RenderContext, doc: SheetDoc): Promise<boolean> {
  const page = doc.page;
  if (!page) return true;
  if (!rc.features.pageLayout) return false;
  await rc.batch.reserve(0, 8);
  const layout = rc.sheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation =
    page.orientation === "landscape"
      ? Excel.PageOrientation.landscape
      : Excel.PageOrientation.portrait;
  const points = (cm: number) => Math.round(cm * POINTS_PER_CM * 100) / 100;
  layout.leftMargin = points(page.marginsCm.left);
  layout.rightMargin = points(page.marginsCm.right);
  layout.topMargin = points(page.marginsCm.top);
  layout.bottomMargin = points(page.marginsCm.bottom);
  // Fit the width to one page and let the height run over as many pages as it needs.
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.printArea) layout.setPrintArea(rc.sheet.getRange(rangeAddress(page.printArea)));
  return true;
}
