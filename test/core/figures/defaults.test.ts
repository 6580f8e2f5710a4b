// Default fiscal year (most frequent, ties → later) and default quarter (latest with progress).
import { defaultFiscalYear, defaultQuarter } from "../../../src/core/figures/defaults";
import fc from "fast-check";
import { makeRows, validRow } from "../../helpers/rows";

const years = (...ys: (number | string | null)[]) => makeRows(ys.map((fiscal_year, i) => validRow({ project_id: `P${i}`, fiscal_year })));

describe("defaultFiscalYear", () => {
  it("picks the most frequent valid year", () => {
    expect(defaultFiscalYear(years(2568, 2568, 2568, 2569, 2570))).toBe(2568);
  });

  it("breaks a tie in favour of the later year, whatever the order", () => {
    expect(defaultFiscalYear(years(2569, 2568, 2568, 2569))).toBe(2569);
    expect(defaultFiscalYear(years(2570, 2570, 2569, 2569))).toBe(2570);
  });

  it("counts a CE year as its BE year and ignores invalid years", () => {
    // 2026 CE = 2569 BE; 1800 and text are not fiscal years.
    expect(defaultFiscalYear(years(2026, 2569, 2568, 1800, "ปีหน้า", null))).toBe(2569);
  });

  it("counts runs of one year and scattered years alike (the most frequent; ties to the later)", () => {
    expect(defaultFiscalYear(years(2568, 2568, 2569, 2568, 2569, 2569, 2569, 2568, null, 2568))).toBe(2568);
    expect(defaultFiscalYear(years(2569, null, 2569, 2568, 2568, "x", 2568, 2569))).toBe(2569);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(2566, 2567, 2568, 2569, null), { maxLength: 40 }), (ys) => {
        const counts = new Map<number, number>();
        for (const y of ys) if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
        const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
        expect(defaultFiscalYear(years(...ys))).toBe(ranked.length === 0 ? null : ranked[0][0]);
      }),
      { numRuns: 60 },
    );
  });

  it("is null when no row has a valid year", () => {
    expect(defaultFiscalYear(years(null, 1800))).toBeNull();
    expect(defaultFiscalYear([])).toBeNull();
  });
});

describe("defaultQuarter", () => {
  it("is the latest quarter in which any row has progress", () => {
    const rows = makeRows([
      validRow({ project_id: "A", q1_progress: 10, q2_progress: 20 }),
      validRow({ project_id: "B", q1_progress: null, q3_progress: 0 }),
    ]);
    expect(defaultQuarter(rows)).toBe(3);
  });

  it("counts a progress of 0 as reported but not a blank or a dash", () => {
    const rows = makeRows([validRow({ q1_progress: 5, q2_progress: "-", q4_progress: "  " })]);
    expect(defaultQuarter(rows)).toBe(1);
  });

  it("is 1 when no row has progress, or there are no rows", () => {
    expect(defaultQuarter(makeRows([validRow({ q1_progress: null })]))).toBe(1);
    expect(defaultQuarter([])).toBe(1);
  });
});
