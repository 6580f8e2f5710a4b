// Compare benchmark (run by hand, not part of the tests): two 30,000-row trackers compared against checking each once.
// `npx tsc -p tsconfig.bench.json && node build/bench/bench/compare.js [--rows=30000] [--runs=3]`
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { checkSources } from "../src/app/check";
import { compareSources } from "../src/app/compare";
import { openXlsxFile } from "../src/workbook/xlsx/node";
import { median, round2, timeMs } from "./measure";
import { Random } from "./random";
import { SyntheticSheet, syntheticTracker } from "./synthetic";
import { writeSyntheticXlsx } from "./xlsx-file";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "bin", "pyp-tracker.js");
const BUDGET_COLUMN = 7;

function option(name: string, fallback: number): number {
  const found = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
}

/**
 * NEW: OLD's rows shuffled, the last 1% dropped, 1% of budgets raised: what a quarter later looks
 * like, so the comparison does real matching and finds real changes.
 */
function nextQuarter(old: SyntheticSheet): SyntheticSheet {
  const rnd = new Random(2570);
  const head = old.values.slice(0, old.headerRow);
  const rows = old.values.slice(old.headerRow).map((values, i) => ({ values: [...values], formats: old.formats[old.headerRow + i] }));
  const kept = rows.slice(0, Math.floor(rows.length * 0.99));
  for (const row of kept) if (rnd.next() < 0.01 && typeof row.values[BUDGET_COLUMN] === "number") row.values[BUDGET_COLUMN] = (row.values[BUDGET_COLUMN] as number) + 1000;
  for (let i = kept.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [kept[i], kept[j]] = [kept[j], kept[i]];
  }
  return { ...old, values: [...head, ...kept.map((r) => r.values)], formats: [...old.formats.slice(0, old.headerRow), ...kept.map((r) => r.formats)] };
}

/** Wall time of the built command line, Node's start-up included (as a user sees it). */
function cliMs(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.status !== 0 && !(args[0] === "check" && run.status === 1)) throw new Error(`${args.join(" ")}: ${run.stderr}`);
  return ms;
}

async function main(): Promise<void> {
  const rows = option("rows", 30_000);
  const runs = option("runs", 3);
  const dir = mkdtempSync(path.join(os.tmpdir(), "pyp-bench-compare-"));
  try {
    const old = syntheticTracker(rows);
    const oldFile = path.join(dir, "old.xlsx");
    const newFile = path.join(dir, "new.xlsx");
    await writeSyntheticXlsx(old, oldFile);
    await writeSyntheticXlsx(nextQuarter(old), newFile);
    const engine = { check: [] as number[], compare: [] as number[] };
    const cli = { check: [] as number[], compare: [] as number[] };
    let changes = 0;
    for (let i = 0; i < runs; i++) {
      const [a, b] = [await openXlsxFile(oldFile, oldFile), await openXlsxFile(newFile, newFile)];
      engine.check.push((await timeMs(() => checkSources([a]))).ms + (await timeMs(() => checkSources([b]))).ms);
      const [c, d] = [await openXlsxFile(oldFile, oldFile), await openXlsxFile(newFile, newFile)];
      const compared = await timeMs(() => compareSources([c], [d]));
      engine.compare.push(compared.ms);
      changes = compared.result.comparison.changes.length;
      cli.check.push(cliMs(["check", oldFile, "--json"]) + cliMs(["check", newFile, "--json"]));
      cli.compare.push(cliMs(["compare", oldFile, newFile, "--json"]));
    }
    const line = (name: string, t: { check: number[]; compare: number[] }) =>
      `${name}: two checks ${round2(median(t.check))} ms · compare ${round2(median(t.compare))} ms · ratio ${round2(median(t.compare) / median(t.check))}`;
    process.stdout.write(`${rows} rows each, median of ${runs}, ${changes} changes found\n${line("engine (file already open)", engine)}\n${line("command line (spawned)", cli)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
