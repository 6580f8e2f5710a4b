// Loading a tracker's rows in blocks that keep every read small, and pooling several trackers.
import { WorkbookSource } from "../port";
import { Reference } from "../reference";
import { DetectOptions, detectTracker } from "./detect";
import { ColumnReaders } from "./column-readers";
import { appendBlock, tableSource } from "./rows";
import { NO_LAYOUT, PrintedLayout } from "./printed-layout";
import { ProjectRow, TrackerLayout } from "./types";
import { TableBuilder } from "../table/builder";
import { RowTable } from "../table/row-table";

/** Cells per read block: keeps a block's response well under Excel on the web's 5 MB limit. */
export const BLOCK_CELL_BUDGET = 100_000;
/** Rows per read block at most (Microsoft's guidance: start with 5,000). */
export const MAX_BLOCK_ROWS = 5_000;

export function blockRows(columnCount: number): number {
  return Math.max(100, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_CELL_BUDGET / Math.max(1, columnCount))));
}

/**
 * The columns a tracker's rows are read from: from its first to its last column with a header,
 * unknown ones included, since a printed tracker may label a total row in its `ลำดับ` column.
 */
export function knownColumnSpan(layout: TrackerLayout): { first: number; count: number } {
  const cols = [...Object.values(layout.columns).map((c) => c!.column), ...layout.unknownColumns.map((c) => c.column)];
  const first = Math.min(...cols);
  return { first, count: Math.max(...cols) - first + 1 };
}

export interface LoadedTracker {
  readonly layout: TrackerLayout;
  /** The tracker's rows (made from the table on first use). */
  readonly rows: readonly ProjectRow[];
}

/**
 * Awaited between blocks of rows. A source that reads from memory (the web workspace's file)
 * resolves every read at once, so without a pause a 30,000-row check is one task that freezes the
 * page; the workspace passes a pause that gives the page back. Excel's reads are round trips and
 * give it back anyway.
 */
export type Pause = () => Promise<void>;

/** How to load: which sheet, which to skip, and the pause between blocks. */
export interface LoadOptions extends DetectOptions {
  readonly pause?: Pause;
}

/** What a host could not read of a sheet's printed layout (SPEC §2). */
export type Unread = PrintedLayout["unread"];

/**
 * Reads every project row of a detected tracker into the table, one block per read; returns what
 * the host could not read of its layout (e.g. merged cells on Excel before ExcelApi 1.13).
 */
export async function readTrackerInto(
  builder: TableBuilder,
  source: WorkbookSource,
  layout: TrackerLayout,
  reference: Reference,
  pause?: Pause,
): Promise<Unread> {
  const span = knownColumnSpan(layout);
  const step = blockRows(span.count);
  const total = Math.max(0, layout.lastDataRow - layout.firstDataRow + 1);
  const readers = new ColumnReaders();
  const sheetLayout =
    total > 0
      ? await source.readLayout({ sheet: layout.sheet, firstRow: layout.firstDataRow, rowCount: total, firstColumn: span.first, columnCount: span.count })
      : NO_LAYOUT;
  const printed = new PrintedLayout(sheetLayout, layout.firstDataRow, layout.lastDataRow, span.first, span.first + span.count - 1);
  const sourceIndex = builder.addSource(tableSource(layout, span.first));
  for (let first = layout.firstDataRow; first <= layout.lastDataRow; first += step) {
    const rowCount = Math.min(step, layout.lastDataRow - first + 1);
    // One block per round trip: several 100k-cell blocks in one request would pass the payload limit.
    const [block] = await source.readBlocks([
      { sheet: layout.sheet, firstRow: first, rowCount, firstColumn: span.first, columnCount: span.count },
    ]);
    appendBlock(builder, sourceIndex, layout, block, reference, readers, printed);
    await pause?.();
  }
  return printed.unread;
}

/** Rows a table makes room for before reading: 131,072 (about 25 MB of columns). */
const MAX_INITIAL_ROWS = 1 << 17;

/** Several trackers read into one table, rows pooled in argument order. */
export interface LoadedTable {
  readonly layouts: readonly TrackerLayout[];
  /** Rows read from each tracker, by layout. */
  readonly rowCounts: readonly number[];
  /** What the host could not read of each tracker's layout, by layout. */
  readonly unread: readonly Unread[];
  readonly table: RowTable;
}

/** Detects and reads several trackers into one table; rows are pooled in argument order. */
export async function loadTable(
  sources: readonly WorkbookSource[],
  reference: Reference,
  opts: LoadOptions = {},
): Promise<LoadedTable> {
  const layouts: TrackerLayout[] = [];
  for (const source of sources) layouts.push(await detectTracker(source, opts));
  // Room for every data row up front, so no column is copied to grow; capped, since a sheet's
  // last row may lie far below its rows of data (the table then grows by doubling as rows come).
  const span = layouts.reduce((sum, l) => sum + Math.max(0, l.lastDataRow - l.firstDataRow + 1), 0);
  const builder = new TableBuilder(Math.min(span, MAX_INITIAL_ROWS));
  const rowCounts: number[] = [];
  const unread: Unread[] = [];
  for (let t = 0; t < sources.length; t++) {
    const before = builder.length;
    unread.push(await readTrackerInto(builder, sources[t], layouts[t], reference, opts.pause));
    rowCounts.push(builder.length - before);
  }
  return { layouts, rowCounts, unread, table: builder.finish() };
}

/** Detects and reads one tracker. */
export async function loadTracker(
  source: WorkbookSource,
  reference: Reference,
  opts: DetectOptions = {},
): Promise<LoadedTracker> {
  const { layouts, table } = await loadTable([source], reference, opts);
  return { layout: layouts[0], rows: table.rows() };
}
