// The template written into the open workbook: lists fed from its reference sheet, then read back as a tracker.
import { checkSources } from "../../../src/app/check";
import { templateDocs } from "../../../src/app/template";
import { findSheet } from "../../fakes/excel";
import { officeOver } from "./tracker-cells";

const TEMPLATE_MARK = { fiscalYear: 0, quarter: 0, round: "template" } as const;

describe("the template through the Office.js adapter", () => {
  it.each([["th"], ["en"]] as const)(
    "writes the %s template with its tables and drop-down lists, then finds it as a tracker",
    async (lang) => {
      const office = officeOver([{ name: "Sheet1" }]);
      try {
        const docs = templateDocs(lang);
        const written = await office.workbook().writeGenerated(docs, TEMPLATE_MARK);
        expect(written.map((w) => w.name)).toEqual(docs.map((d) => d.name));
        const withLists = docs.filter((d) => (d.validations ?? []).length > 0);
        expect(withLists.length).toBeGreaterThan(0);
        for (const doc of withLists) {
          const sheet = findSheet(office.state, doc.name);
          expect(sheet.validations).toHaveLength(doc.validations!.length);
          for (const v of sheet.validations) {
            const source = (v.rule as { list: { source: string } }).list.source;
            // A list taken from another sheet names it by its final name (Excel followed the rename).
            if (source.startsWith("="))
              expect(docs.map((d) => `='${d.name}'`).some((n) => source.startsWith(n))).toBe(true);
          }
        }
        expect(office.state.tables.length).toBe(
          docs.reduce((n, d) => n + (d.tables ?? []).length, 0)
        );
        const check = await checkSources([office.workbook()]);
        expect(check.trackers[0].rows).toBe(0);
      } finally {
        office.uninstall();
      }
    }
  );
});
