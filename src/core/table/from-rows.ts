// A RowTable made from ProjectRow objects (rows built field by field, as tests and some callers make them).
import { COLUMN_KEYS } from "../tracker/columns";
import { fieldOf } from "../tracker/row-fields";
import { ProjectRow } from "../tracker/types";
import { TableBuilder } from "./builder";
import { storeResolved } from "./resolved-columns";
import { RowTable, kindCode } from "./row-table";

/** Identity slots: a row's cell arrays here are in COLUMN_KEYS order. */
const IDENTITY = Int32Array.from(COLUMN_KEYS, (_key, k) => k);

/**
 * The table of `rows`, in their order. Each row keeps its own cell addresses (rows made by hand
 * need not sit on one sheet layout), and `table.row(i)` gives back the very object passed in.
 */
export function tableFromRows(rows: readonly ProjectRow[]): RowTable {
  const builder = new TableBuilder(rows.length);
  const cells: (string | null)[][] = [];
  const sourceIndex = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.file}\u0000${row.sheet}`;
    let source = sourceIndex.get(key);
    if (source === undefined) {
      source = builder.addSource({ file: row.file, sheet: row.sheet, indexes: IDENTITY, firstColumn: 1 });
      sourceIndex.set(key, source);
    }
    const fields = COLUMN_KEYS.map((key) => fieldOf(row.fields, key));
    const i = builder.next(source, row.row);
    fields.forEach((f, k) => {
      builder.rawColumn(k)[i] = f.raw;
      builder.formatIds[k][i] = builder.formatId(f.format);
      builder.kinds[k][i] = kindCode(f.parsed);
      builder.store(k, i, f.parsed);
    });
    cells.push(fields.map((f) => f.cell));
    storeResolved(builder.resolved, i, row.resolved);
  }
  builder.cells = cells;
  builder.rows = [...rows];
  return builder.finish();
}

/** The table itself, or a table made from the rows. */
export function asTable(input: RowTable | readonly ProjectRow[]): RowTable {
  return input instanceof RowTable ? input : tableFromRows(input);
}
