// disbursed-invalid: a negative disbursement in any quarter.
import { disbursedInvalid } from "../../../src/core/rules/disbursed-invalid";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(disbursedInvalid, {
  valid: [
    { name: "zero and amounts with บาท", rows: [validRow({ q1_disbursed: 0, q2_disbursed: "25,000.50 บาท" })] },
    { name: "a dash is blank", rows: [validRow({ q1_disbursed: "–" })] },
    { name: "text is invalid-number's", rows: [validRow({ q1_disbursed: "ยังไม่เบิก" })] },
  ],
  invalid: [
    {
      name: "negative numbers in two quarters",
      rows: [validRow({ q1_disbursed: -1, q4_disbursed: -2500 })],
      errors: [
        { row: 2, cell: cellOf("q1_disbursed", 2), messageId: "negative", data: { quarter: 1, value: -1 } },
        { row: 2, cell: cellOf("q4_disbursed", 2), messageId: "negative", data: { quarter: 4, value: -2500 } },
      ],
    },
    {
      name: "accounting brackets and Thai digits",
      rows: [validRow({ q2_disbursed: "(1,000)", q3_disbursed: "-๕๐๐ บาท" })],
      errors: [
        { row: 2, cell: cellOf("q2_disbursed", 2), messageId: "negative", data: { quarter: 2, value: -1000 } },
        { row: 2, cell: cellOf("q3_disbursed", 2), messageId: "negative", data: { quarter: 3, value: -500 } },
      ],
    },
  ],
});
