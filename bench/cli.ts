// Command-line benchmark: `report` and `check` wall time against exceljs alone reading the same tracker and writing the same report.
import { spawn } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { median, round2 } from "./measure";

export interface CliResult {
  readonly rows: number;
  readonly report_ms: number;
  /** `check --json` on the same tracker: reading and the rules, no figures or output file. */
  readonly check_ms: number;
  readonly io_ms: number;
}

/** What the table shows besides the results file: peak memory of each process. */
export interface CliDetail {
  readonly reportPeakMiB: number | null;
  readonly ioPeakMiB: number | null;
}

const ROOT = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "bin", "pyp-tracker.js");
const IO_FLOOR = path.join(__dirname, "io-floor.js");
const GNU_TIME = "/usr/bin/time";

export interface Run {
  readonly ms: number;
  readonly stdout: string;
  readonly peakMiB: number | null;
  /** User + system CPU time from GNU time (null without it): steadier than wall time on a shared machine. */
  readonly cpuMs: number | null;
}

/** Peak resident memory in MiB from the kernel's high-water mark, while the process lives. */
function highWaterMiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `program args…` and times it from spawn to exit (start-up included, as a user sees it);
 * an exit code outside `okCodes` rejects. Peak memory comes from GNU time when installed, else
 * from polling /proc.
 */
export function runProgram(
  program: string,
  args: readonly string[],
  okCodes: readonly number[] = [0]
): Promise<Run> {
  const gnuTime = existsSync(GNU_TIME);
  const [command, argv] = gnuTime ? [GNU_TIME, ["-v", program, ...args]] : [program, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let polled = 0;
    const poll = setInterval(() => (polled = Math.max(polled, highWaterMiB(child.pid ?? 0))), 50);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      clearInterval(poll);
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const own = gnuTime
        ? stderr.slice(
            0,
            stderr.search(/\s*(Command exited with non-zero status|Command being timed)/)
          )
        : stderr;
      if (code === null || !okCodes.includes(code))
        return reject(
          new Error(`${program} ${args.join(" ")} exited ${code}: ${own.trim().slice(-500)}`)
        );
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : null;
      resolve({ ms, stdout, peakMiB: rss ? Number(rss[1]) / 1024 : polled || null, cpuMs });
    });
  });
}

/** Runs Node on `args` (see runProgram). */
function runNode(args: readonly string[], okCodes: readonly number[] = [0]): Promise<Run> {
  return runProgram(process.execPath, args, okCodes);
}

/** `report` on the tracker, as a user runs it for a first report (no earlier OUT to read). */
export async function runReport(tracker: string, out: string, rows: number): Promise<Run> {
  rmSync(out, { force: true });
  const report = await runNode([
    BIN,
    "report",
    tracker,
    "--out",
    out,
    "--today",
    "2026-01-20",
    "--json",
  ]);
  const doc = JSON.parse(report.stdout) as { rows: number };
  if (doc.rows !== rows) throw new Error(`report read ${doc.rows} rows of ${rows}`);
  return report;
}

/**
 * `report` on the tracker file, `check` on it, then the floor: exceljs streams every cell of the same tracker and
 * writes the workbook `report` wrote (loaded beforehand in the same process; that load is timed
 * separately and subtracted). Median of `runs` runs each.
 */
export async function runCli(
  tracker: string,
  rows: number,
  runs: number,
  workDir: string
): Promise<{ result: CliResult; detail: CliDetail }> {
  const out = path.join(workDir, `report-${rows}.xlsx`);
  const floorOut = path.join(workDir, `floor-${rows}.xlsx`);
  const reportTimes: number[] = [];
  const checkTimes: number[] = [];
  const ioTimes: number[] = [];
  let reportPeak: number | null = null;
  let ioPeak: number | null = null;
  for (let i = 0; i < runs; i++) {
    // A first run each time: over an existing report, `report` first reads it to check it wrote it.
    const report = await runReport(tracker, out, rows);
    reportTimes.push(report.ms);
    // Exit 1 is `check` finding errors, which the synthetic tracker has on purpose.
    const check = await runNode([BIN, "check", tracker, "--json"], [0, 1]);
    const checked = JSON.parse(check.stdout) as { rows: number };
    if (checked.rows !== rows) throw new Error(`check read ${checked.rows} rows of ${rows}`);
    checkTimes.push(check.ms);
    reportPeak = Math.max(reportPeak ?? 0, report.peakMiB ?? 0) || null;
    const floor = await runNode([IO_FLOOR, tracker, out, floorOut]);
    const { prepare_ms: prepareMs } = JSON.parse(floor.stdout) as { prepare_ms: number };
    ioTimes.push(floor.ms - prepareMs);
    ioPeak = Math.max(ioPeak ?? 0, floor.peakMiB ?? 0) || null;
  }
  return {
    result: {
      rows,
      report_ms: round2(median(reportTimes)),
      check_ms: round2(median(checkTimes)),
      io_ms: round2(median(ioTimes)),
    },
    detail: { reportPeakMiB: reportPeak, ioPeakMiB: ioPeak },
  };
}
