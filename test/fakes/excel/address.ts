// A1 addresses for the fake Excel: parsing "A1", "A1:C3", "A:C", "5:7", "'Sheet'!A1" and multi-area lists.
import { columnLetters } from "../../../src/core/cell";

/** A rectangle of cells, 0-based like Office.js `rowIndex` / `columnIndex`. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Corner {
  readonly row: number | null;
  readonly column: number | null;
}

function parseCorner(text: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (m[1] === "" && m[2] === "")) throw new Error(`bad cell reference "${text}"`);
  return { column: m[1] ? columnNumber(m[1]) - 1 : null, row: m[2] ? Number(m[2]) - 1 : null };
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

/** One rectangular area from a local address; throws InvalidArgument-like errors on nonsense. */
export function parseArea(local: string): Area {
  const [a, b] = local.split(":");
  const start = parseCorner(a);
  const end = b === undefined ? start : parseCorner(b);
  const wholeColumns = start.row === null && end.row === null;
  const wholeRows = start.column === null && end.column === null;
  const r0 = wholeColumns ? 0 : Math.min(start.row ?? 0, end.row ?? 0);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(start.row ?? 0, end.row ?? 0);
  const c0 = wholeRows ? 0 : Math.min(start.column ?? 0, end.column ?? 0);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(start.column ?? 0, end.column ?? 0);
  if (r1 >= MAX_ROWS || c1 >= MAX_COLUMNS)
    throw new Error(`reference "${local}" is outside the sheet`);
  return { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

/** Several comma-separated areas ("A1:B2, D4"), as `getRanges` accepts. */
export function parseAreas(local: string): Area[] {
  return local.split(",").map((part) => parseArea(splitSheet(part).local));
}

export function areaAddress(area: Area): string {
  const tl = `${columnLetters(area.column + 1)}${area.row + 1}`;
  if (area.rows === 1 && area.columns === 1) return tl;
  return `${tl}:${columnLetters(area.column + area.columns)}${area.row + area.rows}`;
}

/** Sheet-qualified address as Office.js reports it: Sheet1!A1:B2 or 'My sheet'!A1. */
export function qualifiedAddress(sheet: string, area: Area): string {
  const needsQuotes = /[^A-Za-z0-9_]/.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${areaAddress(area)}`;
}

export function cellCount(area: Area): number {
  return area.rows * area.columns;
}

export function intersects(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** Calls fn for every cell of the area (0-based row, column). */
export function forEachCell(area: Area, fn: (row: number, column: number) => void): void {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.column; c < area.column + area.columns; c++) fn(r, c);
  }
}
