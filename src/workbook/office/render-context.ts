// What rendering a SheetDoc onto a new worksheet needs: the sheet, the write batch, features, names, notes.
import { WriteBatch } from "./budget";
import { OfficeFeatures } from "./features";
import { AdapterNote } from "./notes";
import { PlannedDoc } from "./plan";

export interface RenderContext {
  readonly sheet: Excel.Worksheet;
  /** The workbook's sheets, for ranges on another sheet of the run (drop-down list sources). */
  readonly worksheets: Excel.WorksheetCollection;
  readonly planned: PlannedDoc;
  readonly batch: WriteBatch;
  readonly features: OfficeFeatures;
  /** Where a hyperlink to a doc's sheet must point: its final name (hyperlink text is not updated on rename). */
  readonly linkSheetName: (docSheetName: string) => string;
  /** How a formula refers to a doc's sheet now: its temporary name (Excel follows the rename). */
  readonly formulaSheetName: (docSheetName: string) => string;
  readonly notes: AdapterNote[];
}

/** Office.js colours are "#RRGGBB"; SheetDoc colours come without "#". */
export function hexColor(rgb: string): string {
  return rgb.startsWith("#") ? rgb : `#${rgb}`;
}

/**
 * Column width in Excel's character units → points, which Office.js uses: one character of the
 * default font is 7 px plus 5 px of padding, and a pixel is 0.75 pt (so 8.43 characters = 48 pt).
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export const POINTS_PER_CM = 72 / 2.54;
