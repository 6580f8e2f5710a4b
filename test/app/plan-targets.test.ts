// Plan targets on real fixtures: behind_plan against a count made from the rows' own cells, lists and target source.
import * as path from "path";
import { checkSources } from "../../src/app/check";
import { ProjectRow } from "../../src/core/tracker/types";
import { openXlsxFile } from "../../src/workbook/xlsx/node";
import { fixture } from "../helpers/cli";

const FILES = [
  fixture("dept-doe-th.xlsx"),
  fixture("dept-dsd-en.xlsx"),
  fixture("dept-sso-tworow.xlsx"),
  path.join(__dirname, "..", "..", "assets", "sample-tracker.xlsx"),
];

/** Q progress read from the cell as parsed (not the resolved columns the figures use). */
function cellProgress(row: ProjectRow, quarter: number): number | null {
  const parsed = row.fields.progress[quarter - 1].parsed;
  return parsed.kind === "ok" ? parsed.value : null;
}

describe.each([
  ["the department fixtures", FILES.slice(0, 3)],
  ["the sample tracker", FILES.slice(3)],
])("plan targets on %s", (_name, files) => {
  it("counts behind_plan like an independent pass over the rows' cells, and lists those projects", async () => {
    const sources = await Promise.all(files.map((f) => openXlsxFile(f)));
    const { analysis } = await checkSources(sources);
    const { figures, findings } = analysis;
    const target = figures.targets.progress_pct;
    expect(target).toBe([25, 50, 75, 100][figures.quarter - 1]);
    const errorRows = new Set(findings.filter((f) => f.severity === "error").map((f) => `${f.file}|${f.sheet}|${f.row}`));
    const included = analysis.rows.filter(
      (r) => r.resolved.fiscalYear === figures.fiscalYear && !errorRows.has(`${r.file}|${r.sheet}|${r.row}`),
    );
    const behind = included.filter((r) => {
      const p = cellProgress(r, figures.quarter);
      return p !== null && p < target;
    });
    expect(figures.ministry.behind_plan).toBe(behind.length);
    let someBehind = 0;
    for (const d of figures.departments) {
      const mine = behind.filter((r) => r.resolved.department?.code === d.code);
      expect(d.behind_plan).toBe(mine.length);
      expect(d.behindPlanProjects.map((p) => p.projectId)).toEqual(mine.map((r) => r.resolved.projectId));
      const silent = included.filter((r) => r.resolved.department?.code === d.code && cellProgress(r, figures.quarter) === null);
      expect(d.notReportedProjects.map((p) => p.row)).toEqual(silent.map((r) => r.row));
      expect(d.disbursement_target_pct).toBe([30, 54, 77, 100][figures.quarter - 1]);
      someBehind += d.behind_plan;
    }
    // The fixtures must exercise the count, not pass on zeros.
    expect(someBehind).toBeGreaterThan(0);
    for (const c of figures.clusters) {
      const inCluster = figures.departments.filter((d) => d.cluster === c.code);
      expect(c.behind_plan).toBe(inCluster.reduce((n, d) => n + d.behind_plan, 0));
    }
    expect(figures.targets.source).toEqual({ kind: "built-in" });
  });
});
