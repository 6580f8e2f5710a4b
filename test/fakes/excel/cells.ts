// Cell reads and writes with Excel's rules: text typed into a non-text cell is parsed (formula, number, error, …).
import { CellValue, asExcelErrorText, isExcelError } from "../../../src/core/cell";
import { Area, MAX_COLUMNS, MAX_ROWS, forEachCell } from "./address";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeSheet, FakeWorkbookState, cellKey } from "./state";

export function valueAt(sheet: FakeSheet, row: number, column: number): CellValue {
  return sheet.values[row]?.[column] ?? null;
}

export function formatAt(sheet: FakeSheet, row: number, column: number): string {
  return sheet.formats[row]?.[column] ?? "General";
}

function setValue(sheet: FakeSheet, row: number, column: number, value: CellValue): void {
  const line = (sheet.values[row] ??= []);
  line[column] = value;
}

/** Empties a cell's value and formula (its format stays), as merging does to all but the upper-left cell. */
export function clearValue(sheet: FakeSheet, row: number, column: number): void {
  if (sheet.values[row]?.[column] !== undefined) setValue(sheet, row, column, null);
  sheet.formulas.delete(cellKey(row, column));
}

export function setFormat(sheet: FakeSheet, row: number, column: number, format: string): void {
  const line = (sheet.formats[row] ??= []);
  line[column] = format;
}

interface Typed {
  readonly value: CellValue;
  readonly formula?: string;
  readonly format?: string;
}

/** What Excel makes of a string written into a cell whose format is not Text ("@"). */
export function typedText(text: string): Typed {
  if (text === "") return { value: null };
  if (/^[=+@]./s.test(text) || /^-[^\d.]/s.test(text))
    return { value: null, formula: text.startsWith("=") ? text : `=${text}` };
  const error = asExcelErrorText(text);
  if (error) return { value: error };
  const plain = text.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(plain))
    return { value: Number(plain.replace(/,/g, "")) };
  const percent = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(plain);
  if (percent) return { value: Number(percent[1]) / 100, format: "0%" };
  if (/^(true|false)$/i.test(plain)) return { value: plain.toLowerCase() === "true" };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(plain);
  if (date) {
    const serial = Math.round(
      (Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2])) - Date.UTC(1899, 11, 30)) /
        86_400_000
    );
    return { value: serial, format: "m/d/yyyy" };
  }
  return { value: text };
}

/** One cell write as `range.values` does it: null leaves the cell unchanged. */
export function writeCell(sheet: FakeSheet, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const key = cellKey(row, column);
  sheet.formulas.delete(key);
  if (typeof input === "number" || typeof input === "boolean") {
    if (typeof input === "number" && !Number.isFinite(input)) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid number ${input}.`);
    }
    setValue(sheet, row, column, input);
    return;
  }
  if (typeof input !== "string")
    throw new FakeOfficeError(
      FakeErrorCode.invalidArgument,
      `Invalid cell value ${JSON.stringify(input)}.`
    );
  if (input.length > 32_767)
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Text longer than 32,767 characters.");
  if (formatAt(sheet, row, column) === "@") {
    setValue(sheet, row, column, input === "" ? null : input);
    return;
  }
  const typed = typedText(input);
  setValue(sheet, row, column, typed.value);
  if (typed.formula !== undefined) sheet.formulas.set(key, typed.formula);
  if (typed.format !== undefined && formatAt(sheet, row, column) === "General")
    setFormat(sheet, row, column, typed.format);
}

/** A cell value as Office.js returns it in `values`: blank "", errors as their text. */
export function officeValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (isExcelError(value)) return value.code;
  return value;
}

/** Throws like Excel when an operation touches more cells than it allows in one go. */
export function checkCellLimit(state: FakeWorkbookState, area: Area, what: string): void {
  if (area.rows * area.columns > state.limits.rangeCells) {
    throw new FakeOfficeError(
      FakeErrorCode.rangeExceedsLimit,
      `${what}: the range has ${area.rows * area.columns} cells, more than the ${state.limits.rangeCells} allowed in one operation.`
    );
  }
}

/** 2-D input must match the range's shape exactly, as Office.js requires. */
export function checkShape(input: unknown, area: Area, what: string): unknown[][] {
  const ok =
    Array.isArray(input) &&
    input.length === area.rows &&
    input.every((row) => Array.isArray(row) && row.length === area.columns);
  if (!ok) {
    throw new FakeOfficeError(
      FakeErrorCode.invalidArgument,
      `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${area.rows}×${area.columns}).`
    );
  }
  return input as unknown[][];
}

/**
 * What a cell-level setter (`values`, `numberFormat`) receives, as Excel accepts it: a 2-D array of
 * the range's exact shape, or one value that applies to every cell ("Update all cells in a range",
 * Microsoft's Excel JavaScript API core concepts). `null` alone is not a valid single value, and a
 * single value on whole rows or columns is refused (the unbounded-range article).
 */
export function cellInput(
  input: unknown,
  area: Area,
  what: string
): (row: number, column: number) => unknown {
  if (Array.isArray(input)) {
    const grid = checkShape(input, area, what);
    return (row, column) => grid[row - area.row][column - area.column];
  }
  if (input === null || input === undefined || typeof input === "object") {
    throw new FakeOfficeError(
      FakeErrorCode.invalidArgument,
      `${what}: ${JSON.stringify(input ?? null)} is not a valid value for every cell of a range.`
    );
  }
  if (area.rows === MAX_ROWS || area.columns === MAX_COLUMNS) {
    throw new FakeOfficeError(
      FakeErrorCode.invalidArgument,
      `${what}: cell-level properties cannot be set on an unbounded range.`
    );
  }
  return () => input;
}

export function readGrid<T>(area: Area, read: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < area.rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < area.columns; c++) line.push(read(area.row + r, area.column + c));
    out.push(line);
  }
  return out;
}

/** The used range: cells with values (and, unless valuesOnly, with formatting). Null for an empty sheet. */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const take = (r: number, c: number) => {
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  };
  // Like Excel, a cell holding only spaces is used; only truly empty cells are not.
  const filled = (v: CellValue | undefined) => v !== null && v !== undefined && v !== "";
  for (let r = 0; r < sheet.values.length; r++) {
    const line = sheet.values[r];
    if (!line) continue;
    let first = 0;
    while (first < line.length && !filled(line[first])) first++;
    if (first === line.length) continue;
    let last = line.length - 1;
    while (!filled(line[last])) last--;
    take(r, first);
    take(r, last);
  }
  const keys = [
    ...sheet.formulas.keys(),
    ...(valuesOnly ? [] : [...sheet.fills.keys(), ...sheet.styles.keys()]),
  ];
  for (const key of keys) {
    const [r, c] = key.split(",").map(Number);
    take(r, c);
  }
  if (!valuesOnly)
    sheet.formats.forEach((line, r) =>
      line?.forEach((f, c) => f !== undefined && f !== "General" && take(r, c))
    );
  return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

export function forEachCellChecked(
  state: FakeWorkbookState,
  area: Area,
  what: string,
  fn: (r: number, c: number) => void
): void {
  checkCellLimit(state, area, what);
  forEachCell(area, fn);
}
