// The last step of a write, and its undo: swap the new sheets in for the replaced ones, register them.
import { REGISTRY_SHEET } from "../../core/outputs/registry";
import { payloadBytes } from "./budget";
import { SheetListing } from "./listing";
import { PlannedDoc, WritePlan } from "./plan";
import { OfficeRegistryEntry, queueRegistryWrite } from "./registry";
import { queueDeleteHiddenSheet } from "./sheet-delete";

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
export function syncedId(sheet: Excel.Worksheet): string | null {
  try {
    return sheet.id;
  } catch {
    // PropertyNotLoaded: the sync adding this sheet failed; its temporary name still identifies it.
    return null;
  }
}

/** Rough request size of queueFinish (renames, table names, the registry rows), for the write budget. */
export function finishEstimate(
  plan: WritePlan,
  added: readonly AddedSheet[]
): { bytes: number; operations: number } {
  const tables = added.reduce((n, a) => n + a.planned.tables.length, 0);
  return {
    // An entry row: sheet name, key, run, time and id, well under 1 KB even in Thai.
    bytes: payloadBytes(plan.keptRegistry) + 1000 * (added.length + plan.deleteSheets.length),
    operations: 8 + 2 * (added.length + tables) + 4 * plan.deleteSheets.length,
  };
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
 * Excel applies a request's operations in order, so a replaced sheet already deleted means the swap
 * and the registry before it took effect: then the write is completed instead (the other replaced
 * sheets are deleted) and "completed" is returned.
 */
export async function undoWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  added: readonly AddedSheet[],
  listing: SheetListing
): Promise<"undone" | "completed"> {
  const ids = new Set(
    added.map((a) => syncedId(a.sheet)).filter((id): id is string => id !== null)
  );
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.id));
  const replacedIds = plan.deleteSheets.map((name) => listing.sheetIds.get(name));
  if (replacedIds.some((id) => id !== undefined && !present.has(id))) {
    for (const s of sheets.items) if (replacedIds.includes(s.id)) s.delete();
    await context.sync();
    return "completed";
  }
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
    const registry = sheets.items.find((s) => s.name === REGISTRY_SHEET);
    if (registry) queueDeleteHiddenSheet(registry);
  }
  await context.sync();
  return "undone";
}
