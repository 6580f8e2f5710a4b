// duplicate-project-id: ids compared cleaned, without whitespace, case-insensitively, across files.
import { duplicateProjectId } from "../../../src/core/rules/duplicate-project-id";
import { loadDefaultReference } from "../../../src/core/reference";
import { runRule } from "../../../src/core/rules/define";
import { cellOf, makeRows, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(duplicateProjectId, {
  valid: [
    { name: "distinct ids", rows: [validRow({ project_id: "P-001" }), validRow({ project_id: "P-002" })] },
    { name: "blank ids are missing-value's", rows: [validRow({ project_id: null }), validRow({ project_id: " " })] },
    { name: "ids differing by a dash are different", rows: [validRow({ project_id: "P-001" }), validRow({ project_id: "P001" })] },
  ],
  invalid: [
    {
      name: "the second and third copy are flagged, not the first",
      rows: [validRow(), validRow({ project_name: "อื่น" }), validRow({ project_id: "P-003" }), validRow()],
      errors: [
        { row: 3, cell: cellOf("project_id", 3), messageId: "duplicate", data: { id: "P-001", firstRow: 2, firstFile: "test.xlsx", firstSheet: "Tracker" } },
        { row: 5, cell: cellOf("project_id", 5), messageId: "duplicate", data: { id: "P-001", firstRow: 2 } },
      ],
    },
    {
      name: "case, NBSP, inner spaces and zero-width characters are ignored",
      rows: [validRow({ project_id: "mol-2569-01" }), validRow({ project_id: "\u00a0MOL -2569-\u200b01 " })],
      errors: [{ row: 3, cell: cellOf("project_id", 3), messageId: "duplicate", data: { id: "MOL -2569-01", firstRow: 2 } }],
    },
    {
      name: "a numeric id matches the same id typed as text",
      rows: [validRow({ project_id: 25690001 }), validRow({ project_id: "25690001" })],
      errors: [{ row: 3, cell: cellOf("project_id", 3), messageId: "duplicate", data: { id: "25690001" } }],
    },
  ],
});

describe("duplicate-project-id across pooled trackers", () => {
  it("names the file and sheet of the first row", () => {
    const reference = loadDefaultReference();
    const doe = makeRows([validRow({ project_id: "X-1" })], { file: "doe.xlsx", sheet: "กกจ" });
    const dsd = makeRows([validRow({ project_id: "X-2" }), validRow({ project_id: "x-1" })], { file: "dsd.xlsx", sheet: "กพร" });
    const rows = [...doe, ...dsd.map((r, i) => ({ ...r, index: doe.length + i }))];
    const found = runRule(duplicateProjectId, { rows, reference, fiscalYear: 2569, quarter: 1 });
    expect(found.map((f) => [f.file, f.sheet, f.cell, f.data])).toEqual([
      ["dsd.xlsx", "กพร", cellOf("project_id", 3), { id: "x-1", firstRow: 2, firstFile: "doe.xlsx", firstSheet: "กกจ" }],
    ]);
  });
});
