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

/** Runs before timing starts, so the JIT has compiled the engine: about 20,000 rows' worth, at least one. */
export function warmUpRuns(rows: number): number {
  return Math.max(1, Math.ceil(20_000 / rows));
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
  const check = () =>
    checkSources([
      new MemorySource("bench.xlsx", [
        { name: sheet.name, values: sheet.values, formats: sheet.formats },
      ]),
    ]);
  for (let i = 0; i < warmUpRuns(rows); i++) await check();
  const engineTimes: number[] = [];
  const bareTimes: number[] = [];
  const textTimes: number[] = [];
  let checksum = 0;
  for (let i = 0; i < runs; i++) {
    const { ms, result } = await timeMs(check);
    if (result.trackers[0].rows !== rows)
      throw new Error(`engine read ${result.trackers[0].rows} rows of ${rows}`);
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
    },
    detail: { runs, textCharacters: textCharacters(sheet.values) },
  };
}
