// Building project rows from raw cells: each field read with the reader its column calls for.
import { CellBlock, CellValue, isBlankValue } from "../cell";
import { Reference } from "../reference";
import { ColumnReaders, READERS } from "./column-readers";
import { COLUMN_KEYS, ColumnKey } from "./columns";
import { resolveColumnInto, resolveRow } from "./resolve";
import { ABSENT, ColumnSlots } from "./row-fields";
import { TableBuilder } from "../table/builder";
import { TableSource } from "../table/row-table";
import { MoneyCell, uncalculatedKey } from "../table/printed-rows";
import { PrintedLayout } from "./printed-layout";
import { rowKind } from "./row-kind";
import { Field, ProjectRow, RowFields, TrackerLayout } from "./types";

/** A raw cell with its number format and address, or undefined when the column is absent. */
export interface RawCell {
  readonly value: CellValue;
  readonly format: string;
  readonly address: string;
}

export type CellGetter = (key: ColumnKey) => RawCell | undefined;

/** Fields in COLUMN_KEYS order → the named RowFields shape. */
function assemble(f: readonly Field<unknown>[]): RowFields {
  return {
    project_id: f[0] as Field<string>,
    project_name: f[1] as Field<string>,
    department: f[2] as Field<string>,
    division: f[3] as Field<string>,
    project_type: f[4] as Field<string>,
    fiscal_year: f[5] as Field<number>,
    budget_code: f[6] as Field<string>,
    budget: f[7] as Field<number>,
    strategy: f[8] as RowFields["strategy"],
    master_plan: f[9] as RowFields["master_plan"],
    sub_plan: f[10] as Field<string>,
    reform_area: f[11] as RowFields["reform_area"],
    progress: [f[12], f[13], f[14], f[15]] as Field<number>[],
    disbursed: [f[16], f[17], f[18], f[19]] as Field<number>[],
    remarks: f[20] as Field<string>,
  };
}

/** Reads every field of one row through `get`. */
export function readFields(get: CellGetter): RowFields {
  return assemble(
    COLUMN_KEYS.map((key) => {
      const cell = get(key);
      if (!cell) return ABSENT[key];
      return { key, cell: cell.address, raw: cell.value, format: cell.format, parsed: READERS[key](cell.value, cell.format) };
    }),
  );
}

export function makeProjectRow(
  source: { file: string; sheet: string; row: number; index: number },
  get: CellGetter,
  reference: Reference,
): ProjectRow {
  const fields = readFields(get);
  return { file: source.file, sheet: source.sheet, row: source.row, index: source.index, fields, resolved: resolveRow(fields, reference) };
}

/** True when every cell the tracker knows about is blank (unknown columns do not count). */
export function isBlankRow(values: readonly CellValue[], layout: TrackerLayout, firstColumn: number): boolean {
  for (const col of Object.values(layout.columns)) {
    if (!col) continue;
    const v = values[col.column - firstColumn] ?? null;
    if (!isBlankValue(v)) return false;
  }
  return true;
}

/** Where each column key sits in a block's rows. */
function columnSlots(layout: TrackerLayout, firstColumn: number): ColumnSlots {
  const indexes = new Int32Array(COLUMN_KEYS.length).fill(-1);
  COLUMN_KEYS.forEach((key, k) => {
    const col = layout.columns[key];
    if (col) indexes[k] = col.column - firstColumn;
  });
  return { indexes, firstColumn };
}

/** The tracker's source entry for a table: its file, sheet and where each column sits in a block's rows. */
export function tableSource(layout: TrackerLayout, firstColumn: number): TableSource {
  return { file: layout.file, sheet: layout.sheet, ...columnSlots(layout, firstColumn) };
}

/** COLUMN_KEYS positions of a total row's money cells: the budget and the disbursement of each quarter. */
const MONEY_KEYS: readonly number[] = COLUMN_KEYS.flatMap((key, k) => (key === "budget" || /^q\d_disbursed$/.test(key) ? [k] : []));

function moneyCells(values: readonly CellValue[], formats: readonly string[] | undefined, row: number, firstColumn: number, indexes: Int32Array, printed: PrintedLayout): MoneyCell[] {
  const cells: MoneyCell[] = [];
  for (const k of MONEY_KEYS) {
    const i = indexes[k];
    if (i < 0) continue;
    const column = firstColumn + i;
    cells.push({ key: COLUMN_KEYS[k], column, value: values[i] ?? null, format: formats?.[i] ?? "General", uncalculated: printed.isUncalculated(row, column) });
  }
  return cells;
}

/**
 * Appends the project rows of one block of worksheet rows to the table: blank rows skipped,
 * section and total rows kept aside (SPEC §2), ranges merged down given to every row they span;
 * then the project rows' cells a column at a time (read, then resolved), so each loop runs one
 * reader over one kind of cell. `source` is the index of `tableSource(layout, block.firstColumn)`
 * in the builder; `printed` is the sheet's layout, whose blocks come in order, top to bottom.
 */
export function appendBlock(
  builder: TableBuilder,
  source: number,
  layout: TrackerLayout,
  block: CellBlock,
  reference: Reference,
  readers: ColumnReaders,
  printed: PrintedLayout,
): void {
  const { indexes } = builder.sources[source];
  const kept = new Int32Array(block.values.length);
  let count = 0;
  const first = builder.length;
  for (let r = 0; r < block.values.length; r++) {
    const rowNumber = block.firstRow + r;
    if (rowNumber < layout.firstDataRow || rowNumber > layout.lastDataRow) continue;
    const kind = rowKind(block.values[r], rowNumber, block.firstColumn, indexes, printed);
    if (kind === "blank") continue;
    if (kind !== "project") {
      const money = kind === "total" ? moneyCells(block.values[r], block.formats[r], rowNumber, block.firstColumn, indexes, printed) : [];
      builder.printed.layoutRows.push({ kind, source, row: rowNumber, before: builder.length, money });
      continue;
    }
    const at = builder.next(source, rowNumber);
    if (printed.isHidden(rowNumber)) builder.printed.hidden.push(at);
    if (printed.hasUncalculated) markUncalculated(builder, at, rowNumber, block.firstColumn, indexes, printed);
    kept[count++] = r;
  }
  const cells = printed.withMergedDown(block);
  const ok: unknown[] = new Array(CHUNK_ROWS).fill(undefined);
  const wasNumber: boolean[] = new Array(CHUNK_ROWS).fill(false);
  // A chunk of rows at a time, every column of it, then the next: the chunk's row arrays stay in
  // the processor's cache while its columns are read one after another.
  for (let start = 0; start < count; start += CHUNK_ROWS) {
    const rows = kept.subarray(start, Math.min(count, start + CHUNK_ROWS));
    for (let k = 0; k < COLUMN_KEYS.length; k++) {
      const slot = indexes[k];
      if (slot >= 0) readers.readColumn(builder, k, slot, cells, rows, first + start, ok, wasNumber);
      else {
        // A column the tracker lacks: blank in every row (kind bytes start at 0, KIND_BLANK).
        ok.fill(undefined);
        wasNumber.fill(false);
      }
      resolveColumnInto(builder.resolved, k, first + start, rows.length, ok, wasNumber, reference);
    }
  }
}

function markUncalculated(builder: TableBuilder, at: number, row: number, firstColumn: number, indexes: Int32Array, printed: PrintedLayout): void {
  for (let k = 0; k < indexes.length; k++) {
    if (indexes[k] >= 0 && printed.isUncalculated(row, firstColumn + indexes[k])) builder.printed.uncalculated.add(uncalculatedKey(at, k));
  }
}

/** Rows read together, column after column: few enough that their cells stay in the processor's cache. */
const CHUNK_ROWS = 256;
