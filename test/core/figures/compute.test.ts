// computeFigures: pooled group figures by hand, exclusions, listing rules and null cases (SPEC §4).
import { Finding } from "../../../src/core/findings";
import { computeFigures, MINISTRY_CODE } from "../../../src/core/figures/compute";
import { Reference, loadDefaultReference } from "../../../src/core/reference";
import { ProjectRow } from "../../../src/core/tracker/types";
import { RowSpec, makeRows, validRow } from "../../helpers/rows";

const reference = loadDefaultReference();

/** A finding on worksheet row `row` of test.xlsx/Tracker (rows[i] sits on row i + 2). */
function findingOn(row: number, severity: "error" | "warning", file = "test.xlsx"): Finding {
  return {
    rule: severity === "error" ? "invalid-strategy" : "progress-decreasing",
    severity,
    file,
    sheet: "Tracker",
    row,
    column: null,
    cell: null,
    value: "",
    messageId: "x",
    data: {},
    message: { th: "x", en: "x" },
  };
}

// Hand-computed figures for FY2569 Q2 are written beside each expectation below.
const specs: RowSpec[] = [
  validRow({ project_id: "P1", department: "DOE", budget: 1_000_000, q1_progress: 20, q2_progress: 50, q1_disbursed: 100_000, q2_disbursed: 200_000 }),
  validRow({ project_id: "P2", department: "DOE", budget: 3_000_000, q1_progress: 40, q2_progress: 100, q1_disbursed: null, q2_disbursed: 1_500_000 }),
  validRow({ project_id: "P3", department: "กพร.", budget: 2_000_000, q1_progress: 10, q2_progress: 15, q1_disbursed: 50_000 }),
  validRow({ project_id: "P4", department: "DSD", budget: 0, budget_code: null, q1_progress: null, q2_progress: 30, q1_disbursed: null }),
  validRow({ project_id: "P5", department: "DSD", budget: 1_000_000, q1_progress: 60, q2_progress: 90, q1_disbursed: 100_000, q2_disbursed: 300_000 }),
  validRow({ project_id: "P6", department: "DLPW", budget: 500_000, q1_progress: null, q2_progress: 70, q1_disbursed: null }),
  validRow({ project_id: "P7", department: "TOSH", budget: 1_000_000, q1_progress: 50, q2_progress: 80, q1_disbursed: 250_000 }),
  validRow({ project_id: "P8", department: "DOE", fiscal_year: 2568, q2_progress: 100 }),
  validRow({ project_id: "P9", department: "SSO", q2_progress: 100 }),
  validRow({ project_id: "P10", department: "OPS", fiscal_year: 2568 }),
];

function figuresFor(rows: ProjectRow[], findings: Finding[] = [], quarter: 1 | 2 | 3 | 4 = 2) {
  return computeFigures({ rows, findings, reference, fiscalYear: 2569, quarter });
}

describe("computeFigures", () => {
  const rows = makeRows(specs);
  // P9 (worksheet row 10) has an error; P1 (row 2) only a warning, which does not exclude it.
  const figures = figuresFor(rows, [findingOn(10, "error"), findingOn(2, "warning")]);
  const byCode = (code: string) => figures.departments.find((d) => d.code === code)!;

  it("counts rows, included rows and why the others were left out", () => {
    expect(figures.rows).toBe(10);
    expect(figures.includedRows).toBe(7);
    expect(figures.excludedRows).toBe(3);
    expect(figures.exclusions).toEqual({ otherYear: 2, withErrors: 1 });
    expect(figures.fiscalYear).toBe(2569);
    expect(figures.quarter).toBe(2);
    // Q2 FY2569 ends 2026-03-31; + 30 days.
    expect(figures.deadline).toBe("2026-04-30");
  });

  it("lists departments with any row of FY (even excluded) in reference order", () => {
    expect(figures.departments.map((d) => d.code)).toEqual(["DOE", "DSD", "DLPW", "SSO", "TOSH"]);
    expect(figures.departments.map((d) => d.cluster)).toEqual(["C1", "C1", "C2", "C2", null]);
    // OPS has only an FY2568 row, so its cluster C3 is not listed either.
    expect(figures.clusters.map((c) => c.code)).toEqual(["C1", "C2"]);
  });

  it("computes a department's figures", () => {
    const doe = byCode("DOE");
    expect(doe.name_th).toBe("กรมการจัดหางาน");
    expect(doe).toMatchObject({ projects: 2, reported: 2, completed: 1, budget: 4_000_000, disbursed: 1_800_000 });
    expect(doe.progress_pct).toBeCloseTo(75, 12); // (50 + 100) / 2
    expect(doe.weighted_progress_pct).toBeCloseTo(87.5, 12); // (1M×50 + 3M×100) / 4M
    expect(doe.disbursement_pct).toBeCloseTo(45, 12); // 1.8M / 4M
    expect(doe.trend).toEqual([30, 75]); // Q1: (20 + 40) / 2

    const dsd = byCode("DSD");
    expect(dsd).toMatchObject({ projects: 3, reported: 3, completed: 0, budget: 3_000_000, disbursed: 450_000 });
    expect(dsd.progress_pct).toBeCloseTo(45, 12); // (15 + 30 + 90) / 3
    expect(dsd.weighted_progress_pct).toBeCloseTo(40, 12); // (2M×15 + 1M×90) / 3M; P4 has no budget
    expect(dsd.disbursement_pct).toBeCloseTo(15, 12);
    expect(dsd.trend).toEqual([35, 45]); // Q1: (10 + 60) / 2; P4 did not report Q1
  });

  it("pools a cluster over its rows, not as a mean of its departments' means", () => {
    const c1 = figures.clusters[0];
    expect(c1.projects).toBe(5);
    expect(c1.reported).toBe(5);
    expect(c1.progress_pct).toBeCloseTo(57, 12); // (50+100+15+30+90) / 5
    const meanOfMeans = (byCode("DOE").progress_pct! + byCode("DSD").progress_pct!) / 2;
    expect(meanOfMeans).toBeCloseTo(60, 12);
    expect(c1.progress_pct).not.toBeCloseTo(meanOfMeans, 6);
    expect(c1.weighted_progress_pct).toBeCloseTo(470 / 7, 12); // 470M / 7M
    expect(c1.budget).toBe(7_000_000);
    expect(c1.disbursed).toBe(2_250_000);
    expect(c1.disbursement_pct).toBeCloseTo((2.25 / 7) * 100, 12);
    expect(c1.trend[0]).toBeCloseTo(32.5, 12); // (20+40+10+60) / 4
  });

  it("lists a department whose rows were all excluded, with empty figures", () => {
    expect(byCode("SSO")).toMatchObject({
      projects: 0,
      reported: 0,
      completed: 0,
      progress_pct: null,
      weighted_progress_pct: null,
      budget: 0,
      disbursed: 0,
      disbursement_pct: null,
      trend: [null, null],
    });
    const c2 = figures.clusters[1];
    expect(c2).toMatchObject({ projects: 1, progress_pct: 70, budget: 500_000, disbursed: 0, disbursement_pct: 0 });
  });

  it("counts a department without a cluster (TOSH) only in the ministry", () => {
    const clusterProjects = figures.clusters.reduce((n, c) => n + c.projects, 0);
    expect(clusterProjects).toBe(6);
    const m = figures.ministry;
    expect(m.code).toBe(MINISTRY_CODE);
    expect(m.name_th).toBe("กระทรวงแรงงาน");
    expect(m).toMatchObject({ projects: 7, reported: 7, completed: 1, budget: 8_500_000, disbursed: 2_500_000 });
    expect(m.progress_pct).toBeCloseTo(435 / 7, 12);
    expect(m.weighted_progress_pct).toBeCloseTo(585 / 8.5, 12); // (470M + 0.5M×70 + 1M×80) / 8.5M
    expect(m.disbursement_pct).toBeCloseTo((2.5 / 8.5) * 100, 12);
    expect(m.trend[0]).toBeCloseTo(36, 12); // (20+40+10+60+50) / 5
    expect(m.trend[1]).toBeCloseTo(435 / 7, 12);
  });

  it("keeps full precision", () => {
    expect(figures.ministry.progress_pct).toBe(435 / 7);
  });

  it("matches findings to rows by file, sheet and row", () => {
    const a = makeRows([validRow({ project_id: "A" })], { file: "a.xlsx" });
    const b = makeRows([validRow({ project_id: "B" })], { file: "b.xlsx" });
    // Both rows sit on worksheet row 2; only the one in b.xlsx has the error.
    const f = figuresFor([...a, ...b], [findingOn(2, "error", "b.xlsx")], 1);
    expect(f.includedRows).toBe(1);
    expect(f.ministry.projects).toBe(1);
    expect(f.exclusions.withErrors).toBe(1);
  });

  it("gives null percentages when nobody reported and when there is no budget", () => {
    const noReports = figuresFor(makeRows([validRow({ q1_progress: null, q1_disbursed: null })]), [], 1);
    expect(noReports.ministry).toMatchObject({ projects: 1, reported: 0, progress_pct: null, weighted_progress_pct: null });
    expect(noReports.ministry.disbursement_pct).toBe(0);

    const noBudget = figuresFor(
      makeRows([validRow({ budget: 0, budget_code: null, q1_progress: 40, q1_disbursed: null })]),
      [],
      1,
    );
    expect(noBudget.ministry).toMatchObject({
      reported: 1,
      progress_pct: 40,
      weighted_progress_pct: null,
      budget: 0,
      disbursement_pct: null,
    });
  });

  it("has no deadline and includes nothing when there is no fiscal year", () => {
    const f = computeFigures({ rows: makeRows([validRow()]), findings: [], reference, fiscalYear: null, quarter: 1 });
    expect(f.deadline).toBeNull();
    expect(f.includedRows).toBe(0);
    expect(f.exclusions).toEqual({ otherYear: 1, withErrors: 0 });
    expect(f.departments).toEqual([]);
    expect(f.ministry.projects).toBe(0);
  });

  it("uses the reference's deadline days", () => {
    const ref = Reference.parse({ ...reference.data, report_deadline_days_after_quarter_end: 60 });
    const f = computeFigures({ rows: makeRows([validRow({ fiscal_year: 2571 })]), findings: [], reference: ref, fiscalYear: 2571, quarter: 1 });
    expect(f.deadline).toBe("2028-02-29"); // 2027-12-31 + 60 days, 2028 is a leap year
  });
});
