// The whole analysis on random rows never throws; on valid inputs the figures keep the invariants of SPEC §4.
import fc from "fast-check";
import { analyse } from "../../src/core/analyse";
import { Figures, GroupFigures } from "../../src/core/figures/types";
import { loadDefaultReference } from "../../src/core/reference";
import { QUARTERS } from "../../src/core/tracker/columns";
import { makeRows } from "../helpers/rows";
import { anyRowSpec, validFigureRow } from "./arbitraries";

const RUNS = { numRuns: 150 };
const reference = loadDefaultReference();
/** Float sums in a different order differ in the last bits; bounds allow that much and no more. */
const EPSILON = 1e-9;

const quarterOption = fc.option(fc.constantFrom(...QUARTERS), { nil: undefined });
const yearOption = fc.option(fc.constantFrom(2568, 2569, 2026, 1989), { nil: undefined });

function allGroups(f: Figures): GroupFigures[] {
  return [...f.departments, ...f.clusters, f.ministry];
}

function percentages(g: GroupFigures): (number | null)[] {
  return [g.progress_pct, g.weighted_progress_pct, g.disbursement_pct, ...g.trend];
}

function expectWithin(value: number | null, low: number, high: number): void {
  if (value === null) return;
  expect(value).toBeGreaterThanOrEqual(low - EPSILON);
  expect(value).toBeLessThanOrEqual(high + EPSILON);
}

/** Row counts that hold for any input. */
function expectConsistentCounts(f: Figures, rowCount: number, included: number): void {
  expect(f.rows).toBe(rowCount);
  expect(f.includedRows).toBe(included);
  expect(f.includedRows + f.excludedRows).toBe(f.rows);
  expect(f.exclusions.otherYear + f.exclusions.withErrors).toBe(f.excludedRows);
  for (const g of allGroups(f)) {
    expect(g.reported).toBeLessThanOrEqual(g.projects);
    expect(g.completed).toBeLessThanOrEqual(g.reported);
    expect(g.trend).toHaveLength(f.quarter);
  }
}

describe("analyse on random rows", () => {
  it("never throws, and the row counts add up", () => {
    fc.assert(
      fc.property(
        fc.array(anyRowSpec, { maxLength: 8 }),
        yearOption,
        quarterOption,
        (specs, fiscalYear, quarter) => {
          const rows = makeRows(specs, { reference });
          const analysis = analyse(rows, reference, { fiscalYear, quarter });
          expectConsistentCounts(analysis.figures, rows.length, analysis.included.length);
          expect(() => JSON.stringify(analysis.figures)).not.toThrow();
          for (const f of analysis.findings) expect(rows.some((r) => r.row === f.row)).toBe(true);
        }
      ),
      RUNS
    );
  });
});

describe("figures on valid inputs (progress 0..100, budgets and disbursements ≥ 0)", () => {
  const validRows = fc.array(validFigureRow, { minLength: 1, maxLength: 25 });

  it("every percentage is in [0, 100] or null, and every amount is finite and ≥ 0", () => {
    let withDisbursement = 0;
    fc.assert(
      fc.property(validRows, quarterOption, (specs, quarter) => {
        const analysis = analyse(makeRows(specs, { reference }), reference, { quarter });
        expectConsistentCounts(analysis.figures, specs.length, analysis.included.length);
        for (const g of allGroups(analysis.figures)) {
          for (const pct of percentages(g)) expectWithin(pct, 0, 100);
          expect(Number.isFinite(g.budget) && g.budget >= 0).toBe(true);
          expect(Number.isFinite(g.disbursed) && g.disbursed >= 0).toBe(true);
        }
        if (
          analysis.figures.ministry.disbursement_pct !== null &&
          analysis.figures.ministry.progress_pct !== null
        )
          withDisbursement++;
      }),
      RUNS
    );
    expect(withDisbursement).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it("a cluster's pooled figures lie between its departments' extremes", () => {
    // Clusters whose departments both report, so the bound is tested where it can fail.
    let twoReportingDepartments = 0;
    fc.assert(
      fc.property(validRows, quarterOption, (specs, quarter) => {
        const { figures } = analyse(makeRows(specs, { reference }), reference, { quarter });
        for (const cluster of figures.clusters) {
          const members = figures.departments.filter((d) => d.cluster === cluster.code);
          expect(members.length).toBeGreaterThan(0);
          const pick = (g: GroupFigures) =>
            [g.progress_pct, g.weighted_progress_pct, g.disbursement_pct] as const;
          pick(cluster).forEach((pooled, i) => {
            const values = members.map((d) => pick(d)[i]).filter((v): v is number => v !== null);
            if (values.length === 0) expect(pooled).toBeNull();
            else expectWithin(pooled, Math.min(...values), Math.max(...values));
          });
          if (members.filter((d) => d.progress_pct !== null).length >= 2) twoReportingDepartments++;
          // Pooled over rows, so the counts are plain sums.
          expect(cluster.projects).toBe(members.reduce((s, d) => s + d.projects, 0));
          expect(cluster.reported).toBe(members.reduce((s, d) => s + d.reported, 0));
        }
      }),
      RUNS
    );
    expect(twoReportingDepartments).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it("the ministry's projects, reports, completions and budget are the sums of its departments'", () => {
    fc.assert(
      fc.property(validRows, quarterOption, (specs, quarter) => {
        const { figures, included } = analyse(makeRows(specs, { reference }), reference, {
          quarter,
        });
        const sum = (pick: (g: GroupFigures) => number) =>
          figures.departments.reduce((s, d) => s + pick(d), 0);
        expect(figures.ministry.projects).toBe(sum((d) => d.projects));
        expect(figures.ministry.projects).toBe(included.length);
        expect(figures.ministry.reported).toBe(sum((d) => d.reported));
        expect(figures.ministry.completed).toBe(sum((d) => d.completed));
        expect(figures.ministry.budget).toBeCloseTo(
          sum((d) => d.budget),
          2
        );
      }),
      RUNS
    );
  });

  it("the default fiscal year is one the rows hold, and its rows are the ones counted", () => {
    fc.assert(
      fc.property(validRows, (specs) => {
        const { figures, included } = analyse(makeRows(specs, { reference }), reference);
        expect(specs.map((s) => s.fiscal_year)).toContain(figures.fiscalYear);
        for (const row of included) expect(row.resolved.fiscalYear).toBe(figures.fiscalYear);
        expect(figures.exclusions.otherYear).toBe(
          specs.filter((s) => s.fiscal_year !== figures.fiscalYear).length
        );
      }),
      RUNS
    );
  });
});
