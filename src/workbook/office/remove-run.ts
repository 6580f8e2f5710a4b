// Removing one run of generated sheets (SPEC §7): exactly the sheets the registry lists for it, nothing else.
import { GeneratedRun, groupRuns, runId } from "../../core/outputs/runs";
import { SheetListing } from "./listing";
import { queueRegistryWrite } from "./registry";

/** Refusal in plain Thai and English: removing the run would leave the workbook without a visible sheet. */
export class LastVisibleSheetError extends Error {
  readonly th = "ลบชุดนี้ไม่ได้ เพราะจะไม่เหลือแผ่นงานที่มองเห็นในสมุดงาน (Excel ต้องมีอย่างน้อยหนึ่งแผ่น)";
  readonly en = "This run cannot be removed: no visible sheet would be left, and Excel needs one.";
  constructor() {
    super("removing the run would delete every visible sheet");
  }
}

/** The runs the registry lists, newest first (only entries whose sheet still exists, with its recorded id). */
export function listedRuns(listing: SheetListing): GeneratedRun[] {
  return groupRuns(listing.registry);
}

/**
 * Deletes the sheets of run `id` and drops them from the registry, in one request; returns the sheets
 * deleted (none when the run is no longer listed, e.g. removed from another pane). A sheet is deleted
 * only through its registry entry, and `readRegistry` keeps an entry only while its sheet still has the
 * id recorded at the write: a user's sheet that took the name of a deleted one is never touched.
 */
export async function removeRunSheets(
  context: Excel.RequestContext,
  listing: SheetListing,
  id: string
): Promise<string[]> {
  const doomed = listing.registry.filter((e) => runId(e) === id);
  if (doomed.length === 0) return [];
  const names = new Set(doomed.map((e) => e.sheet));
  const visibleLeft = listing.sheets.some((s) => s.visible && !names.has(s.name));
  if (!visibleLeft) {
    // Excel keeps at least one visible sheet; deleting them all would fail half-way.
    throw new LastVisibleSheetError();
  }
  const sheets = context.workbook.worksheets;
  for (const e of doomed) {
    const sheet = sheets.getItem(e.sheet);
    // Generated sheets are visible unless the user hid them; a very hidden one could not be deleted.
    if (!listing.sheets.find((s) => s.name === e.sheet)?.visible) sheet.visibility = Excel.SheetVisibility.hidden;
    sheet.delete();
  }
  // Sheets first, registry after: an entry left over by a failed request names a missing sheet (ignored).
  queueRegistryWrite(
    context,
    listing.registry.filter((e) => runId(e) !== id),
    listing.registryRows
  );
  await context.sync();
  return [...names];
}
