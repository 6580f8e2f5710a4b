// Memory: the built CLI on a 100,000-row tracker stays under the peak RSS documented in SECURITY.md.
import { execFileSync, spawn } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { tempDir } from "../helpers/cli";
import { ROOT } from "./outcome";

/**
 * Peak resident memory allowed, in MiB. Measured on the 2-core CI machine (Node 20): report ≈ 1,650,
 * check ≈ 680 (see SECURITY.md); the bounds leave about 50 % headroom for Node and exceljs versions.
 */
const PEAK_RSS_MIB = { check: 1024, report: 2560 } as const;
const ROWS = 100_000;
const BIN = path.join(ROOT, "bin", "pyp-tracker.js");
const BUILT_MAIN = path.join(ROOT, "build", "cli", "main.js");
const DEPARTMENTS = ["DOE", "DSD", "DLPW", "SSO", "OPS", "TOSH"];

/** Builds the CLI when it has not been built (tsc emits even when files of work in progress fail to typecheck). */
function ensureBuiltCli(): void {
  if (fs.existsSync(BUILT_MAIN)) return;
  try {
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")],
      { stdio: "pipe" }
    );
  } catch (error) {
    if (!fs.existsSync(BUILT_MAIN)) throw error;
  }
}

/** A realistic 100k-row tracker written with exceljs's streaming writer, shared strings as Excel writes them. */
async function writeBigTracker(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet("ติดตามโครงการ");
  sheet
    .addRow([
      "รหัสโครงการ",
      "ชื่อโครงการ",
      "หน่วยงาน",
      "ประเภทโครงการ",
      "ปีงบประมาณ",
      "รหัสงบประมาณ",
      "งบประมาณ (บาท)",
      "ยุทธศาสตร์ชาติ",
      "แผนแม่บทฯ",
      "แผนย่อย",
      "ความก้าวหน้า ไตรมาส 1 (%)",
      "ความก้าวหน้า ไตรมาส 2 (%)",
      "เบิกจ่าย ไตรมาส 1 (บาท)",
      "เบิกจ่าย ไตรมาส 2 (บาท)",
      "ปัญหาอุปสรรค/หมายเหตุ",
    ])
    .commit();
  for (let i = 1; i <= ROWS; i++) {
    const progress = i % 101;
    sheet
      .addRow([
        `P-${i}`,
        `โครงการพัฒนาทักษะแรงงาน ลำดับที่ ${i}`,
        DEPARTMENTS[i % 6],
        "โครงการประจำปีงบประมาณ",
        2569,
        String(10n ** 19n + BigInt(i)),
        1_000_000 + i,
        3,
        11,
        "1104",
        progress,
        Math.min(100, progress + 5),
        100_000,
        50_000,
        i % 10 === 0 ? "รอผลการจัดซื้อจัดจ้าง" : null,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

interface MeasuredRun {
  code: number;
  stdout: string;
  stderr: string;
  peakMiB: number;
}

/** Reads the kernel's high-water mark of a process's resident set, in KiB (0 once it has gone). */
function vmHwmKiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs the built CLI in a child process and measures its peak RSS: exactly with GNU time's
 * "Maximum resident set size" when /usr/bin/time exists, else by polling /proc/<pid>/status VmHWM.
 */
function runMeasured(args: string[]): Promise<MeasuredRun> {
  const gnuTime = fs.existsSync("/usr/bin/time");
  const [cmd, argv] = gnuTime
    ? ["/usr/bin/time", ["-v", process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let polledKiB = 0;
    const poll = setInterval(() => (polledKiB = Math.max(polledKiB, vmHwmKiB(child.pid!))), 20);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      let peakKiB = polledKiB;
      if (gnuTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (!m) return reject(new Error(`no RSS in /usr/bin/time output: ${stderr.slice(-500)}`));
        peakKiB = Number(m[1]);
        stderr = stderr.slice(
          0,
          stderr.search(/\s*(Command exited with non-zero status|Command being timed)/)
        );
      }
      resolve({ code: code ?? -1, stdout, stderr, peakMiB: peakKiB / 1024 });
    });
  });
}

describe(`the command line on a ${ROWS.toLocaleString("en-US")}-row tracker`, () => {
  const dir = tempDir("pyp-memory-");
  const big = path.join(dir, "big-tracker.xlsx");

  beforeAll(async () => {
    ensureBuiltCli();
    await writeBigTracker(big);
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`check --json stays under ${PEAK_RSS_MIB.check} MiB peak RSS`, async () => {
    const run = await runMeasured(["check", big, "--json"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout).rows).toBe(ROWS);
    process.stdout.write(`check on ${ROWS} rows: peak RSS ${run.peakMiB.toFixed(0)} MiB\n`);
    expect(run.peakMiB).toBeLessThan(PEAK_RSS_MIB.check);
  }, 300_000);

  it(`report --json stays under ${PEAK_RSS_MIB.report} MiB peak RSS`, async () => {
    const out = path.join(dir, "report.xlsx");
    const run = await runMeasured(["report", big, "--out", out, "--json", "--today", "2026-11-25"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const doc = JSON.parse(run.stdout);
    expect([doc.rows, doc.included_rows]).toEqual([ROWS, ROWS]);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
    process.stdout.write(`report on ${ROWS} rows: peak RSS ${run.peakMiB.toFixed(0)} MiB\n`);
    expect(run.peakMiB).toBeLessThan(PEAK_RSS_MIB.report);
  }, 300_000);
});
