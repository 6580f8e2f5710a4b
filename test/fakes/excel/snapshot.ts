// Snapshots of the fake workbook: deep copies of every sheet for "user's sheets unchanged" assertions.
import { areaAddress, qualifiedAddress } from "./address";
import { FakeSheet, FakeSheetArea, FakeWorkbookState } from "./state";

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: string;
  readonly values: unknown[][];
  readonly formats: unknown[][];
  readonly formulas: Record<string, string>;
  readonly fills: Record<string, unknown>;
  readonly styles: Record<string, unknown>;
  readonly layout: Record<string, unknown>;
}

function sortedObject<T>(map: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? null)) as T;
}

export function snapshotSheet(state: FakeWorkbookState, sheet: FakeSheet): SheetSnapshot {
  const where = (ref: FakeSheetArea | null) => {
    if (!ref) return null;
    const owner = state.sheets.find((s) => s.id === ref.sheetId);
    return owner ? qualifiedAddress(owner.name, ref.area) : `#REF!${areaAddress(ref.area)}`;
  };
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    values: copy(sheet.values.map((row) => Array.from(row ?? [], (v) => v ?? null))),
    formats: copy(sheet.formats.map((row) => Array.from(row ?? [], (f) => f ?? null))),
    formulas: sortedObject(sheet.formulas),
    fills: copy(sortedObject(sheet.fills)),
    styles: copy(sortedObject(sheet.styles)),
    layout: copy({
      columnWidths: Object.fromEntries(sheet.columnWidths),
      rowHeights: Object.fromEntries(sheet.rowHeights),
      merges: sheet.merges.map(areaAddress),
      hyperlinks: sortedObject(sheet.hyperlinks),
      validations: sheet.validations.map((v) => ({
        address: areaAddress(v.area),
        rule: v.rule,
        prompt: v.prompt,
      })),
      tables: state.tables
        .filter((t) => t.sheetId === sheet.id)
        .map((t) => ({ ...t, sheetId: undefined, address: areaAddress(t.area) })),
      charts: sheet.charts.map((c) => ({
        ...c,
        series: c.series.map((s) => ({ ...s, values: where(s.values), xValues: where(s.xValues) })),
      })),
      freeze: sheet.freeze,
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
      pageLayout: sheet.pageLayout,
      printArea: sheet.printArea,
    }),
  };
}

/** Every sheet, in workbook order, as plain data. */
export function snapshotWorkbook(state: FakeWorkbookState): SheetSnapshot[] {
  return state.sheets.map((s) => snapshotSheet(state, s));
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet)
    throw new Error(
      `fake Excel: no sheet "${name}" (sheets: ${state.sheets.map((s) => s.name).join(", ")})`
    );
  return sheet;
}
