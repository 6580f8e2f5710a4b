// Loading a tracker's rows in blocks that keep every read small, and pooling several trackers.
import { WorkbookSource } from "../port";
import { Reference } from "../reference";
import { DetectOptions, detectTracker } from "./detect";
import { ColumnReaders } from "./column-readers";
import { rowsFromBlock } from "./rows";
import { ProjectRow, TrackerLayout } from "./types";

/** Cells per read block: keeps a block's response well under Excel on the web's 5 MB limit. */
export const BLOCK_CELL_BUDGET = 100_000;
/** Rows per read block at most (Microsoft's guidance: start with 5,000). */
export const MAX_BLOCK_ROWS = 5_000;

export function blockRows(columnCount: number): number {
  return Math.max(100, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_CELL_BUDGET / Math.max(1, columnCount))));
}

/** The columns a tracker's rows are read from: from its first to its last known column. */
export function knownColumnSpan(layout: TrackerLayout): { first: number; count: number } {
  const cols = Object.values(layout.columns).map((c) => c!.column);
  const first = Math.min(...cols);
  return { first, count: Math.max(...cols) - first + 1 };
}

export interface LoadedTracker {
  readonly layout: TrackerLayout;
  readonly rows: ProjectRow[];
}

/** Reads every project row of a detected tracker, one block per read. */
export async function readTrackerRows(
  source: WorkbookSource,
  layout: TrackerLayout,
  reference: Reference,
  startIndex = 0,
  onBlock?: (rowsRead: number, rowsTotal: number) => void,
): Promise<ProjectRow[]> {
  const span = knownColumnSpan(layout);
  const step = blockRows(span.count);
  const total = Math.max(0, layout.lastDataRow - layout.firstDataRow + 1);
  const rows: ProjectRow[] = [];
  const readers = new ColumnReaders();
  for (let first = layout.firstDataRow; first <= layout.lastDataRow; first += step) {
    const rowCount = Math.min(step, layout.lastDataRow - first + 1);
    // One block per round trip: several 100k-cell blocks in one request would pass the payload limit.
    const [block] = await source.readBlocks([
      { sheet: layout.sheet, firstRow: first, rowCount, firstColumn: span.first, columnCount: span.count },
    ]);
    rows.push(...rowsFromBlock(layout, block, reference, startIndex + rows.length, readers));
    onBlock?.(first - layout.firstDataRow + rowCount, total);
  }
  return rows;
}

/** Detects and reads one tracker. */
export async function loadTracker(
  source: WorkbookSource,
  reference: Reference,
  opts: DetectOptions = {},
  startIndex = 0,
): Promise<LoadedTracker> {
  const layout = await detectTracker(source, opts);
  const rows = await readTrackerRows(source, layout, reference, startIndex);
  return { layout, rows };
}

/** Detects and reads several trackers; rows are pooled in argument order. */
export async function loadTrackers(
  sources: readonly WorkbookSource[],
  reference: Reference,
  opts: DetectOptions = {},
): Promise<LoadedTracker[]> {
  const out: LoadedTracker[] = [];
  let index = 0;
  for (const source of sources) {
    const loaded = await loadTracker(source, reference, opts, index);
    index += loaded.rows.length;
    out.push(loaded);
  }
  return out;
}
