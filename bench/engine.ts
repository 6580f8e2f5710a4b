// Engine benchmark: read values → findings → figures (checkSources over memory) against a bare pass over the same cells.
import { checkSources } from "../src/app/check";
import { CellValue } from "../src/core/cell";
import { MemorySource } from "../src/workbook/memory/source";
import { median, round2, timeMs } from "./measure";
import { SyntheticSheet } from "./synthetic";

export interface EngineResult {
  readonly rows: number;
  readonly engine_ms: number;
  readonly bare_ms: number;
  /** The pass that reads every cell's text once and nothing else (SPEC §8): the engine's budget is 10 × this. */
  readonly text_ms: number;
  /** The first run of the process, before any warm-up: what a user's first check of a session costs. */
  readonly first_ms: number;
}

/**
 * The floor: touch every cell once (its value and its number format, which together are what the
 * engine is handed), doing the least work that still looks at each.
 */
export function barePass(
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[]
): number {
  let checksum = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const formatRow = formats[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string") checksum += v.length;
      else if (typeof v === "number") checksum += 1;
      else if (v !== null) checksum += 2;
      if (formatRow[c] !== "General") checksum += 1;
    }
  }
  return checksum;
}

/**
 * A second floor: read every character of every text cell once (what checking text for NFC,
 * stray spaces, Thai digits or error words needs at the least), nothing else. The bare pass
 * touches a text cell without reading it; this one says how much of the engine's time the
 * text itself costs, which the bare pass cannot show.
 */
export function textPass(values: readonly (readonly CellValue[])[]): number {
  let checksum = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      // Kept a small integer: a sum past 2^30 would make V8 leave its fast integer path and time that instead.
      for (let i = 0; i < v.length; i++) checksum = (checksum + v.charCodeAt(i)) & 0xfffff;
    }
  }
  return checksum;
}

/** Text characters in the tracker's cells (for the printed table). */
export function textCharacters(values: readonly (readonly CellValue[])[]): number {
  let count = 0;
  for (const row of values) for (const v of row) if (typeof v === "string") count += v.length;
  return count;
}

/** What the table shows beyond bench-results.json's engine fields. */
export interface EngineDetail {
  readonly runs: number;
  readonly textCharacters: number;
}

/**
 * Runs before timing starts, so the JIT has settled: about 20,000 rows' worth, and at least three.
 * V8 settles by runs as well as by rows: after a single 100,000-row warm-up the next runs still
 * optimised 62, 20 and 26 functions and deoptimised 41 and 32 times (each run gives the rules new
 * `report` closures, "wrong call target" until the call sites stop expecting one), and took
 * 1.3–1.9 × the time of the runs after them (`--trace-opt --trace-deopt`, 2026-12-06).
 */
export function warmUpRuns(rows: number): number {
  return Math.max(3, Math.ceil(20_000 / rows));
}

/**
 * Median engine time and median bare-pass time over `runs` runs, the two interleaved so both
 * meet the same load on a shared machine. The engine reads through MemorySource (what the pane's
 * sample and tests use): listing, header detection, block reads, rules and figures.
 */
export async function runEngine(
  sheet: SyntheticSheet,
  rows: number,
  runs: number
): Promise<{ result: EngineResult; detail: EngineDetail }> {
  // Only the count of rows read is kept: holding a run's whole result (the table and findings of
  // 100,000 rows) while the next run works made every run's garbage collection trace it too.
  const check = async () =>
    (
      await checkSources([
        new MemorySource("bench.xlsx", [{ name: sheet.name, values: sheet.values, formats: sheet.formats }]),
      ])
    ).trackers[0].rows;
  const first = await timeMs(check);
  for (let i = 1; i < warmUpRuns(rows); i++) await check();
  const engineTimes: number[] = [];
  const bareTimes: number[] = [];
  const textTimes: number[] = [];
  let checksum = 0;
  for (let i = 0; i < runs; i++) {
    const { ms, result: rowsRead } = await timeMs(check);
    if (rowsRead !== rows) throw new Error(`engine read ${rowsRead} rows of ${rows}`);
    engineTimes.push(ms);
    // The bare pass is short and noisy: five of them per engine run.
    for (let k = 0; k < 5; k++) {
      const bare = await timeMs(() => barePass(sheet.values, sheet.formats));
      checksum += bare.result;
      bareTimes.push(bare.ms);
    }
    const text = await timeMs(() => textPass(sheet.values));
    checksum += text.result;
    textTimes.push(text.ms);
  }
  if (checksum < 0)
    throw new Error("unreachable: the checksum keeps the bare pass from being optimised away");
  return {
    result: {
      rows,
      engine_ms: round2(median(engineTimes)),
      bare_ms: round2(median(bareTimes)),
      text_ms: round2(median(textTimes)),
      first_ms: round2(first.ms),
    },
    detail: { runs, textCharacters: textCharacters(sheet.values) },
  };
}
