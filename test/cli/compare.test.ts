// `pyp-tracker compare`: a Q1/Q2 pair with planted changes gives exactly those changes; SPEC §6 JSON; OUT; exit 2.
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { PLANTED, q1TrackerBytes, q2TrackerBytes } from "../helpers/compare-pair";
import { cli, fixture, sha256, tempDir } from "../helpers/cli";

const ROOT = path.join(__dirname, "..", "..");
const CHANGE_KEYS = ["kind", "project_id", "column", "old_value", "new_value", "old_cell", "new_cell"];

interface CompareDoc {
  old: { files: { path: string; sheet: string; rows: number }[] };
  new: { files: { path: string; sheet: string; rows: number }[] };
  matched: number;
  changes: Record<string, unknown>[];
  summary: Record<string, number>;
  duplicates: { side: string; project_id: string; cells: string[] }[];
}

const asLine = (c: Record<string, unknown>) => `${c.kind} ${c.project_id} ${c.column}`;

describe("compare", () => {
  const dir = tempDir();
  const q1 = path.join(dir, "doe-q1.xlsx");
  const q2 = path.join(dir, "doe-q2.xlsx");

  beforeAll(async () => {
    fs.writeFileSync(q1, await q1TrackerBytes());
    fs.writeFileSync(q2, await q2TrackerBytes());
  });

  it("finds exactly the planted changes, in SPEC §6 JSON, and leaves the inputs untouched", async () => {
    const hashes = [sha256(q1), sha256(q2)];
    const run = await cli("compare", q1, q2, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc: CompareDoc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(["old", "new", "matched", "changes", "summary", "duplicates"]);
    expect(doc.old.files).toEqual([{ path: q1, sheet: "ติดตามไตรมาส ๑", rows: 10 }]);
    expect(doc.new.files).toEqual([{ path: q2, sheet: "Q2 tracker", rows: 11 }]);
    expect(doc.changes.map(asLine)).toEqual(PLANTED);
    for (const c of doc.changes) expect(Object.keys(c)).toEqual(CHANGE_KEYS);
    // 9 projects in both: 10 in Q1 less the removed one (DOE-69-003 matched despite its spelling).
    expect(doc.matched).toBe(9);
    expect(doc.summary).toEqual({
      added: 2, removed: 1, "budget-changed": 1, "linkage-changed": 1, "progress-went-back": 1,
      "disbursement-changed": 1, "name-changed": 1, "department-changed": 0, "fiscal-year-changed": 0,
    });
    expect(doc.duplicates).toEqual([]);
    expect([sha256(q1), sha256(q2)]).toEqual(hashes);
  });

  it("shows old and new values side by side, with the cells of each tracker", async () => {
    const doc: CompareDoc = JSON.parse((await cli("compare", q1, q2, "--json")).stdout);
    const of = (kind: string) => doc.changes.find((c) => c.kind === kind)!;
    // Q1 budget 750,000 written as the text "750,000"; Q2 has 900,000 in column E.
    expect(of("budget-changed")).toMatchObject({ old_value: 750000, new_value: 900000, old_cell: "G5" });
    expect(of("budget-changed").new_cell).toMatch(/^E\d+$/);
    expect(of("linkage-changed")).toMatchObject({ old_value: 17, new_value: 18, old_cell: "I7" });
    expect(of("progress-went-back")).toMatchObject({ old_value: 40, new_value: 35, old_cell: "K8" });
    expect(of("disbursement-changed")).toMatchObject({ old_value: 100000, new_value: 80000, old_cell: "M9" });
    expect(of("name-changed")).toMatchObject({ old_value: "โครงการตลาดงานเคลื่อนที่", new_value: "โครงการตลาดงานเคลื่อนที่เชิงรุก" });
    expect(of("removed")).toMatchObject({ old_value: "โครงการพัฒนาฐานข้อมูลตลาดแรงงาน", new_value: null, old_cell: "B13", new_cell: null });
    expect(of("added")).toMatchObject({ old_value: null, new_value: "โครงการจัดหางานในชุมชน", old_cell: null });
  });

  it("compared the other way round: additions and removals swap, a reported quarter erased goes back, a higher one does not", async () => {
    const doc: CompareDoc = JSON.parse((await cli("compare", q2, q1, "--json")).stdout);
    expect(doc.summary).toMatchObject({ added: 1, removed: 2, "budget-changed": 1, "name-changed": 1 });
    // Q2's reported quarter is blank in Q1 for all 9 matched projects; DOE-69-005's Q1 35 → 40 is progress, not a change.
    const back = doc.changes.filter((c) => c.kind === "progress-went-back");
    expect(back).toHaveLength(9);
    for (const c of back) expect(c).toMatchObject({ column: "q2_progress", new_value: null });
    expect(doc.changes.filter((c) => c.kind === "disbursement-changed").map((c) => c.column).sort()).toEqual([...Array(9).fill("q2_disbursed"), "q1_disbursed"].sort());
  });

  it("writes OUT with the comparison sheet, replaces its own OUT, refuses a file it did not write", async () => {
    const out = path.join(dir, "compare.xlsx");
    const run = await cli("compare", q1, q2, "--out", out, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("budget-changed");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Comparison")!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("Budget changed");
    expect(texts).toContain("DOE-69-002");
    expect((await cli("compare", q1, q2, "--out", out)).code).toBe(0);
    const foreign = path.join(dir, "mine.xlsx");
    fs.copyFileSync(q1, foreign);
    const refused = await cli("compare", q1, q2, "--out", foreign);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not written by pyp-tracker/);
  });

  it("unusable input: exit 2 with one line naming the file", async () => {
    const cases: [string[], RegExp][] = [
      [[q1, fixture("bad-no-tracker.xlsx")], /bad-no-tracker\.xlsx: .*no tracker/],
      [[fixture("bad-no-tracker.xlsx"), q2], /bad-no-tracker\.xlsx: .*no tracker/],
      [[q1, path.join(dir, "missing.xlsx")], /missing\.xlsx: file not found/],
      [[q1], /exactly two files/],
      [[q1, q2, "--out", q2], /--out is one of the input files/],
    ];
    for (const [args, pattern] of cases) {
      const run = await cli("compare", ...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it("the built command line prints the same document (spawned as a user runs it)", () => {
    if (!fs.existsSync(path.join(ROOT, "build", "cli", "compare.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
    const spawned = spawnSync(process.execPath, [path.join(ROOT, "bin", "pyp-tracker.js"), "compare", q1, q2, "--json"], { encoding: "utf8" });
    expect(spawned.stderr).toBe("");
    expect(spawned.status).toBe(0);
    expect((JSON.parse(spawned.stdout) as CompareDoc).changes.map(asLine)).toEqual(PLANTED);
    const bad = spawnSync(process.execPath, [path.join(ROOT, "bin", "pyp-tracker.js"), "compare", q1, fixture("bad-no-tracker.xlsx")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
  });
});
