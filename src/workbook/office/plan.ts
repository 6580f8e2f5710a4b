// Planning a write of generated sheets: temporary names, final names, sheets replaced, the registry after.
import { GeneratedMark } from "../../core/port";
import { sameRun } from "../../core/outputs/registry";
import { DocTable, SheetDoc, uniqueSheetName } from "../../core/outputs/sheet-doc";
import { SheetListing } from "./listing";
import { OfficeRegistryEntry } from "./registry";

export interface PlannedTable {
  readonly table: DocTable;
  /** Name while writing: the table of the sheet being replaced may still hold the final name. */
  readonly tempName: string;
  readonly finalName: string;
}

export interface PlannedDoc {
  readonly doc: SheetDoc;
  readonly tempName: string;
  readonly finalName: string;
  /** Earlier generated sheets of the same run that this doc replaces (deleted once it is written). */
  readonly replaces: readonly string[];
  readonly tables: readonly PlannedTable[];
}

export interface WritePlan {
  readonly docs: readonly PlannedDoc[];
  readonly deleteSheets: readonly string[];
  /** Registry entries kept from before; the new sheets' entries are added once their ids are known. */
  readonly keptRegistry: readonly OfficeRegistryEntry[];
  /** Every temporary sheet name starts with this (used to clean up after a failure). */
  readonly tempPrefix: string;
  /** Replaced sheets are renamed to this prefix until the new ones are in place, then deleted. */
  readonly oldPrefix: string;
  readonly token: string;
  readonly mark: Omit<GeneratedMark, "key">;
  readonly writtenAt: string;
}

/** A short random token for temporary names of one write (base 36, letters and digits only). */
export function newWriteToken(): string {
  return (Date.now().toString(36).slice(-6) + Math.random().toString(36).slice(2, 6)).toLowerCase();
}

/** A valid table name not in `taken` (lower-cased): letters (Thai vowel marks too), digits, "_" or ".", unique per workbook. */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^\p{L}\p{M}\p{N}_.]/gu, "_");
  if (!/^[\p{L}_]/u.test(base) || /^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base))
    base = `T_${base}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export function planWrite(
  docs: readonly SheetDoc[],
  mark: Omit<GeneratedMark, "key">,
  listing: SheetListing,
  token: string,
  writtenAt: string
): WritePlan {
  const tempPrefix = `_pyp_tmp_${token}_`;
  const replaced = new Map<string, string[]>();
  for (const doc of docs) {
    const run: GeneratedMark = { ...mark, key: doc.key };
    replaced.set(
      doc.key,
      listing.registry.filter((e) => sameRun(e, run)).map((e) => e.sheet)
    );
  }
  const deleteSheets = [...new Set([...replaced.values()].flat())];
  const deleted = new Set(deleteSheets);
  // Final names are free once the replaced sheets are gone; user sheets keep theirs, a clash gets " (2)".
  const takenSheets = new Set(
    listing.sheets.filter((s) => !deleted.has(s.name)).map((s) => s.name)
  );
  const takenTables = new Set([
    ...listing.sheets
      .filter((s) => !deleted.has(s.name))
      .flatMap((s) => s.tables.map((t) => t.name.toLowerCase())),
    ...listing.definedNames.map((n) => n.toLowerCase()),
  ]);
  let tableCount = 0;
  const planned = docs.map((doc, i): PlannedDoc => {
    const finalName = uniqueSheetName(doc.name, takenSheets);
    takenSheets.add(finalName);
    const tables = (doc.tables ?? []).map((table) => ({
      table,
      tempName: `_pyp_${token}_t${++tableCount}`,
      finalName: uniqueTableName(table.name, takenTables),
    }));
    return {
      doc,
      tempName: `${tempPrefix}${i + 1}`,
      finalName,
      replaces: replaced.get(doc.key) ?? [],
      tables,
    };
  });
  const keptRegistry = listing.registry.filter((e) => !deleted.has(e.sheet));
  return {
    docs: planned,
    deleteSheets,
    keptRegistry,
    tempPrefix,
    oldPrefix: `_pyp_old_${token}_`,
    token,
    mark,
    writtenAt,
  };
}
