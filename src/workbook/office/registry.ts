// The generated-sheet registry in a live workbook: core's columns plus each sheet's id, so a renamed or
// re-created sheet of the user is never taken for one the product made.
import { CellValue } from "../../core/cell";
import {
  REGISTRY_HEADER,
  REGISTRY_SHEET,
  RegistryEntry,
  decodeRegistry,
  encodeRegistry,
} from "../../core/outputs/registry";

/** A registry entry with the Office sheet id it was written for ("" when written by another adapter). */
export interface OfficeRegistryEntry extends RegistryEntry {
  readonly sheetId: string;
}

/** The extra column after core's, read by this adapter only (core's decoder ignores it). */
export const SHEET_ID_HEADER = "sheet_id";

/**
 * Entries from the registry sheet's values. An entry counts only when its sheet exists and, if an id
 * was recorded, still has that id: a user sheet that took a deleted generated sheet's name is not ours.
 */
export function readRegistry(
  values: readonly (readonly CellValue[])[],
  sheetIds: ReadonlyMap<string, string>
): OfficeRegistryEntry[] {
  if (values.length === 0) return [];
  const header = values[0];
  return values.slice(1).flatMap((row) => {
    const [entry] = decodeRegistry([header, row]);
    if (!entry) return [];
    const sheetId = String(row[REGISTRY_HEADER.length] ?? "");
    const actual = sheetIds.get(entry.sheet);
    if (actual === undefined || (sheetId !== "" && sheetId !== actual)) return [];
    return [{ ...entry, sheetId }];
  });
}

/** Rows to write (all text), padded with blank rows to `minRows` so an older, longer registry is cleared. */
export function registryRows(entries: readonly OfficeRegistryEntry[], minRows: number): string[][] {
  const core = encodeRegistry(entries);
  const rows = core.map((row, i) => [
    ...row.map(String),
    i === 0 ? SHEET_ID_HEADER : entries[i - 1].sheetId,
  ]);
  const width = rows[0].length;
  while (rows.length < minRows) rows.push(new Array<string>(width).fill(""));
  return rows;
}

/** Queues the registry write, creating the very hidden sheet when it does not exist yet. */
export function queueRegistryWrite(
  context: Excel.RequestContext,
  entries: readonly OfficeRegistryEntry[],
  existingRows: number | null
): void {
  const sheets = context.workbook.worksheets;
  const sheet = existingRows === null ? sheets.add(REGISTRY_SHEET) : sheets.getItem(REGISTRY_SHEET);
  if (existingRows === null) sheet.visibility = Excel.SheetVisibility.veryHidden;
  const rows = registryRows(entries, existingRows ?? 0);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  // Text format first, one value for every cell: a sheet named "2569" or "=x" stays the text it is.
  range.numberFormat = "@" as unknown as string[][];
  range.values = rows;
}
