// The fake workbook's state: sheets with values, formats, fills, tables and charts, plus sync statistics.
import { CellValue } from "../../../src/core/cell";
import { Area, parseArea } from "./address";
import { LATEST_EXCEL_API_MINOR } from "./api-sets";
import { FakeErrorCode, FakeOfficeError } from "./errors";

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A cell's fill. Cells without a fill have none in the map (Excel then reports color "#FFFFFF", pattern "None"). */
export interface FakeFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string | null;
}

export interface FakeTableRecord {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  /** Whole table: header row (when shown), data rows and totals row (when shown). */
  area: Area;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

/** A range a chart series refers to, kept by sheet id so a sheet rename keeps it valid (as in Excel). */
export interface FakeSheetArea {
  readonly sheetId: string;
  readonly area: Area;
}

export interface FakeChartSeriesRecord {
  name: string;
  values: FakeSheetArea | null;
  xValues: FakeSheetArea | null;
  color: string | null;
}

export interface FakeChartRecord {
  readonly id: string;
  name: string;
  type: string;
  readonly seriesBy: string;
  title: string | null;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  valueAxisMaximum: number | null;
  valueAxisMinimum: number | null;
  valueAxisNumberFormat: string | null;
  dataLabelsShowValue: boolean;
  dataLabelsNumberFormat: string | null;
  legendVisible: boolean;
  series: FakeChartSeriesRecord[];
  position: { start: string; end: string | null } | null;
}

export interface FakeValidation {
  readonly area: Area;
  rule: unknown;
  prompt: unknown;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: FakeVisibility;
  /** Values by 0-based row then column; ragged, missing = blank. Error values are ExcelError objects. */
  values: CellValue[][];
  /** Number formats by 0-based row then column; missing = "General". */
  formats: (string | undefined)[][];
  /** Formulas by "row,column" (0-based): set only when a written text was taken as a formula. */
  formulas: Map<string, string>;
  fills: Map<string, FakeFill>;
  /** Other cell formatting (font, alignment, borders) by "row,column": property path → value. */
  styles: Map<string, Record<string, unknown>>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Area[];
  hyperlinks: Map<string, Record<string, unknown>>;
  validations: FakeValidation[];
  charts: FakeChartRecord[];
  freeze: { rows: number; columns: number } | null;
  tabColor: string;
  showGridlines: boolean;
  pageLayout: Record<string, unknown>;
  printArea: string | null;
}

export interface SyncStats {
  syncs: number;
  /** Syncs whose request carries at least one write or action (not only loads). */
  writeSyncs: number;
  /** Bytes of each sync's request (queued operations and the values they write). */
  requestBytes: number[];
  /** Bytes of each sync's response (loaded data). */
  responseBytes: number[];
  /** Every queued operation with its request bytes, recorded only when set to an array (benchmarks break requests down with it). */
  operations?: { sync: number; describe: string; bytes: number }[];
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTableRecord[];
  /** Workbook-scope defined names (formulas' names); tests add them, the fake only lists them. */
  names: string[];
  nextId: number;
  /** Highest supported minor version of ExcelApi (9 = ExcelApi 1.9). */
  excelApiMinor: number;
  /**
   * `oversizeCode`: the code a response over the payload limit fails with. Microsoft documents a
   * RichApi.Error (ResponsePayloadSizeLimitExceeded, "Resource limits and performance optimization");
   * Excel on the web has also answered GeneralException ("An internal error has occurred",
   * OfficeDev/office-js#1314, OfficeDev/office-js-docs#1247) — tests choose that host with this.
   */
  limits: { payloadBytes: number; rangeCells: number; oversizeCode?: string };
  stats: SyncStats;
  /** Makes sync number `atSync` fail after applying its first `afterOps` operations (Excel is not transactional). */
  failure: { atSync: number; afterOps: number; message: string } | null;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  /** Applied operations in order, "sync#:description", for order assertions. */
  log: string[];
}

export interface FakeSheetSpec {
  readonly name: string;
  readonly values?: CellValue[][];
  readonly formats?: string[][];
  readonly visibility?: FakeVisibility;
  readonly fills?: readonly {
    readonly address: string;
    readonly color: string;
    readonly pattern?: string;
  }[];
  readonly tables?: readonly {
    readonly name: string;
    readonly address: string;
    readonly showTotals?: boolean;
  }[];
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const RANGE_CELL_LIMIT = 5_000_000;

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function newId(state: FakeWorkbookState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}

export function emptySheet(state: FakeWorkbookState, name: string): FakeSheet {
  return {
    id: newId(state, "sheet-"),
    name,
    visibility: "Visible",
    values: [],
    formats: [],
    formulas: new Map(),
    fills: new Map(),
    styles: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    hyperlinks: new Map(),
    validations: [],
    charts: [],
    freeze: null,
    tabColor: "",
    showGridlines: true,
    pageLayout: {},
    printArea: null,
  };
}

/** A workbook from plain sheet specs; `excelApi` like "1.9" limits the requirement sets the host supports (default: the latest the typings know). */
export function createWorkbookState(
  specs: readonly FakeSheetSpec[],
  opts: { excelApi?: string } = {}
): FakeWorkbookState {
  const state: FakeWorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    nextId: 0,
    excelApiMinor:
      opts.excelApi === undefined || opts.excelApi === "latest"
        ? LATEST_EXCEL_API_MINOR
        : Number(opts.excelApi.split(".")[1]),
    limits: { payloadBytes: PAYLOAD_LIMIT_BYTES, rangeCells: RANGE_CELL_LIMIT },
    stats: { syncs: 0, writeSyncs: 0, requestBytes: [], responseBytes: [] },
    failure: null,
    activeSheetId: null,
    selection: null,
    log: [],
  };
  for (const spec of specs) {
    const sheet = emptySheet(state, spec.name);
    sheet.visibility = spec.visibility ?? "Visible";
    sheet.values = (spec.values ?? []).map((row) => [...row]);
    sheet.formats = (spec.formats ?? []).map((row) => [...row]);
    for (const fill of spec.fills ?? []) {
      const a = parseArea(fill.address);
      sheet.fills.set(cellKey(a.row, a.column), {
        color: fill.color.toUpperCase(),
        pattern: fill.pattern ?? "Solid",
        patternColor: null,
      });
    }
    for (const t of spec.tables ?? []) {
      const showTotals = t.showTotals ?? false;
      state.tables.push({
        id: newId(state, "table-"),
        name: t.name,
        sheetId: sheet.id,
        area: parseArea(t.address),
        showHeaders: true,
        showTotals,
        style: "TableStyleMedium2",
      });
    }
    state.sheets.push(sheet);
  }
  state.activeSheetId = state.sheets[0]?.id ?? null;
  return state;
}

export function sheetById(state: FakeWorkbookState, id: string): FakeSheet {
  const sheet = state.sheets.find((s) => s.id === id);
  if (!sheet) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The worksheet was deleted.");
  return sheet;
}

export function sheetByName(state: FakeWorkbookState, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/**
 * Excel's sheet-name rules, from "Rename a worksheet" (support.microsoft.com/office/3f1f7148-ee83-404d-8ef0-
 * 9ff99fbad1f9): not blank, at most 31 characters, none of / \ ? * : [ ], not beginning or ending with an
 * apostrophe, not "History" (reserved); and unique in the workbook ignoring case, as Excel compares names.
 */
export function checkSheetName(state: FakeWorkbookState, name: string, exceptId?: string): void {
  const bad = (why: string) =>
    new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid sheet name "${name}": ${why}.`);
  if (typeof name !== "string" || name.length === 0) throw bad("empty");
  if (Array.from(name).length > 31) throw bad("longer than 31 characters");
  if (/[[\]:*?/\\]/.test(name)) throw bad("contains one of []:*?/\\");
  if (name.startsWith("'") || name.endsWith("'")) throw bad("starts or ends with an apostrophe");
  if (name.toLowerCase() === "history") throw bad("reserved");
  const clash = sheetByName(state, name);
  if (clash && clash.id !== exceptId) {
    throw new FakeOfficeError(
      FakeErrorCode.itemAlreadyExists,
      `A sheet named "${name}" already exists.`
    );
  }
}

/** "#RRGGBB" or a few HTML colour names, as Excel accepts; anything else is an InvalidArgument. */
export function checkColor(color: unknown): string {
  if (typeof color === "string" && /^#[0-9A-Fa-f]{6}$/.test(color)) return color.toUpperCase();
  const names: Record<string, string> = {
    red: "#FF0000",
    yellow: "#FFFF00",
    white: "#FFFFFF",
    black: "#000000",
    orange: "#FFA500",
  };
  if (typeof color === "string" && names[color.toLowerCase()]) return names[color.toLowerCase()];
  throw new FakeOfficeError(
    FakeErrorCode.invalidArgument,
    `Invalid color "${String(color)}" (expected #RRGGBB).`
  );
}
