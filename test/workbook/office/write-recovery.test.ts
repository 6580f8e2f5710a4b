// A big write whose last request also swaps the sheets in: a failure anywhere in it leaves the workbook as it was.
import { REGISTRY_SHEET, decodeRegistry } from "../../../src/core/outputs/registry";
import { SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { snapshotWorkbook } from "../../fakes/excel";
import { MARK, fullDoc, textDoc, userSheets } from "./docs";
import { officeOver } from "./tracker-cells";

/** Over 3.5 MB of cells: the sheets are added in early requests, so the swap joins the last write. */
function bigDoc(): SheetDoc {
  const remark = "ปัญหาอุปสรรค: การเบิกจ่ายล่าช้าเนื่องจากรอการอนุมัติ ".repeat(6);
  const cells = Array.from({ length: 16_000 }, (_, i) => ({
    row: Math.floor(i / 4) + 1,
    column: (i % 4) + 1,
    value: `${i} ${remark}`,
  }));
  return textDoc("linkage", "Big", cells);
}

type Snapshot = ReturnType<typeof snapshotWorkbook>;

/** The registry sheet may be rewritten with the same entries; its meaning is what counts. */
function meaning(snaps: Snapshot) {
  return snaps.map((s) =>
    s.name === REGISTRY_SHEET
      ? { name: s.name, entries: decodeRegistry(s.values as never).map((e) => e.sheet) }
      : s
  );
}

describe("writeGenerated: failure in the request that also swaps the sheets in", () => {
  it.each([["a first write"], ["a write replacing an earlier one"]])(
    "leaves the workbook as it was, or finishes the write once a replaced sheet is gone (%s)",
    async (scenario) => {
      const replacing = scenario !== "a first write";
      const docs = [fullDoc("Report"), bigDoc()];
      const prepare = async () => {
        const office = officeOver(userSheets);
        if (replacing) await office.workbook().writeGenerated(docs, MARK);
        office.state.stats.syncs = 0;
        office.state.log = [];
        return office;
      };
      const probe = await prepare();
      await probe.workbook().writeGenerated(docs, MARK);
      const written = meaning(snapshotWorkbook(probe.state));
      const lastSync = probe.state.stats.syncs;
      const lastOps = probe.state.log.filter((l) => l.startsWith(`${lastSync}:`));
      const firstSwap = lastOps.findIndex((l) => /\.name = /.test(l));
      const firstDelete = lastOps.findIndex((l) => l.endsWith(".delete()"));
      probe.uninstall();
      // The swap shares its request with cell writes; a replacing write ends it with deletes.
      expect(firstSwap).toBeGreaterThan(0);
      expect(firstDelete > firstSwap).toBe(replacing);
      const failAfter = [
        0,
        firstSwap - 1,
        firstSwap,
        firstSwap + 3,
        firstDelete,
        lastOps.length - 1,
      ];
      for (const afterOps of failAfter.filter((n) => n >= 0)) {
        const office = await prepare();
        try {
          const before = meaning(snapshotWorkbook(office.state));
          office.state.failure = { atSync: lastSync, afterOps, message: `injected at ${afterOps}` };
          const write = office.workbook().writeGenerated(docs, MARK);
          const completes = replacing && afterOps > firstDelete;
          if (completes) {
            // An earlier report was already deleted: going back is impossible, going on is safe.
            await expect(write).resolves.toHaveLength(2);
            expect(meaning(snapshotWorkbook(office.state))).toEqual(written);
          } else {
            await expect(write).rejects.toThrow(`injected at ${afterOps}`);
            expect(meaning(snapshotWorkbook(office.state))).toEqual(before);
          }
          expect(office.state.tables.map((t) => t.name)).toEqual(replacing ? ["SummaryTable"] : []);
        } finally {
          office.uninstall();
        }
      }
    }
  );
});
