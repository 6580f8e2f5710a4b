// `pyp-tracker check`: SPEC §6 JSON shape, exit codes, every planted rule found where it was planted.
import { PLANTED } from "../../scripts/fixtures-rules";
import { cli, fixture, sha256 } from "../helpers/cli";

describe("check", () => {
  it("prints SPEC-shaped JSON for a Thai tracker under title rows and exits by severity", async () => {
    const file = fixture("dept-doe-th.xlsx");
    const before = sha256(file);
    const run = await cli("check", file, "--json");
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["files", "fiscal_year", "rows", "issues", "summary"]));
    expect(doc.files).toEqual([{ path: file, sheet: "ติดตามโครงการ", rows: 4, section_rows: 0, total_rows: 0, hidden_rows: 0 }]);
    expect(doc.fiscal_year).toBe(2569);
    expect(doc.rows).toBe(4);
    for (const issue of doc.issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(["rule", "severity", "file", "sheet", "row", "column", "cell", "value", "message"]));
    }
    expect(Object.keys(doc.summary).sort()).toEqual(["errors", "rows_with_errors", "warnings"]);
    expect(run.code).toBe(doc.summary.errors > 0 ? 1 : 0);
    expect(sha256(file)).toBe(before);
  });

  it("finds every planted rule on its own row (all-rules fixture), and exits 1", async () => {
    const run = await cli("check", fixture("all-rules.xlsx"), "--json");
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    PLANTED.forEach(([rule], i) => {
      const row = i + 3; // title row, header row, then data
      const rulesOnRow = doc.issues.filter((x: { row: number }) => x.row === row).map((x: { rule: string }) => x.rule);
      if (rule === "(valid)") expect(rulesOnRow).toEqual([]);
      else expect(rulesOnRow).toContain(rule);
    });
    const ruleIds = new Set(doc.issues.map((x: { rule: string }) => x.rule));
    expect(ruleIds.size).toBe(PLANTED.length - 1);
  });

  it("pools several files in argument order and checks duplicates across them", async () => {
    const files = ["dept-doe-th.xlsx", "dept-dsd-en.xlsx", "dept-sso-tworow.xlsx"].map(fixture);
    const doc = JSON.parse((await cli("check", ...files, "--json")).stdout);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(files);
    expect(doc.files.map((f: { rows: number }) => f.rows)).toEqual([4, 4, 4]);
    expect(doc.rows).toBe(12);
    const again = JSON.parse((await cli("check", files[0], files[0], "--json")).stdout);
    expect(again.issues.filter((x: { rule: string }) => x.rule === "duplicate-project-id")).toHaveLength(4);
  });

  it("reads the English tracker's table without its totals row and warns about the CE year", async () => {
    const doc = JSON.parse((await cli("check", fixture("dept-dsd-en.xlsx"), "--json", "--lang", "en")).stdout);
    expect(doc.rows).toBe(4);
    const ce = doc.issues.find((x: { rule: string }) => x.rule === "fiscal-year-ce");
    expect(ce).toMatchObject({ severity: "warning", cell: "D4", value: "2026" });
    expect(ce.message).toMatch(/2026/);
  });

  it("honours --sheet, --fiscal-year and --quarter", async () => {
    const file = fixture("dept-doe-th.xlsx");
    const doc = JSON.parse((await cli("check", file, "--sheet", "ติดตามโครงการ", "--fiscal-year", "2568", "--quarter", "1", "--json")).stdout);
    expect(doc.fiscal_year).toBe(2568);
    expect(doc.issues.filter((x: { rule: string }) => x.rule === "fiscal-year-other")).toHaveLength(4);
    const bad = await cli("check", file, "--sheet", "ไม่มี");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("ไม่มี");
  });

  it("prints a readable text report without --json", async () => {
    const run = await cli("check", fixture("all-rules.xlsx"), "--lang", "en");
    expect(run.stdout).toMatch(/all-rules\.xlsx › ตรวจกฎ: 26 rows/);
    expect(run.stdout).toMatch(/^E .* linkage-mismatch /m);
    expect(run.stdout).toMatch(/fiscal year 2569 quarter 2: \d+ errors, \d+ warnings/);
  });
});
