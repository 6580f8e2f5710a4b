// Reading through the Office.js adapter gives what the in-memory source gives, in few, small round trips.
import { checkSources } from "../../../src/app/check";
import { blockRows, knownColumnSpan } from "../../../src/core/tracker/load";
import { maxRequestBytes, maxResponseBytes } from "../../fakes/excel";
import { memoryOver, officeOver, trackerSheet } from "./tracker-cells";

const notes = { name: "บันทึก", values: [["โน้ตของผู้ใช้"], [null, 42]], formats: [] };

describe("OfficeWorkbook as a WorkbookSource", () => {
  it("gives the same findings and figures as MemorySource on the same cells", async () => {
    const tracker = trackerSheet(400);
    const office = officeOver([notes, tracker]);
    try {
      const viaOffice = await checkSources([office.workbook()]);
      const viaMemory = await checkSources([memoryOver([notes as never, tracker])]);
      expect(viaOffice.analysis.findings.length).toBeGreaterThan(50);
      expect(viaOffice.analysis.findings).toEqual(viaMemory.analysis.findings);
      expect(viaOffice.analysis.figures).toEqual(viaMemory.analysis.figures);
      expect(viaOffice.trackers.map((t) => t.layout)).toEqual(
        viaMemory.trackers.map((t) => t.layout)
      );
    } finally {
      office.uninstall();
    }
  });

  it("reads error values, percent formats and text numbers like MemorySource", async () => {
    const tracker = trackerSheet(60);
    const office = officeOver([tracker]);
    try {
      const rules = (await checkSources([office.workbook()])).analysis.findings.map((f) => f.rule);
      expect(rules).toEqual(
        expect.arrayContaining([
          "cell-error",
          "invalid-number",
          "duplicate-project-id",
          "unknown-department",
        ])
      );
    } finally {
      office.uninstall();
    }
  });

  it.each([[1_000], [10_000], [100_000]])(
    "syncs a constant number of times plus one per read block for %i rows, every payload under 4 MB",
    async (rows) => {
      const tracker = trackerSheet(rows);
      const office = officeOver([tracker]);
      try {
        const result = await checkSources([office.workbook()]);
        const layout = result.trackers[0].layout;
        const perBlock = blockRows(knownColumnSpan(layout).count);
        const blocks = Math.ceil((layout.lastDataRow - layout.firstDataRow + 1) / perBlock);
        expect(result.trackers[0].rows).toBe(rows);
        // Listing (2 syncs, cached for the action) + header search (1) + layout (1: merged areas
        // and formula cells) + one per row block.
        expect(office.state.stats.syncs - blocks).toBe(4);
        expect(maxRequestBytes(office.state)).toBeLessThan(4 * 1024 * 1024);
        expect(maxResponseBytes(office.state)).toBeLessThan(4 * 1024 * 1024);
      } finally {
        office.uninstall();
      }
    },
    // 100,000 rows take the engine itself tens of seconds on a busy machine.
    180_000
  );
});
