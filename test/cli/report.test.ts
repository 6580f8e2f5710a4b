// `pyp-tracker report`: SPEC §6 JSON, the figures against a golden file, the output workbook read back.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { cli, fixture, sha256, tempDir } from "../helpers/cli";

const DEPTS = ["dept-doe-th.xlsx", "dept-dsd-en.xlsx", "dept-sso-tworow.xlsx"].map(fixture);
const GOLDEN = path.join(__dirname, "..", "fixtures", "expected", "report-depts.json");
const G_KEYS = ["code", "name_th", "name_en", "projects", "reported", "completed", "progress_pct", "weighted_progress_pct", "budget", "disbursed", "disbursement_pct", "trend", "behind_plan", "disbursement_target_pct"];

describe("report", () => {
  const dir = tempDir();
  const out = path.join(dir, "report.xlsx");
  let doc: Record<string, unknown> & { departments: Record<string, unknown>[]; sheets_written: string[] };
  const hashes = DEPTS.map(sha256);

  beforeAll(async () => {
    const run = await cli("report", ...DEPTS, "--out", out, "--today", "2026-11-25", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    doc = JSON.parse(run.stdout);
  });

  it("prints exactly one SPEC-shaped JSON document", () => {
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(["fiscal_year", "quarter", "deadline", "rows", "included_rows", "excluded_rows", "departments", "clusters", "ministry", "targets", "issues_summary", "output", "sheets_written"]),
    );
    for (const g of [...doc.departments, ...(doc.clusters as object[]), doc.ministry as object]) expect(Object.keys(g)).toEqual(G_KEYS);
    expect(doc.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((doc.ministry as { code: string }).code).toBe("MINISTRY");
    expect(doc.output).toBe(out);
  });

  it("matches the golden figures (review test/fixtures/expected/report-depts.json when it changes)", () => {
    const figures = { ...doc, output: "<out>" };
    if (!fs.existsSync(GOLDEN)) {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, `${JSON.stringify(figures, null, 2)}\n`);
      throw new Error(`golden file was missing; wrote ${GOLDEN} — read it, check the numbers by hand, commit it`);
    }
    expect(figures).toEqual(JSON.parse(fs.readFileSync(GOLDEN, "utf8")));
  });

  it("writes a new workbook holding the generated sheets, and leaves the inputs byte-identical", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    for (const s of doc.sheets_written) expect(names).toContain(s);
    expect(doc.sheets_written.length).toBeGreaterThanOrEqual(5);
    expect(DEPTS.map(sha256)).toEqual(hashes);
  });

  it("replaces its own earlier output on a second run", async () => {
    const again = await cli("report", ...DEPTS, "--out", out, "--today", "2026-11-25", "--json");
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).sheets_written).toEqual(doc.sheets_written);
  });

  it("writes the import-round memo with --round import", async () => {
    const importOut = path.join(dir, "import.xlsx");
    const run = await cli("report", ...DEPTS, "--out", importOut, "--round", "import", "--today", "2026-11-25", "--json");
    expect(run.code).toBe(0);
    const written: string[] = JSON.parse(run.stdout).sheets_written;
    expect(written.some((s) => s.includes("นำเข้า"))).toBe(true);
    expect(written.some((s) => s.includes("ปลัด"))).toBe(false);
  });

  it("shows the plan targets in the written summary sheet: the line, the target column, the projects behind plan", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("สรุป")!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("เป้าหมายตามแผน ณ สิ้นไตรมาสที่ 2: ความก้าวหน้า 50% · การเบิกจ่าย 54% (ที่มา: ข้อมูลอ้างอิงในตัวโปรแกรม)");
    expect([10, 11].map((c) => sheet.getRow(9).getCell(c).value)).toEqual(["เป้าหมายการเบิกจ่ายตามแผน (%)", "ความก้าวหน้าต่ำกว่าแผน (โครงการ)"]);
    const doe = (doc.departments as { code: string; name_th: string; behind_plan: number }[]).find((d) => d.code === "DOE")!;
    expect(doe.behind_plan).toBe(2);
    const title = texts.indexOf(`${doe.name_th} (2)`);
    expect(title).toBeGreaterThan(0);
    // Each DOE row below the heading: its name, its ID, its progress under 50.
    let rowOfTitle = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === `${doe.name_th} (2)`) rowOfTitle = n;
    });
    for (const n of [rowOfTitle + 1, rowOfTitle + 2]) {
      const progress = sheet.getRow(n).getCell(3).value as number;
      expect(typeof sheet.getRow(n).getCell(2).value).toBe("string");
      expect(progress).toBeLessThan(50);
    }
  });

  it("takes the plan targets from a workbook's reference sheet and says so", async () => {
    const template = path.join(dir, "template.xlsx");
    expect((await cli("template", "--out", template)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ref = wb.getWorksheet("อ้างอิง")!;
    let q2 = 0;
    ref.eachRow((row, n) => {
      if (row.getCell(1).value === "[quarter_targets]") q2 = n + 3;
    });
    expect(q2).toBeGreaterThan(0);
    expect(ref.getRow(q2).getCell(1).value).toBe(2);
    ref.getRow(q2).getCell(2).value = 70;
    ref.getRow(q2).getCell(3).value = 60;
    const own = path.join(dir, "own-targets.xlsx");
    await wb.xlsx.writeFile(own);
    const run = await cli("report", own, ...DEPTS, "--out", path.join(dir, "own.xlsx"), "--quarter", "2", "--today", "2026-11-25", "--json");
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    expect(json.targets).toEqual({ quarter: 2, progress_pct: 70, disbursement_pct: 60, source: "reference-sheet", file: own, sheet: "อ้างอิง" });
    expect(json.ministry.disbursement_target_pct).toBe(60);
    // A higher bar: at least as many projects behind as against the built-in 50.
    expect(json.ministry.behind_plan).toBeGreaterThan((doc.ministry as { behind_plan: number }).behind_plan);
  });
});
