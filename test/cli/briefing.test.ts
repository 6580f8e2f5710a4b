// `pyp-tracker briefing`: writes one HTML page with report --json's figures, never touches inputs, refuses unusable input.
import * as fs from "fs";
import * as path from "path";
import { cli, fixture, sha256, tempDir } from "../helpers/cli";

const DEPTS = ["dept-doe-th.xlsx", "dept-dsd-en.xlsx", "dept-sso-tworow.xlsx"].map(fixture);

describe("briefing", () => {
  const dir = tempDir();
  const out = path.join(dir, "briefing.html");

  it("writes the page, exit 0, inputs byte-identical, the ministry figures those of report --json", async () => {
    const hashes = DEPTS.map(sha256);
    const run = await cli("briefing", ...DEPTS, "--out", out, "--quarter", "2");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    expect(DEPTS.map(sha256)).toEqual(hashes);
    const html = fs.readFileSync(out, "utf8");
    const report = JSON.parse((await cli("report", ...DEPTS, "--out", path.join(dir, "r.xlsx"), "--quarter", "2", "--today", "2026-11-25", "--json")).stdout);
    expect(html).toContain(`data-stat="progress_pct" data-value="${report.ministry.progress_pct}"`);
    for (const d of report.departments) expect(html).toContain(`<tr data-code="${d.code}"><th scope="row">${d.name_th}</th>`);
    expect(html).toContain('<html lang="th">');
  });

  it("replaces its own earlier page and speaks English with --lang en", async () => {
    const run = await cli("briefing", ...DEPTS, "--out", out, "--lang", "en");
    expect(run.code).toBe(0);
    expect(fs.readFileSync(out, "utf8")).toContain('<html lang="en">');
  });

  it.each([
    ["an --out that is not .html", () => ["briefing", DEPTS[0], "--out", path.join(dir, "b.xlsx")], "--out must name an .html file"],
    ["no --out", () => ["briefing", DEPTS[0]], "--out F.html is required"],
    ["a missing input", () => ["briefing", path.join(dir, "none.xlsx"), "--out", path.join(dir, "c.html")], "file not found"],
    ["a file without a tracker", () => ["briefing", fixture("bad-no-tracker.xlsx"), "--out", path.join(dir, "d.html")], "bad-no-tracker.xlsx"],
  ])("exits 2 with one line on stderr for %s", async (_what, argv, message) => {
    const run = await cli(...argv());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses an --out that is an input under another name (a link), leaving it untouched", async () => {
    const input = path.join(dir, "tracker.xlsx");
    fs.copyFileSync(DEPTS[0], input);
    const link = path.join(dir, "link.html");
    fs.symlinkSync(input, link);
    const before = sha256(input);
    const run = await cli("briefing", input, "--out", link);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out is one of the input files");
    expect(sha256(input)).toBe(before);
  });

  it("never overwrites an HTML file it did not write", async () => {
    const mine = path.join(dir, "mine.html");
    fs.writeFileSync(mine, "<p>the user's own page</p>");
    const run = await cli("briefing", DEPTS[0], "--out", mine);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("was not written by pyp-tracker");
    expect(fs.readFileSync(mine, "utf8")).toBe("<p>the user's own page</p>");
  });
});
