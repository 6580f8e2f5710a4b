// invalid-reform-area: reform area 1–13 (from the reference), as numbers, `ด้านที่ ๑๓` or names.
import { excelError } from "../../../src/core/cell";
import { Reference, loadDefaultReference } from "../../../src/core/reference";
import { invalidReformArea } from "../../../src/core/rules/invalid-reform-area";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const base = loadDefaultReference().data;
const threeAreas = Reference.parse({ ...base, reform_areas: base.reform_areas.slice(0, 3) });

ruleTester(invalidReformArea, {
  valid: [
    { name: "blank (optional for annual projects)", rows: [validRow({ reform_area: null })] },
    { name: "a number and Thai text", rows: [validRow({ reform_area: 13 }), validRow({ project_id: "2", reform_area: "ด้านที่ ๑๓" })] },
    { name: "the Thai name", rows: [validRow({ reform_area: "ด้านสังคม" })] },
    { name: "an error value is cell-error's", rows: [validRow({ reform_area: excelError("#N/A") })] },
  ],
  invalid: [
    {
      name: "14 and Thai ๑๔",
      rows: [validRow({ reform_area: 14 }), validRow({ reform_area: "ด้าน ๑๔" })],
      errors: [
        { row: 2, cell: cellOf("reform_area", 2), messageId: "unknownCode", data: { code: 14, allowed: "1–13" } },
        { row: 3, cell: cellOf("reform_area", 3), messageId: "unknownCode", data: { code: 14 } },
      ],
    },
    {
      name: "decimal, boolean and a name matching nothing",
      rows: [validRow({ reform_area: 1.5 }), validRow({ reform_area: true }), validRow({ reform_area: "ด้านอวกาศ" })],
      errors: [
        { row: 2, cell: cellOf("reform_area", 2), messageId: "notAnInteger" },
        { row: 3, cell: cellOf("reform_area", 3), messageId: "boolean" },
        { row: 4, cell: cellOf("reform_area", 4), messageId: "unknownName", data: { text: "ด้านอวกาศ" } },
      ],
    },
    {
      name: "a reference with three areas rejects 5",
      rows: [validRow({ reform_area: 5 })],
      reference: threeAreas,
      errors: [{ row: 2, cell: cellOf("reform_area", 2), messageId: "unknownCode", data: { code: 5, allowed: "1–3" } }],
    },
  ],
});
