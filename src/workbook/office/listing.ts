// Listing the workbook's sheets in two syncs: names and tables, then used ranges, table ranges and the registry.
import { SheetInfo, TableInfo } from "../../core/port";
import { REGISTRY_SHEET } from "../../core/outputs/registry";
import { OfficeRegistryEntry, readRegistry } from "./registry";

export interface SheetListing {
  /** Every sheet in workbook order, product sheets (very hidden) included. */
  readonly sheets: readonly SheetInfo[];
  /** Office's id of each sheet, by name. */
  readonly sheetIds: ReadonlyMap<string, string>;
  /** Entries of the generated-sheet registry whose sheets exist (with the recorded id, when there is one). */
  readonly registry: readonly OfficeRegistryEntry[];
  /** Rows the registry sheet uses now; null when there is no registry sheet. */
  readonly registryRows: number | null;
  /** The workbook's defined names: a table may not take one (table and defined names share one namespace). */
  readonly definedNames: readonly string[];
}

interface TableProxies {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly range: Excel.Range;
}

function tableInfo({ table, range }: TableProxies): TableInfo {
  const top = range.rowIndex + 1;
  const headers = table.showHeaders ? 1 : 0;
  return {
    name: table.name,
    // Without a header row, the row above the data stands in for it (as the xlsx reader reports it).
    headerRow: headers ? top : top - 1,
    firstDataRow: top + headers,
    lastDataRow: range.rowIndex + range.rowCount - (table.showTotals ? 1 : 0),
    firstColumn: range.columnIndex + 1,
    lastColumn: range.columnIndex + range.columnCount,
  };
}

/** Lists sheets with their used extent, tables and generated marks. Two syncs, whatever the sheet count. */
export async function loadSheetListing(context: Excel.RequestContext): Promise<SheetListing> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility,items/id");
  const tables = context.workbook.tables.load("items/name,items/showHeaders,items/showTotals");
  const names = context.workbook.names.load("items/name");
  await context.sync();

  const used = worksheets.items.map((sheet) =>
    sheet
      .getUsedRangeOrNullObject(true /* valuesOnly */)
      .load("rowIndex,columnIndex,rowCount,columnCount")
  );
  const tableProxies: TableProxies[] = tables.items.map((table) => ({
    table,
    sheet: table.worksheet.load("id"),
    range: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  const registrySheet = worksheets.items.find((s) => s.name === REGISTRY_SHEET);
  const registryRange = registrySheet
    ?.getUsedRangeOrNullObject(true /* valuesOnly */)
    .load("values,rowIndex,columnIndex,rowCount");
  await context.sync();

  const registryFound = registryRange !== undefined && !registryRange.isNullObject;
  const registryValues =
    registryFound && registryRange.rowIndex === 0 && registryRange.columnIndex === 0
      ? registryRange.values.map((row) =>
          row.map((v) => (v === "" ? null : (v as string | number | boolean)))
        )
      : [];
  const sheetIds = new Map(worksheets.items.map((s) => [s.name, s.id]));
  const registry = readRegistry(registryValues, sheetIds);
  const sheets = worksheets.items.map((sheet, i): SheetInfo => {
    const range = used[i];
    const entry = registry.find((e) => e.sheet === sheet.name);
    return {
      name: sheet.name,
      lastRow: range.isNullObject ? 0 : range.rowIndex + range.rowCount,
      lastColumn: range.isNullObject ? 0 : range.columnIndex + range.columnCount,
      visible: sheet.visibility === "Visible",
      generated: entry
        ? {
            key: entry.key,
            fiscalYear: entry.fiscalYear,
            quarter: entry.quarter,
            round: entry.round,
          }
        : null,
      tables: tableProxies.filter((t) => t.sheet.id === sheet.id).map(tableInfo),
    };
  });
  const registryRows = registrySheet
    ? registryFound
      ? registryRange.rowIndex + registryRange.rowCount
      : 0
    : null;
  return { sheets, sheetIds, registry, registryRows, definedNames: names.items.map((n) => n.name) };
}
