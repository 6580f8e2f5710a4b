// The whole "Insert" action through the Office.js adapter: check a 1,000-row tracker, write the full report.
import { checkSources } from "../../../src/app/check";
import { ReportOptions, reportDocs, writeReport } from "../../../src/app/report";
import { columnLetters } from "../../../src/core/cell";
import { RangeRef } from "../../../src/core/outputs/sheet-doc";
import { findSheet, maxRequestBytes, maxResponseBytes, snapshotSheet } from "../../fakes/excel";
import { officeOver, trackerSheet } from "./tracker-cells";

const OPTS: ReportOptions = {
  lang: "th",
  round: "quarter",
  today: { year: 2026, month: 1, day: 20 },
  trackerInSameWorkbook: true,
};
const address = (sheet: string, r: RangeRef) =>
  `'${sheet}'!${columnLetters(r.firstColumn)}${r.firstRow}${r.lastRow === r.firstRow && r.lastColumn === r.firstColumn ? "" : `:${columnLetters(r.lastColumn)}${r.lastRow}`}`;

async function insertAction(office: ReturnType<typeof officeOver>) {
  const wb = office.workbook();
  const syncsBefore = office.state.stats.syncs;
  const check = await checkSources([wb]);
  const syncsAfterCheck = office.state.stats.syncs;
  const written = await writeReport(wb, check, OPTS);
  return {
    check,
    written,
    checkSyncs: syncsAfterCheck - syncsBefore,
    writeSyncs: office.state.stats.syncs - syncsAfterCheck,
  };
}

describe("the full report through the Office.js adapter (1,000-row tracker)", () => {
  const tracker = trackerSheet(1000);
  const userSheets = [tracker, { name: "สรุป", values: [["ชีตของผู้ใช้ ชื่อเดียวกับชีตสรุปที่สร้าง"]] }];

  it("writes every sheet in a handful of syncs, under the payload limit, leaving the user's sheets as they were", async () => {
    const office = officeOver(userSheets);
    try {
      const before = userSheets.map((s) =>
        snapshotSheet(office.state, findSheet(office.state, s.name))
      );
      const { check, written, checkSyncs, writeSyncs } = await insertAction(office);
      const docs = reportDocs(check, OPTS);
      expect(written.map((w) => w.key)).toEqual(docs.map((d) => d.key));
      expect(written.length).toBeGreaterThanOrEqual(4);
      // The listing is cached for the action: check = listing (2) + header (1) + layout (merged
      // areas and formula cells, 1) + one block; write = batches + final.
      expect(checkSyncs).toBe(5);
      // One request writes every sheet; one swaps them in and registers them (by ids the first returned).
      expect(writeSyncs).toBe(2);
      expect(checkSyncs + writeSyncs).toBeLessThanOrEqual(10);
      expect(maxRequestBytes(office.state)).toBeLessThan(4 * 1024 * 1024);
      expect(maxResponseBytes(office.state)).toBeLessThan(4 * 1024 * 1024);
      expect(
        userSheets.map((s) => snapshotSheet(office.state, findSheet(office.state, s.name)))
      ).toEqual(before);
      for (const w of written)
        expect(office.state.sheets.some((s) => s.name === w.name)).toBe(true);
      // The summary's name is the user's: the generated one gets a new name.
      expect(written.find((w) => w.key === "summary")?.name).toBe("สรุป (2)");
    } finally {
      office.uninstall();
    }
  });

  it("adds each doc's charts with its type and series ranges", async () => {
    const office = officeOver(userSheets);
    try {
      const { check, written } = await insertAction(office);
      const docs = reportDocs(check, OPTS);
      const withCharts = docs.filter((d) => d.charts.length > 0);
      expect(withCharts.length).toBeGreaterThan(0);
      for (const doc of withCharts) {
        const name = written[docs.indexOf(doc)].name;
        const charts = findSheet(office.state, name).charts;
        expect(charts.map((c) => c.type)).toEqual(
          doc.charts.map((c) => (c.type === "bar" ? "BarClustered" : "ColumnClustered"))
        );
        const layout = snapshotSheet(office.state, findSheet(office.state, name)).layout as {
          charts: { series: { values: string; xValues: string; name: string }[] }[];
        };
        layout.charts.forEach((chart, i) => {
          const spec = doc.charts[i];
          expect(chart.series.map((s) => [s.name, s.values, s.xValues])).toEqual(
            spec.series.map((s) => [
              s.name,
              address(name, s.values),
              address(name, spec.categories),
            ])
          );
        });
      }
    } finally {
      office.uninstall();
    }
  });

  it("replaces its own sheets on a second run: the same set of sheets, nothing duplicated", async () => {
    const office = officeOver(userSheets);
    try {
      const first = await insertAction(office);
      const namesAfterFirst = office.state.sheets.map((s) => s.name).sort();
      const second = await insertAction(office);
      expect(office.state.sheets.map((s) => s.name).sort()).toEqual(namesAfterFirst);
      expect(second.written.map((w) => w.name)).toEqual(first.written.map((w) => w.name));
      expect(second.written.every((w) => w.replaced)).toBe(true);
      // The generated sheets are never read as the tracker.
      expect(second.check.trackers[0].layout.sheet).toBe(tracker.name);
    } finally {
      office.uninstall();
    }
  });
});
