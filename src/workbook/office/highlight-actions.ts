// The highlight and clear-highlight actions: two syncs each (after the sheet listing), whatever the cell count.
import { OfficeFeatures } from "./features";
import {
  CellRef,
  HIGHLIGHT_SHEET,
  SavedFill,
  decodeSavedFills,
  keyOf,
  queueHighlightFill,
  queueRecord,
  restoreFill,
  targetCells,
} from "./highlight";
import { SheetListing } from "./listing";
import { AdapterNote, note } from "./notes";

export interface HighlightResult {
  /** Cells highlighted (highlight) or restored (clear). */
  readonly cells: number;
  readonly notes: AdapterNote[];
}

/** Worksheet proxies by name, one per sheet for the whole batch. */
function sheetGetter(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = cache.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      cache.set(name, sheet);
    }
    return sheet;
  };
}

function readRecord(context: Excel.RequestContext, listing: SheetListing): Excel.Range | null {
  if (!listing.sheets.some((s) => s.name === HIGHLIGHT_SHEET)) return null;
  return context.workbook.worksheets
    .getItem(HIGHLIGHT_SHEET)
    .getUsedRangeOrNullObject(true /* valuesOnly */)
    .load("values");
}

function recorded(range: Excel.Range | null): SavedFill[] {
  return range && !range.isNullObject ? decodeSavedFills(range.values) : [];
}

const isWhite = (s: SavedFill) => s.pattern !== "None" && s.color.toUpperCase() === "#FFFFFF";

/**
 * Fills `cells` with the highlight colour. Cells highlighted before and not now are restored; cells
 * already highlighted keep their recorded original, so repeating a highlight never loses it.
 */
export async function highlightCells(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
  listing: SheetListing,
  features: OfficeFeatures
): Promise<HighlightResult> {
  const notes: AdapterNote[] = [];
  const targets = targetCells(cells, listing, notes);
  const sheet = sheetGetter(context);
  const recordRange = readRecord(context, listing);
  const fillProperties = features.fillPattern ? "color,pattern,patternColor" : "color";
  const fills = targets.map((c) =>
    sheet(c.sheet).getRange(c.address).format.fill.load(fillProperties)
  );
  await context.sync();

  const saved = recorded(recordRange);
  const savedByKey = new Map(saved.map((s) => [keyOf(s), s]));
  const wanted = new Set(targets.map(keyOf));
  const existing = new Set(listing.sheets.map((s) => s.name));
  for (const s of saved) {
    if (!wanted.has(keyOf(s)) && existing.has(s.sheet))
      restoreFill(sheet(s.sheet).getRange(s.address).format.fill, s, features);
  }
  const record = targets.map((c, i): SavedFill => {
    const before = savedByKey.get(keyOf(c));
    if (before) return before;
    const fill = fills[i];
    return {
      ...c,
      color: fill.color ?? "",
      pattern: features.fillPattern ? (fill.pattern ?? "") : "",
      patternColor: features.fillPattern ? (fill.patternColor ?? "") : "",
    };
  });
  queueHighlightFill(context, targets, features);
  queueRecord(context, record, listing);
  await context.sync();
  if (!features.fillPattern && record.some(isWhite)) notes.push(note("no-fill-pattern"));
  return { cells: targets.length, notes };
}

/** Restores every recorded cell exactly and removes the record. Nothing to do: no sync. */
export async function clearHighlightedCells(
  context: Excel.RequestContext,
  listing: SheetListing,
  features: OfficeFeatures
): Promise<HighlightResult> {
  const recordRange = readRecord(context, listing);
  if (!recordRange) return { cells: 0, notes: [] };
  await context.sync();
  const notes: AdapterNote[] = [];
  const existing = new Set(listing.sheets.map((s) => s.name));
  const saved = recorded(recordRange);
  const restorable = saved.filter((s) => existing.has(s.sheet));
  const gone = [...new Set(saved.filter((s) => !existing.has(s.sheet)).map((s) => s.sheet))];
  if (gone.length) notes.push(note("highlight-sheet-missing", gone.join(", ")));
  const sheet = sheetGetter(context);
  for (const s of restorable)
    restoreFill(sheet(s.sheet).getRange(s.address).format.fill, s, features);
  queueRecord(context, [], listing);
  await context.sync();
  if (!features.fillPattern && restorable.some(isWhite)) notes.push(note("no-fill-pattern"));
  return { cells: restorable.length, notes };
}
