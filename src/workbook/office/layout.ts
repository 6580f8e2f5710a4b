// Reading a tracker's printed layout through Office.js: merged areas (ExcelApi 1.13) and formula cells (1.9), in one sync.
import { CellRange, BlockRequest, SheetLayout } from "../../core/port";
import { OfficeFeatures } from "./features";

/**
 * Rows per merged-areas request: Excel fails `getMergedAreasOrNullObject` on a range holding more
 * than 512 merged areas (its documentation), and a printed tracker merges a few cells per row.
 */
export const MERGE_WINDOW_ROWS = 200;

/** "Sheet1!A1:B2, Sheet1!D4" → ranges (1-based); the sheet names are dropped, every area is on one sheet. */
export function rangesOfAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
    if (!m) continue;
    const first = { row: Number(m[2]), column: columnNumber(m[1]) };
    const last = m[3] ? { row: Number(m[4]), column: columnNumber(m[3]) } : first;
    out.push({ firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column });
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The same range can come back from two windows: kept once. */
function distinct(ranges: readonly CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.firstRow}:${r.firstColumn}:${r.lastRow}:${r.lastColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Merged areas and formula cells of the area, in one sync. What the host lacks is null (the pane
 * says so); Excel calculates every formula, so none is ever uncalculated here. Hidden rows are
 * not read (a row-by-row property in Office.js): null.
 */
export async function readSheetLayout(
  context: Excel.RequestContext,
  area: BlockRequest,
  features: OfficeFeatures
): Promise<SheetLayout> {
  try {
    return await readOnce(context, area, features);
  } catch (error) {
    if (!features.mergedAreas) throw error;
    // Past 512 merged areas in a window Excel refuses: read on without merged cells (the pane says so).
    return await readOnce(context, area, { ...features, mergedAreas: false });
  }
}

async function readOnce(
  context: Excel.RequestContext,
  area: BlockRequest,
  features: OfficeFeatures
): Promise<SheetLayout> {
  const sheet = context.workbook.worksheets.getItem(area.sheet);
  const windows: Excel.RangeAreas[] = [];
  if (features.mergedAreas) {
    for (let offset = 0; offset < area.rowCount; offset += MERGE_WINDOW_ROWS) {
      const rows = Math.min(MERGE_WINDOW_ROWS, area.rowCount - offset);
      windows.push(
        sheet
          .getRangeByIndexes(area.firstRow - 1 + offset, area.firstColumn - 1, rows, area.columnCount)
          .getMergedAreasOrNullObject()
          .load("address")
      );
    }
  }
  const formulas = features.formulaCells
    ? sheet
        .getRangeByIndexes(area.firstRow - 1, area.firstColumn - 1, area.rowCount, area.columnCount)
        .getSpecialCellsOrNullObject("Formulas")
        .load("address")
    : null;
  if (windows.length > 0 || formulas) await context.sync();
  return {
    merges: features.mergedAreas ? distinct(windows.flatMap(rangesRead)) : null,
    formulas: formulas ? rangesRead(formulas) : null,
    uncalculated: [],
    hiddenRows: null,
  };
}

/**
 * The ranges of a RangeAreas loaded above. RangeAreas is ExcelApi 1.9: only the reads behind
 * `formulaCells` (1.9) or `mergedAreas` (1.13, so 1.9 too) give one.
 * @requiresFeature formulaCells
 */
function rangesRead(areas: Excel.RangeAreas): CellRange[] {
  return areas.isNullObject ? [] : rangesOfAddress(areas.address);
}
