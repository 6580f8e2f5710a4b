// The Python peer: pandas + openpyxl reading the same tracker and printing per-department means, timed against `report`.
import { spawnSync } from "child_process";
import * as path from "path";
import { runProgram, runReport } from "./cli";
import { median, round2 } from "./measure";

/** Debian's interpreter: python3-pandas and python3-openpyxl install there, whatever python3 is first on PATH. */
const PYTHON = process.env.BENCH_PYTHON ?? "/usr/bin/python3";
const ROOT = path.resolve(__dirname, "..", "..", "..");
const SCRIPT = path.join(ROOT, "bench", "peer.py");

export interface PeerResult {
  readonly rows: number;
  readonly report_ms: number;
  /** null when pandas or openpyxl is not installed (see `note`). */
  readonly python_ms: number | null;
  /** Median CPU time (user + system) of each, when GNU time is installed: the shared machine's load moves it less. */
  readonly report_cpu_ms: number | null;
  readonly python_cpu_ms: number | null;
  readonly note: string | null;
}

/** Why the peer cannot run here, or null when it can. */
export function peerMissing(): string | null {
  const probe = spawnSync(PYTHON, ["-c", "import pandas, openpyxl"], { encoding: "utf8" });
  if (probe.status === 0) return null;
  return `Python peer skipped: ${PYTHON} cannot import pandas and openpyxl (apt-get install python3-pandas python3-openpyxl)`;
}

/**
 * `report` and the Python script on the same tracker, interleaved so both meet the same load on
 * the shared machine; median of `runs` each. Without pandas only `report` is timed.
 */
export async function runPeer(
  tracker: string,
  rows: number,
  runs: number,
  workDir: string
): Promise<PeerResult> {
  const missing = peerMissing();
  const out = path.join(workDir, `peer-report-${rows}.xlsx`);
  const reportTimes: number[] = [];
  const pythonTimes: number[] = [];
  const reportCpu: number[] = [];
  const pythonCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const report = await runReport(tracker, out, rows);
    reportTimes.push(report.ms);
    if (report.cpuMs !== null) reportCpu.push(report.cpuMs);
    if (missing) continue;
    const peer = await runProgram(PYTHON, [SCRIPT, tracker]);
    if (!/^\S.*\t\d+\.\d\d$/m.test(peer.stdout))
      throw new Error(`the Python peer printed no means: ${peer.stdout.slice(0, 200)}`);
    pythonTimes.push(peer.ms);
    if (peer.cpuMs !== null) pythonCpu.push(peer.cpuMs);
  }
  const cpu = (times: number[]) => (times.length === runs ? round2(median(times)) : null);
  return {
    rows,
    report_ms: round2(median(reportTimes)),
    python_ms: missing ? null : round2(median(pythonTimes)),
    report_cpu_ms: cpu(reportCpu),
    python_cpu_ms: cpu(pythonCpu),
    note: missing,
  };
}
