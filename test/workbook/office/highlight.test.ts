// Highlighting problem cells and restoring them exactly, across a pane reload; selecting a finding's cell.
import { FakeSheetSpec, findSheet, snapshotWorkbook } from "../../fakes/excel";
import { HIGHLIGHT_COLOR, HIGHLIGHT_SHEET } from "../../../src/workbook/office/highlight";
import { officeOver } from "./tracker-cells";

const sheets: FakeSheetSpec[] = [
  {
    name: "Tracker",
    values: [
      ["id", "name"],
      ["P1", "a"],
      ["P2", "b"],
      ["P3", "c"],
    ],
    fills: [
      { address: "A2", color: "#FFFF00" },
      { address: "B2", color: "#FFFFFF" },
      { address: "A3", color: "#00B050", pattern: "Gray50" },
    ],
  },
  { name: "Other", values: [["x"]] },
];
const cells = [
  { sheet: "Tracker", address: "A2" },
  { sheet: "Tracker", address: "B2" },
  { sheet: "Tracker", address: "$A$3" },
  { sheet: "Tracker", address: "B4" },
  { sheet: "Tracker", address: "B4" },
];

describe("highlight and clearHighlight", () => {
  it("fills the cells, keeps their fills in a very hidden sheet, and restores them exactly after a reload", async () => {
    const office = officeOver(sheets);
    try {
      const before = snapshotWorkbook(office.state);
      const syncs0 = office.state.stats.syncs;
      expect(await office.workbook().highlight(cells)).toBe(4);
      expect(office.state.stats.syncs - syncs0).toBeLessThanOrEqual(4);
      const tracker = findSheet(office.state, "Tracker");
      for (const key of ["1,0", "1,1", "2,0", "3,1"])
        expect(tracker.fills.get(key)?.color).toBe(HIGHLIGHT_COLOR);
      expect(findSheet(office.state, HIGHLIGHT_SHEET).visibility).toBe("VeryHidden");
      expect((await office.workbook().listSheets()).map((s) => s.name)).toEqual([
        "Tracker",
        "Other",
      ]);

      const syncs1 = office.state.stats.syncs;
      const reloaded = office.workbook();
      await reloaded.clearHighlight();
      expect(reloaded.lastRestoredCells).toBe(4);
      expect(office.state.stats.syncs - syncs1).toBeLessThanOrEqual(4);
      expect(snapshotWorkbook(office.state)).toEqual(before);
    } finally {
      office.uninstall();
    }
  });

  it("highlighting again restores cells no longer listed and never records the highlight as an original", async () => {
    const office = officeOver(sheets);
    try {
      const before = snapshotWorkbook(office.state);
      await office.workbook().highlight(cells);
      await office.workbook().highlight([
        { sheet: "Tracker", address: "A2" },
        { sheet: "Other", address: "A1" },
      ]);
      const tracker = findSheet(office.state, "Tracker");
      expect(tracker.fills.get("1,0")?.color).toBe(HIGHLIGHT_COLOR);
      expect(tracker.fills.get("1,1")).toEqual({
        color: "#FFFFFF",
        pattern: "Solid",
        patternColor: null,
      });
      expect(tracker.fills.has("3,1")).toBe(false);
      await office.workbook().clearHighlight();
      expect(snapshotWorkbook(office.state)).toEqual(before);
    } finally {
      office.uninstall();
    }
  });

  it("without fill patterns (ExcelApi 1.8) restores 'no fill' and says white fills cannot be told apart", async () => {
    const office = officeOver(
      [{ name: "Tracker", values: [["a", "b"]], fills: [{ address: "A1", color: "#FFFF00" }] }],
      "1.8"
    );
    try {
      const before = snapshotWorkbook(office.state);
      const wb = office.workbook();
      await wb.highlight([
        { sheet: "Tracker", address: "A1" },
        { sheet: "Tracker", address: "B1" },
      ]);
      expect(wb.lastNoteDetails.map((n) => n.code)).toEqual(["no-fill-pattern"]);
      await office.workbook().clearHighlight();
      expect(snapshotWorkbook(office.state)).toEqual(before);
    } finally {
      office.uninstall();
    }
  });

  it("skips cells of missing sheets with a note, and clearing with nothing highlighted costs no extra sync", async () => {
    const office = officeOver(sheets);
    try {
      const wb = office.workbook();
      expect(await wb.highlight([{ sheet: "Gone", address: "A1" }])).toBe(0);
      expect(wb.lastNoteDetails.map((n) => n.code)).toEqual(["highlight-sheet-missing"]);
      const clearing = office.workbook();
      const syncs = office.state.stats.syncs;
      await clearing.clearHighlight();
      expect(office.state.stats.syncs - syncs).toBe(2);
    } finally {
      office.uninstall();
    }
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const office = officeOver(sheets);
    try {
      await office.workbook().selectCell("Other", "B7");
      expect(office.state.stats.syncs).toBe(1);
      expect(office.state.selection).toEqual({
        sheetId: findSheet(office.state, "Other").id,
        address: "B7",
      });
      expect(office.state.activeSheetId).toBe(findSheet(office.state, "Other").id);
    } finally {
      office.uninstall();
    }
  });

  it("names the workbook, sheet and cell when the sheet is gone", async () => {
    const office = officeOver(sheets);
    try {
      await expect(office.workbook().selectCell("Gone", "A1")).rejects.toThrow(
        /x: selecting 'Gone'!A1: .*doesn't exist/
      );
    } finally {
      office.uninstall();
    }
  });
});
