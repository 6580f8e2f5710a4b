// reform-required: Big Rock needs a reform area (error), Quick Win should have one (warning).
import { excelError } from "../../../src/core/cell";
import { reformRequired } from "../../../src/core/rules/reform-required";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(reformRequired, {
  valid: [
    { name: "annual without reform area", rows: [validRow({ reform_area: null })] },
    { name: "level-3 without reform area", rows: [validRow({ project_type: "แผนระดับ ๓", reform_area: null })] },
    { name: "Big Rock with area 13", rows: [validRow({ project_type: "Big Rock", reform_area: 13 })] },
    { name: "Quick Win with Thai area text", rows: [validRow({ project_type: "quick win", reform_area: "ด้านที่ ๙" })] },
    { name: "an unknown area is invalid-reform-area's", rows: [validRow({ project_type: "Big Rock", reform_area: 99 })] },
    { name: "an error value is cell-error's", rows: [validRow({ project_type: "Big Rock", reform_area: excelError("#N/A") })] },
    { name: "an unknown type counts as annual", rows: [validRow({ project_type: "โครงการพิเศษ", reform_area: null })] },
  ],
  invalid: [
    {
      name: "Big Rock spelled several ways without a reform area",
      rows: [
        validRow({ project_type: "Big Rock", reform_area: null }),
        validRow({ project_type: "BIG_ROCK", reform_area: "  " }),
        validRow({ project_type: "big-rock" }),
      ],
      errors: [
        { row: 2, cell: cellOf("reform_area", 2), messageId: "bigRock", severity: "error" },
        { row: 3, cell: cellOf("reform_area", 3), messageId: "bigRock", severity: "error" },
        { row: 4, cell: cellOf("reform_area", 4), messageId: "bigRock", severity: "error" },
      ],
    },
    {
      name: "Quick Win without a reform area is a warning",
      rows: [validRow({ project_type: "Quick Win", reform_area: null })],
      errors: [{ row: 2, cell: cellOf("reform_area", 2), messageId: "quickWin", severity: "warning" }],
    },
    {
      name: "the tracker has no reform area column",
      rows: [validRow({ project_type: "Big Rock" })],
      columns: ["project_id", "project_name", "department", "project_type", "fiscal_year", "strategy", "master_plan"],
      errors: [{ row: 2, cell: null, messageId: "bigRock" }],
    },
  ],
});
