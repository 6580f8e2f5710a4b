// unknown-project-type: a type label naming no known type (the row is then treated as annual).
import { excelError } from "../../../src/core/cell";
import { unknownProjectType } from "../../../src/core/rules/unknown-project-type";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(unknownProjectType, {
  valid: [
    {
      name: "every known label",
      rows: ["โครงการประจำปีงบประมาณ", "Big Rock", "Quick Win", "แผนระดับ ๓", "level 3", "annual", "big_rock", "QUICK-WIN"].map((t, i) =>
        validRow({ project_id: `P-${i}`, project_type: t }),
      ),
    },
    { name: "blank means annual", rows: [validRow({ project_type: null })] },
    { name: "an error value is cell-error's", rows: [validRow({ project_type: excelError("#N/A") })] },
  ],
  invalid: [
    {
      name: "an unknown label",
      rows: [validRow({ project_type: "โครงการพิเศษ" })],
      errors: [{ row: 2, cell: cellOf("project_type", 2), messageId: "unknown", data: { text: "โครงการพิเศษ" } }],
    },
    {
      name: "a number",
      rows: [validRow({ project_type: 2 })],
      errors: [{ row: 2, cell: cellOf("project_type", 2), messageId: "unknown", data: { text: "2" } }],
    },
  ],
});
