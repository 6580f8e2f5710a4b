// `npm run bench` (not part of the tests): synthetic trackers through the engine, the Office adapter and the command line, and the pane's bundle.
// Options: --rows=1000,10000,100000  --peer-rows=30000  --only=engine,office,cli,peer,browser,bundle  --out=bench-results.json
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { runBrowser } from "./browser";
import { measureBundle } from "./bundle";
import { runCli } from "./cli";
import { runEngine } from "./engine";
import { runOffice } from "./office";
import { runPeer } from "./peer";
import { BenchDetails, BenchResults, machineLine, renderTables } from "./results";
import { syntheticTracker } from "./synthetic";
import { writeSyntheticXlsx } from "./xlsx-file";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SECTIONS = ["engine", "office", "cli", "peer", "browser", "bundle"] as const;
type Section = (typeof SECTIONS)[number];

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv
    .slice(2)
    .find((a) => a.startsWith(prefix))
    ?.slice(prefix.length);
}

/**
 * Fewer runs for bigger trackers keeps the whole bench near ten minutes on a 2-core machine; five
 * at 100,000 rows, since three let one slow run on a shared machine move the median by a fifth.
 */
function engineRuns(rows: number): number {
  return rows <= 1000 ? 15 : rows <= 10_000 ? 7 : 5;
}

/** Three runs even at 100,000 rows: a single run of either side moved by ±30 % on the shared machine. */
const CLI_RUNS = 3;
/** The Python peer's runs are seconds each; five keep one slow run from deciding the ratio. */
const PEER_RUNS = 5;

function log(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

async function main(): Promise<void> {
  const sizes = (option("rows") ?? "1000,10000,100000").split(",").map(Number);
  const only = new Set<Section>((option("only")?.split(",") as Section[] | undefined) ?? SECTIONS);
  const outFile = path.resolve(ROOT, option("out") ?? "bench-results.json");
  const machine = machineLine();
  log(machine);
  const peerRows = Number(option("peer-rows") ?? 30_000);
  const results: BenchResults = {
    engine: [],
    office: [],
    cli: [],
    peer: null,
    browser: null,
    bundle: null,
  };
  const details: BenchDetails = { cli: new Map(), bundle: null, engine: new Map() };
  const workDir = mkdtempSync(path.join(os.tmpdir(), "pyp-bench-"));
  try {
    for (const rows of sizes) {
      const sheet = syntheticTracker(rows);
      if (only.has("engine")) {
        log(`engine, ${rows} rows`);
        const { result, detail } = await runEngine(sheet, rows, engineRuns(rows));
        results.engine.push(result);
        details.engine.set(rows, detail);
      }
      if (only.has("office")) {
        log(`Office adapter, ${rows} rows`);
        results.office.push(...(await runOffice(sheet, rows)));
      }
      if (only.has("cli")) {
        log(`command line, ${rows} rows`);
        const file = path.join(workDir, `tracker-${rows}.xlsx`);
        await writeSyntheticXlsx(sheet, file);
        const { result, detail } = await runCli(file, rows, CLI_RUNS, workDir);
        results.cli.push(result);
        details.cli.set(rows, detail);
      }
    }
    // The 30,000-row user's wait, on the command line and in the browser: one tracker file for both.
    const waitFile = path.join(workDir, `tracker-wait-${peerRows}.xlsx`);
    if (only.has("peer") || only.has("browser"))
      await writeSyntheticXlsx(syntheticTracker(peerRows), waitFile);
    if (only.has("peer")) {
      log(`report against the Python peer, ${peerRows} rows`);
      results.peer = await runPeer(waitFile, peerRows, PEER_RUNS, workDir);
      if (results.peer.note) log(results.peer.note);
    }
    if (only.has("browser")) {
      log(`web workspace in headless Chromium, ${peerRows} rows`);
      results.browser = await runBrowser(path.join(ROOT, "dist"), waitFile, peerRows);
    }
    if (only.has("bundle")) {
      log("bundle");
      const { result, detail } = measureBundle(path.join(ROOT, "dist"));
      results.bundle = result;
      details.bundle = detail;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `Machine: ${machine}\n\n${renderTables(results, details)}\n\nWrote ${path.relative(process.cwd(), outFile) || outFile}\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
