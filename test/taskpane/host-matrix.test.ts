// Every pane flow over the Office host on simulated Excel hosts ExcelApi 1.7, 1.8, 1.9, 1.13 and the latest
// set the typings know: each completes, degrades as features.ts says, and leaves the user's sheets as they were.
import { ALL_OUTPUTS } from "../../src/app/report";
import { OfficeHost } from "../../src/host/office-host";
import { detectFeatures } from "../../src/workbook/office/features";
import { expectedDegradations } from "../../src/workbook/office/notes";
import { createWorkbookState, fakeIsSetSupported, installFakeOffice, snapshotWorkbook } from "../fakes/excel";
import { project, sampleRows, trackerSheet } from "./fake-host";
import { trackerFileBytes } from "./tracker-files";

const HOSTS = ["1.7", "1.8", "1.9", "1.13", "latest"] as const;
const USER_SHEETS = ["โครงการ", "บันทึก"];

describe.each(HOSTS)("pane flows on ExcelApi %s", (excelApi) => {
  it("detect, check, select, highlight, clear, insert twice, remove, template, consolidate", async () => {
    const tracker = trackerSheet("โครงการ", sampleRows());
    const state = createWorkbookState(
      [
        { name: tracker.name, values: tracker.values, fills: [{ address: "C5", color: "#FFFF00" }] },
        { name: "บันทึก", values: [["ของผู้ใช้"]] },
      ],
      { excelApi },
    );
    const office = installFakeOffice(globalThis, state);
    try {
      const features = detectFeatures((set, v) => fakeIsSetSupported(state, set, v));
      const allowed = expectedDegradations(features).map((n) => n.en.split(":")[0]);
      const expectNotes = (notes: readonly { en: string }[]) => {
        for (const n of notes) expect(allowed).toContain(n.en.split(":")[0]);
      };
      const userSheets = () => snapshotWorkbook(state).filter((s) => USER_SHEETS.includes(s.name));
      const before = userSheets();
      const host = new OfficeHost("This workbook");

      const detection = await host.detect();
      expect(detection.tracker?.rows).toBe(sampleRows().length);
      const check = await host.check();
      const cells = check.analysis.findings.filter((f) => f.cell).slice(0, 4);
      expect(cells.length).toBeGreaterThan(0);
      const refs = cells.map((f) => ({ sheet: "โครงการ", address: f.cell! }));
      await host.selectCell(refs[0]);
      expect(state.selection?.address).toBe(refs[0].address);

      const lit = await host.highlight([...refs, { sheet: "โครงการ", address: "C5" }]);
      expect(lit.cells).toBeGreaterThan(0);
      expectNotes(lit.notes);
      await host.clearHighlight();
      expect(userSheets()).toEqual(before);

      const first = await host.insert(ALL_OUTPUTS, { lang: "th", round: "quarter" });
      const second = await host.insert(ALL_OUTPUTS, { lang: "th", round: "quarter" });
      expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
      expect(second.sheets.every((s) => s.replaced)).toBe(true);
      expectNotes(second.notes);
      // Page setup and lists exist exactly where the host has their API sets.
      const summary = state.sheets.find((s) => s.name === first.sheets[0].name)!;
      expect(Object.keys(summary.pageLayout).length > 0).toBe(features.pageLayout);
      if (!features.pageLayout) expect(second.notes.length).toBeGreaterThan(0);

      const template = await host.makeTemplate("en");
      const lists = template.sheets.flatMap((w) => state.sheets.find((s) => s.name === w.name)!.validations);
      expect(lists.length > 0).toBe(features.dataValidation);
      expectNotes(template.notes);

      const file = new File([await trackerFileBytes([project("D-1"), project("D-2", { budget_code: "22345678901234567890" })])], "doe.xlsx");
      const merged = await host.consolidate([file], "th");
      expect(merged.files.map((f) => [f.name, f.rows])).toEqual([["doe.xlsx", 2]]);

      const runs = await host.listRuns();
      expect(runs).toHaveLength(3);
      const report = runs.find((r) => r.round === "quarter")!;
      expect(await host.removeRun(report.id)).toHaveLength(first.sheets.length);
      for (const s of first.sheets) expect(state.sheets.some((x) => x.name === s.name)).toBe(false);
      expect(userSheets()).toEqual(before);
    } finally {
      office.uninstall();
    }
  });
});
