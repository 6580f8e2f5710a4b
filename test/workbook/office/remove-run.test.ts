// Removing a run: exactly the sheets the registry lists for it go, the user's sheets and other runs stay.
import { REGISTRY_SHEET, decodeRegistry } from "../../../src/core/outputs/registry";
import { LastVisibleSheetError } from "../../../src/workbook/office/remove-run";
import { FakeExcelContext, findSheet, snapshotSheet } from "../../fakes/excel";
import { MARK, fullDoc, trickyDoc, userSheets } from "./docs";
import { officeOver } from "./tracker-cells";

type Office = ReturnType<typeof officeOver>;
const names = (office: Office) => office.state.sheets.map((s) => s.name);
const registered = (office: Office) =>
  decodeRegistry(findSheet(office.state, REGISTRY_SHEET).values).map((e) => e.sheet);
const userSnapshots = (office: Office) =>
  userSheets.map((s) => snapshotSheet(office.state, findSheet(office.state, s.name)));

describe("removing a run of generated sheets", () => {
  it("lists runs newest first and removes one run's sheets only", async () => {
    const office = officeOver(userSheets);
    try {
      const before = userSnapshots(office);
      await office.workbook().writeGenerated([fullDoc("Report", "summary", "Tricky"), trickyDoc()], MARK);
      await new Promise((r) => setTimeout(r, 5)); // two writes, two write times
      await office.workbook().writeGenerated([trickyDoc()], { ...MARK, quarter: 2 });
      const runs = await office.workbook().listRuns();
      expect(runs.map((r) => [r.quarter, r.sheets])).toEqual([
        [2, ["Tricky (2)"]],
        [1, ["Report", "Tricky"]],
      ]);
      const removed = await office.workbook().removeRun(runs[1].id);
      expect(removed.sort()).toEqual(["Report", "Tricky"]);
      expect(names(office)).toEqual(["Tracker", "Summary", REGISTRY_SHEET, "Tricky (2)"]);
      expect(registered(office)).toEqual(["Tricky (2)"]);
      expect(userSnapshots(office)).toEqual(before);
      // The run is gone: removing it again changes nothing.
      expect(await office.workbook().removeRun(runs[1].id)).toEqual([]);
      expect((await office.workbook().listRuns()).map((r) => r.id)).toEqual([runs[0].id]);
    } finally {
      office.uninstall();
    }
  });

  it("never deletes a user's sheet that took the name of a deleted generated sheet", async () => {
    const office = officeOver(userSheets);
    try {
      await office.workbook().writeGenerated([trickyDoc()], MARK);
      const [run] = await office.workbook().listRuns();
      // The user deletes our sheet and makes one of their own under the same name.
      office.state.sheets = office.state.sheets.filter((s) => s.name !== "Tricky");
      const user = new FakeExcelContext(office.state);
      user.workbook.worksheets.add("Tricky").getRange("A1").values = [["mine"]];
      await user.sync();
      const before = snapshotSheet(office.state, findSheet(office.state, "Tricky"));
      expect(await office.workbook().removeRun(run.id)).toEqual([]);
      expect(snapshotSheet(office.state, findSheet(office.state, "Tricky"))).toEqual(before);
    } finally {
      office.uninstall();
    }
  });

  it("refuses, in Thai and English, to remove the last visible sheets, and deletes nothing", async () => {
    const office = officeOver([{ name: "Mine", visibility: "Hidden" }, { name: "Shown" }]);
    try {
      await office.workbook().writeGenerated([trickyDoc()], MARK);
      office.state.sheets.find((s) => s.name === "Shown")!.visibility = "Hidden";
      const [run] = await office.workbook().listRuns();
      const sheetsBefore = names(office);
      const failure = office.workbook().removeRun(run.id);
      await expect(failure).rejects.toBeInstanceOf(LastVisibleSheetError);
      await expect(failure).rejects.toMatchObject({ th: expect.any(String), en: expect.stringContaining("visible") });
      expect(names(office)).toEqual(sheetsBefore);
    } finally {
      office.uninstall();
    }
  });
});
