// Hyperlinks of a big validation sheet: a column of links in a few setCellProperties requests, or one request a link on older hosts.
import { DocCell } from "../../../src/core/outputs/sheet-doc";
import { findSheet, snapshotSheet } from "../../fakes/excel";
import { MARK, textDoc, userSheets } from "./docs";
import { officeOver } from "./tracker-cells";

const ROWS = 3000;

/** Findings-like rows: a number, then the cell address linked to the tracker (a text that looks like a formula on some rows). */
function linkedCells(): DocCell[] {
  return Array.from({ length: ROWS }, (_, i): DocCell[] => [
    { row: i + 2, column: 1, value: i + 1 },
    {
      row: i + 2,
      column: 2,
      value: i % 50 === 0 ? "=B5" : `B${i + 5}`,
      link: { sheet: "Tracker", cell: `B${i + 5}` },
    },
  ]).flat();
}

describe.each([
  ["setCellProperties (ExcelApi 1.9)", "1.17"],
  ["one hyperlink a cell (ExcelApi 1.8)", "1.8"],
])("writeGenerated: links with %s", (_how, api) => {
  it("links every cell to its tracker cell and keeps the text as text", async () => {
    const office = officeOver(userSheets, api);
    try {
      office.state.stats.operations = [];
      const doc = textDoc("validation", "Links", [
        { row: 1, column: 1, value: "title" },
        ...linkedCells(),
      ]);
      const [written] = await office.workbook().writeGenerated([doc], MARK);
      const sheet = findSheet(office.state, written.name);
      const layout = snapshotSheet(office.state, sheet).layout as {
        hyperlinks: Record<string, { documentReference: string; textToDisplay: string }>;
      };
      expect(Object.keys(layout.hyperlinks)).toHaveLength(ROWS);
      for (const i of [0, 1, 50, ROWS - 1]) {
        const text = i % 50 === 0 ? "=B5" : `B${i + 5}`;
        expect(layout.hyperlinks[`${i + 1},1`]).toEqual({
          documentReference: `'Tracker'!B${i + 5}`,
          textToDisplay: text,
        });
        expect(sheet.values[i + 1][1]).toBe(text);
      }
      expect(sheet.formulas.size).toBe(0);
      const links = (office.state.stats.operations ?? []).filter((o) =>
        /hyperlink = |setCellProperties\(/.test(o.describe)
      );
      const bytes = links.reduce((n, o) => n + o.bytes, 0);
      if (api === "1.17") {
        // Whole column blocks: about a hundred bytes a link, not a request action and range each.
        expect(links.length).toBeLessThanOrEqual(2);
        expect(bytes / ROWS).toBeLessThan(120);
      } else {
        expect(links.length).toBe(ROWS);
        expect(bytes / ROWS).toBeGreaterThan(250);
      }
    } finally {
      office.uninstall();
    }
  });
});
