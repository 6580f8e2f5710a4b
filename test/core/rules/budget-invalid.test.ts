// budget-invalid: a negative budget, however it is written.
import { budgetInvalid } from "../../../src/core/rules/budget-invalid";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(budgetInvalid, {
  valid: [
    { name: "zero means no budget", rows: [validRow({ budget: 0 })] },
    { name: "thousands separators and บาท", rows: [validRow({ budget: "1,250,000.50 บาท" })] },
    { name: "Thai digits", rows: [validRow({ budget: "๑๒๕,๐๐๐" })] },
    { name: "text and blank are other rules'", rows: [validRow({ budget: "abc" }), validRow({ budget: null })] },
  ],
  invalid: [
    {
      name: "a negative number",
      rows: [validRow({ budget: -5 })],
      errors: [{ row: 2, cell: cellOf("budget", 2), messageId: "negative", data: { budget: -5 } }],
    },
    {
      name: "negative text, accounting brackets and Thai digits",
      rows: [validRow({ budget: "-1,000 บาท" }), validRow({ budget: "(5,000.50)" }), validRow({ budget: "-๒๐๐" })],
      errors: [
        { row: 2, cell: cellOf("budget", 2), messageId: "negative", data: { budget: -1000 } },
        { row: 3, cell: cellOf("budget", 3), messageId: "negative", data: { budget: -5000.5 } },
        { row: 4, cell: cellOf("budget", 4), messageId: "negative", data: { budget: -200 } },
      ],
    },
  ],
});
