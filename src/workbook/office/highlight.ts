// Highlighting problem cells and undoing it exactly: original fills are kept in a very hidden sheet first.
import { RangeRef } from "../../core/outputs/sheet-doc";
import { FILL_COLORS } from "../xlsx/styles";
import { addressLists } from "./areas";
import { OfficeAdapterError } from "./errors";
import { OfficeFeatures } from "./features";
import { SheetListing } from "./listing";
import { AdapterNote, note } from "./notes";
import { hexColor } from "./render-context";
import { queueDeleteHiddenSheet } from "./sheet-delete";

/** Very hidden sheet holding each highlighted cell's original fill, so a pane reload can still undo. */
export const HIGHLIGHT_SHEET = "_pyp_highlight";
export const HIGHLIGHT_HEADER = ["sheet", "address", "color", "pattern", "pattern_color"] as const;
export const HIGHLIGHT_COLOR = hexColor(FILL_COLORS.error);
/** Cells highlighted at most per action (each needs its own fill read). */
export const MAX_HIGHLIGHT_CELLS = 5_000;

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** A cell's fill before highlighting; pattern "None" (or "" colour) means no fill. */
export interface SavedFill extends CellRef {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
}

const SINGLE_CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function normalAddress(address: string): string {
  const m = SINGLE_CELL.exec(address.trim());
  if (!m)
    throw new OfficeAdapterError(
      "highlight",
      new Error(`"${address}" is not a single cell address`)
    );
  return `${m[1].toUpperCase()}${m[2]}`;
}

export const keyOf = (c: CellRef): string => `${c.sheet}\u0000${c.address}`;

/** Saved fills from the record sheet's values (header first); malformed rows are dropped. */
export function decodeSavedFills(values: readonly (readonly unknown[])[]): SavedFill[] {
  return values.slice(1).flatMap((row) => {
    const [sheet, address, color, pattern, patternColor] = row.map((v) => String(v ?? ""));
    return sheet && SINGLE_CELL.test(address)
      ? [{ sheet, address, color, pattern, patternColor }]
      : [];
  });
}

function encodeSavedFills(saved: readonly SavedFill[]): string[][] {
  return [
    [...HIGHLIGHT_HEADER],
    ...saved.map((s) => [s.sheet, s.address, s.color, s.pattern, s.patternColor]),
  ];
}

/** Puts a fill back as it was; without fill patterns (ExcelApi < 1.9) white counts as no fill. */
export function restoreFill(
  fill: Excel.RangeFill,
  saved: SavedFill,
  features: OfficeFeatures
): void {
  const none =
    saved.pattern === "None" ||
    saved.color === "" ||
    (!features.fillPattern && saved.color.toUpperCase() === "#FFFFFF");
  if (none) {
    fill.clear();
    return;
  }
  fill.color = saved.color;
  if (features.fillPattern && saved.pattern !== "" && saved.pattern !== "Solid") {
    fill.pattern = saved.pattern as Excel.FillPattern;
    if (saved.patternColor) fill.patternColor = saved.patternColor;
  }
}

/** Existing, de-duplicated cells on sheets of the user (never the product's own sheets). */
export function targetCells(
  cells: readonly CellRef[],
  listing: SheetListing,
  notes: AdapterNote[]
): CellRef[] {
  const names = new Set(
    listing.sheets.filter((s) => !s.name.startsWith("_pyp_")).map((s) => s.name)
  );
  const seen = new Set<string>();
  const missing = new Set<string>();
  const out: CellRef[] = [];
  for (const c of cells) {
    if (!names.has(c.sheet)) {
      missing.add(c.sheet);
      continue;
    }
    const cell = { sheet: c.sheet, address: normalAddress(c.address) };
    if (seen.has(keyOf(cell))) continue;
    seen.add(keyOf(cell));
    out.push(cell);
  }
  if (missing.size) notes.push(note("highlight-sheet-missing", [...missing].join(", ")));
  if (out.length > MAX_HIGHLIGHT_CELLS)
    notes.push(note("highlight-truncated", String(MAX_HIGHLIGHT_CELLS)));
  return out.slice(0, MAX_HIGHLIGHT_CELLS);
}

/** Queues the highlight fill on cells, grouped per sheet (one request per address list with ExcelApi 1.9). */
export function queueHighlightFill(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
  features: OfficeFeatures
): void {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.address]);
  for (const [sheetName, addresses] of bySheet) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    if (features.rangeAreas) {
      const lists = addressLists(addresses.map(singleCellRange));
      for (const list of lists) sheet.getRanges(list).format.fill.color = HIGHLIGHT_COLOR;
    } else {
      for (const a of addresses) sheet.getRange(a).format.fill.color = HIGHLIGHT_COLOR;
    }
  }
}

function singleCellRange(address: string): RangeRef {
  const m = SINGLE_CELL.exec(address)!;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return { firstRow: row, lastRow: row, firstColumn: column, lastColumn: column };
}

/** Writes the record sheet (created very hidden), or deletes it when nothing stays highlighted. */
export function queueRecord(
  context: Excel.RequestContext,
  saved: readonly SavedFill[],
  listing: SheetListing
): void {
  const existing = listing.sheets.find((s) => s.name === HIGHLIGHT_SHEET);
  if (saved.length === 0) {
    if (existing) queueDeleteHiddenSheet(context.workbook.worksheets.getItem(HIGHLIGHT_SHEET));
    return;
  }
  const sheet = existing
    ? context.workbook.worksheets.getItem(HIGHLIGHT_SHEET)
    : context.workbook.worksheets.add(HIGHLIGHT_SHEET);
  if (!existing) sheet.visibility = Excel.SheetVisibility.veryHidden;
  const rows = encodeSavedFills(saved);
  const height = Math.max(rows.length, existing?.lastRow ?? 0);
  while (rows.length < height) rows.push(HIGHLIGHT_HEADER.map(() => ""));
  const range = sheet.getRangeByIndexes(0, 0, height, HIGHLIGHT_HEADER.length);
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
}
