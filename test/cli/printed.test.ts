// `check` and `report` on a printed-layout tracker: section, total and hidden rows counted in the JSON, figures of the projects.
import { writeFileSync } from "fs";
import { join } from "path";
import { cli, sha256, tempDir } from "../helpers/cli";
import { printedTracker, printedTrackerXlsx, projectFigures } from "../helpers/printed-tracker";

describe("a printed tracker on the command line", () => {
  const t = printedTracker();
  const dir = tempDir("pyp-printed-cli-");
  const file = join(dir, "printed.xlsx");
  beforeAll(async () => writeFileSync(file, await printedTrackerXlsx(t)));

  it("check --json counts its section, total and hidden rows and finds nothing wrong", async () => {
    const before = sha256(file);
    const run = await cli("check", file, "--json");
    const doc = JSON.parse(run.stdout);
    expect(doc.files).toEqual([{ path: file, sheet: "ติดตามโครงการ", rows: 14, section_rows: 3, total_rows: 6, hidden_rows: 1 }]);
    expect(doc.rows).toBe(t.projects.length);
    expect(doc.issues).toEqual([]);
    expect(run.code).toBe(0);
    expect(sha256(file)).toBe(before);
  });

  it("report --json gives the figures of the projects alone", async () => {
    const run = await cli("report", file, "--out", join(dir, "report.xlsx"), "--json");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    const want = projectFigures(t.projects, 2);
    expect(doc.quarter).toBe(2);
    expect(doc.rows).toBe(want.projects);
    expect(doc.hidden_rows).toBe(1);
    expect(doc.ministry.projects).toBe(want.projects);
    expect(doc.ministry.budget).toBeCloseTo(want.budget, 6);
    expect(doc.ministry.progress_pct).toBeCloseTo(want.progress_pct, 9);
  });
});
