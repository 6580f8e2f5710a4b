// A SheetDoc's frame: the sheet's font over the written extent, column widths and row heights, in few requests.
import { SheetDoc } from "../../core/outputs/sheet-doc";
import { addressLists } from "./areas";
import { payloadBytes } from "./budget";
import { docExtent } from "./render-cells";
import { RenderContext, columnWidthPoints } from "./render-context";

interface Run {
  from: number;
  to: number;
  value: number;
}

/** Consecutive positions with the same value, so one request sets them all. */
export function equalRuns(items: readonly { at: number; value: number }[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last.to === item.at - 1 && last.value === item.value) last.to = item.at;
    else runs.push({ from: item.at, to: item.at, value: item.value });
  }
  return runs;
}

/**
 * Row heights as runs to set in order (0-based rows). The commonest height goes first over every
 * stretch of consecutive rows that has a height; the other heights follow and overwrite their rows.
 * A report whose rows alternate between one and two lines then costs one run for the common height
 * instead of one per row.
 */
export function rowHeightRuns(heights: readonly { row: number; height: number }[]): Run[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const counts = new Map<number, number>();
  for (const h of sorted) counts.set(h.height, (counts.get(h.height) ?? 0) + 1);
  let common: number | null = null;
  for (const [height, count] of counts)
    if (common === null || count > (counts.get(common) ?? 0)) common = height;
  const stretches = equalRuns(sorted.map((h) => ({ at: h.row - 1, value: 0 })));
  const commonRuns = stretches.map((s) => ({ ...s, value: common ?? 0 }));
  const others = equalRuns(
    sorted.filter((h) => h.height !== common).map((h) => ({ at: h.row - 1, value: h.height }))
  );
  return [...commonRuns, ...others];
}

/** Row heights: with RangeAreas (ExcelApi 1.9) one request per height and address list, else one per run. */
async function writeRowHeights(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const runs = rowHeightRuns(doc.rowHeights ?? []);
  const asRange = (r: Run) => ({
    firstRow: r.from + 1,
    lastRow: r.to + 1,
    firstColumn: 1,
    lastColumn: 1,
  });
  if (!rc.features.rangeAreas) {
    for (const run of runs) {
      await rc.batch.reserve(0, 1, 2 /* range, format */);
      rc.sheet.getRangeByIndexes(run.from, 0, run.to - run.from + 1, 1).format.rowHeight =
        run.value;
    }
    return;
  }
  // Heights in the order of their first run, so the commonest still goes first.
  const byHeight = new Map<number, Run[]>();
  for (const run of runs) {
    const list = byHeight.get(run.value);
    if (list) list.push(run);
    else byHeight.set(run.value, [run]);
  }
  for (const [height, heightRuns] of byHeight) {
    for (const list of addressLists(heightRuns.map(asRange))) {
      await rc.batch.reserve(payloadBytes(list), 1, 2 /* areas, format */);
      rc.sheet.getRanges(list).format.rowHeight = height;
    }
  }
}

/** The sheet's font over the written extent, column widths and row heights: a few requests per sheet. */
export async function writeSheetFrame(rc: RenderContext, doc: SheetDoc): Promise<void> {
  const { rows, columns } = docExtent(doc);
  const sheet = rc.sheet;
  if (rows > 0) {
    await rc.batch.reserve(payloadBytes(doc.font), 2, 3 /* range, format, font */);
    const all = sheet.getRangeByIndexes(0, 0, rows, Math.max(columns, doc.columnWidths.length, 1));
    all.format.font.name = doc.font.name;
    all.format.font.size = doc.font.size;
  }
  for (const run of equalRuns(doc.columnWidths.map((w, i) => ({ at: i, value: w })))) {
    await rc.batch.reserve(0, 1, 2 /* range, format */);
    sheet.getRangeByIndexes(0, run.from, 1, run.to - run.from + 1).format.columnWidth =
      columnWidthPoints(run.value);
  }
  await writeRowHeights(rc, doc);
}
