// The last step of a write, and its undo: swap the new sheets in for the replaced ones, register them.
import { REGISTRY_SHEET } from "../../core/outputs/registry";
import { SheetListing } from "./listing";
import { PlannedDoc, WritePlan } from "./plan";
import { OfficeRegistryEntry, queueRegistryWrite } from "./registry";

export interface AddedSheet {
  readonly planned: PlannedDoc;
  readonly sheet: Excel.Worksheet;
}

/** Temporary names of the replaced sheets' tables (their names go to the new tables), by name. */
function movedTables(plan: WritePlan, listing: SheetListing): Map<string, string> {
  const moved = new Map<string, string>();
  plan.deleteSheets.forEach((name, i) => {
    const info = listing.sheets.find((s) => s.name === name);
    info?.tables.forEach((t, j) => moved.set(t.name, `_pyp_${plan.token}_o${i + 1}_${j + 1}`));
  });
  return moved;
}

/** The id of a sheet whose add was synced, or null when that sync never completed. */
function syncedId(sheet: Excel.Worksheet): string | null {
  try {
    return sheet.id;
  } catch {
    // PropertyNotLoaded: the sync adding this sheet failed; its temporary name still identifies it.
    return null;
  }
}

/**
 * One batch, queued after every new sheet is fully written: the replaced sheets (listed in the
 * registry as this run's) and their tables step aside under temporary names, the new sheets and
 * tables take their final names, the registry is rewritten, and only then the replaced sheets go.
 */
export function queueFinish(
  context: Excel.RequestContext,
  plan: WritePlan,
  added: readonly AddedSheet[],
  listing: SheetListing
): void {
  const sheets = context.workbook.worksheets;
  const tablesMoved = movedTables(plan, listing);
  const replaced = plan.deleteSheets.map((name, i) => {
    const sheet = sheets.getItem(name);
    for (const t of listing.sheets.find((s) => s.name === name)?.tables ?? [])
      sheet.tables.getItem(t.name).name = tablesMoved.get(t.name)!;
    sheet.name = `${plan.oldPrefix}${i + 1}`;
    return sheet;
  });
  for (const { planned, sheet } of added) {
    sheet.name = planned.finalName;
    for (const t of planned.tables) sheet.tables.getItem(t.tempName).name = t.finalName;
  }
  const entries: OfficeRegistryEntry[] = [
    ...plan.keptRegistry,
    ...added.map((a) => ({
      sheet: a.planned.finalName,
      key: a.planned.doc.key,
      ...plan.mark,
      writtenAt: plan.writtenAt,
      sheetId: a.sheet.id,
    })),
  ];
  queueRegistryWrite(context, entries, listing.registryRows);
  for (const sheet of replaced) sheet.delete();
}

/**
 * After a failure anywhere in the write: deletes every sheet this write added (by id once synced, or
 * by temporary name), puts replaced sheets and tables back under their names, restores the registry.
 */
export async function undoWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  added: readonly AddedSheet[],
  listing: SheetListing
): Promise<void> {
  const ids = new Set(
    added.map((a) => syncedId(a.sheet)).filter((id): id is string => id !== null)
  );
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  for (const s of sheets.items) if (ids.has(s.id) || s.name.startsWith(plan.tempPrefix)) s.delete();
  plan.deleteSheets.forEach((name, i) => {
    const moved = sheets.items.find((s) => s.name === `${plan.oldPrefix}${i + 1}`);
    if (moved) moved.name = name;
  });
  const originalTable = new Map(
    [...movedTables(plan, listing)].map(([original, temp]) => [temp, original])
  );
  for (const t of tables.items) {
    const original = originalTable.get(t.name);
    if (original) t.name = original;
  }
  if (listing.registryRows !== null) {
    queueRegistryWrite(
      context,
      listing.registry,
      Math.max(listing.registryRows, listing.registry.length + added.length + 1)
    );
  } else {
    sheets.items.find((s) => s.name === REGISTRY_SHEET)?.delete();
  }
  await context.sync();
}
