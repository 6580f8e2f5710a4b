// Writing generated sheets safely: user sheets untouched, reruns replace, failures undone, requests bounded.
import { REGISTRY_SHEET, decodeRegistry } from "../../../src/core/outputs/registry";
import {
  findSheet,
  maxRequestBytes,
  snapshotSheet,
  snapshotWorkbook,
} from "../../fakes/excel";
import { LONG_REMARK, MARK, bigTextCells, fullDoc, textDoc, trickyDoc, userSheets } from "./docs";
import { officeOver } from "./tracker-cells";


function userSnapshots(state: ReturnType<typeof officeOver>["state"]) {
  return userSheets.map((s) => snapshotSheet(state, findSheet(state, s.name)));
}

describe("writeGenerated: safety", () => {
  it("never touches the user's sheets; a clash with a user sheet's name gets a new name", async () => {
    const office = officeOver(userSheets);
    try {
      const before = userSnapshots(office.state);
      const [written] = await office.workbook().writeGenerated([fullDoc("Summary")], MARK);
      expect(written.name).toBe("Summary (2)");
      expect(userSnapshots(office.state)).toEqual(before);
    } finally {
      office.uninstall();
    }
  });

  it("replaces its own output of the same run, and keeps another run's", async () => {
    const office = officeOver(userSheets);
    try {
      const before = userSnapshots(office.state);
      await office.workbook().writeGenerated([fullDoc("Summary"), trickyDoc()], MARK);
      const names = () => office.state.sheets.map((s) => s.name);
      const first = names();
      const again = await office.workbook().writeGenerated([fullDoc("Summary"), trickyDoc()], MARK);
      expect(again.map((w) => [w.name, w.replaced])).toEqual([
        ["Summary (2)", true],
        ["Tricky", true],
      ]);
      expect(names().sort()).toEqual(first.sort());
      expect(office.state.tables.map((t) => t.name)).toEqual(["SummaryTable"]);
      await office.workbook().writeGenerated([trickyDoc()], { ...MARK, quarter: 2 });
      expect(names()).toContain("Tricky (2)");
      const registry = decodeRegistry(findSheet(office.state, REGISTRY_SHEET).values);
      expect(registry.map((e) => [e.sheet, e.key, e.quarter])).toEqual([
        ["Summary (2)", "summary", 1],
        ["Tricky", "validation", 1],
        ["Tricky (2)", "validation", 2],
      ]);
      expect(findSheet(office.state, REGISTRY_SHEET).visibility).toBe("VeryHidden");
      expect(userSnapshots(office.state)).toEqual(before);
      const listed = await office.workbook().listSheets();
      expect(listed.find((s) => s.name === "Tricky (2)")?.generated).toEqual({
        key: "validation",
        fiscalYear: 2569,
        quarter: 2,
        round: "quarter",
      });
      expect(listed.find((s) => s.name === "Summary")?.generated).toBeNull();
    } finally {
      office.uninstall();
    }
  });

  it.each([["a first write"], ["a write replacing an earlier one"]])(
    "leaves the workbook as it was when any sync of %s fails",
    async (scenario) => {
      const replacing = scenario !== "a first write";
      const docs = [fullDoc("Report"), trickyDoc()];
      const prepare = async () => {
        const office = officeOver(userSheets);
        if (replacing) await office.workbook().writeGenerated(docs, MARK);
        office.state.stats.syncs = 0;
        return office;
      };
      const probe = await prepare();
      await probe.workbook().writeGenerated(docs, MARK);
      const writeSyncs = probe.state.stats.syncs;
      probe.uninstall();
      expect(writeSyncs).toBeGreaterThanOrEqual(3);
      for (let failAt = 1; failAt <= writeSyncs; failAt++) {
        for (const afterOps of [0, 1, 3, 6]) {
          const office = await prepare();
          try {
            const before = snapshotWorkbook(office.state);
            office.state.failure = {
              atSync: failAt,
              afterOps,
              message: `injected failure at sync ${failAt}`,
            };
            await expect(office.workbook().writeGenerated(docs, MARK)).rejects.toThrow(
              `injected failure at sync ${failAt}`
            );
            const after = snapshotWorkbook(office.state);
            // The registry sheet may have been rewritten with the same entries; its meaning is what counts.
            const meaning = (snaps: typeof after) =>
              snaps.map((s) =>
                s.name === REGISTRY_SHEET
                  ? { name: s.name, entries: decodeRegistry(s.values as never).map((e) => e.sheet) }
                  : s
              );
            expect(meaning(after)).toEqual(meaning(before));
            expect(office.state.tables.map((t) => t.name)).toEqual(
              replacing ? ["SummaryTable"] : []
            );
          } finally {
            office.uninstall();
          }
        }
      }
    }
  );

  it("does not take a user's sheet for a generated one that had its name", async () => {
    const office = officeOver(userSheets);
    try {
      await office.workbook().writeGenerated([trickyDoc()], MARK);
      // The user deletes the generated sheet and makes a sheet of their own with its name.
      office.state.sheets = office.state.sheets.filter((s) => s.name !== "Tricky");
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("Tricky").getRange("A1").values = [["mine"]];
        await context.sync();
      });
      const before = snapshotSheet(office.state, findSheet(office.state, "Tricky"));
      const [written] = await office.workbook().writeGenerated([trickyDoc()], MARK);
      expect(written).toMatchObject({ name: "Tricky (2)", replaced: false });
      expect(snapshotSheet(office.state, findSheet(office.state, "Tricky"))).toEqual(before);
    } finally {
      office.uninstall();
    }
  });

  it("keeps a write to a handful of syncs", async () => {
    const office = officeOver(userSheets);
    try {
      await office.workbook().writeGenerated([fullDoc("Report"), trickyDoc()], MARK);
      // Listing (2), one write batch, the final replace/rename/register.
      expect(office.state.stats.syncs).toBe(4);
    } finally {
      office.uninstall();
    }
  });

  it("renames the table and keeps a user table's name", async () => {
    const office = officeOver([
      ...userSheets,
      { name: "Mine", values: [["h"], [1]], tables: [{ name: "SummaryTable", address: "A1:A2" }] },
    ]);
    try {
      await office.workbook().writeGenerated([fullDoc("Report")], MARK);
      expect(office.state.tables.map((t) => t.name)).toEqual(["SummaryTable", "SummaryTable_2"]);
    } finally {
      office.uninstall();
    }
  });

  it("gives the table a new name when a defined name of the workbook has its name", async () => {
    const office = officeOver(userSheets);
    office.state.names.push("summarytable");
    try {
      await office.workbook().writeGenerated([fullDoc("Report")], MARK);
      expect(office.state.tables.map((t) => t.name)).toEqual(["SummaryTable_2"]);
    } finally {
      office.uninstall();
    }
  });

  it("spreads a sheet too big for one request over several syncs, each under the limit", async () => {
    const office = officeOver(userSheets);
    try {
      const remark = LONG_REMARK;
      const cells = bigTextCells(12_000);
      const [written] = await office
        .workbook()
        .writeGenerated([textDoc("validation", "Big", cells)], MARK);
      expect(office.state.stats.syncs).toBeGreaterThan(4);
      expect(maxRequestBytes(office.state)).toBeLessThan(4 * 1024 * 1024);
      expect(findSheet(office.state, written.name).values[2999][3]).toBe(`11999 ${remark}`);
    } finally {
      office.uninstall();
    }
  });

  it("writes a doc with no cells", async () => {
    const office = officeOver(userSheets);
    try {
      const [written] = await office
        .workbook()
        .writeGenerated([textDoc("empty", "Empty", [])], MARK);
      expect(findSheet(office.state, written.name).values).toEqual([]);
    } finally {
      office.uninstall();
    }
  });
});
