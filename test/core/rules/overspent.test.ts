// overspent: cumulative disbursement q1..qN above the budget; one finding, at the first quarter over.
import { overspent } from "../../../src/core/rules/overspent";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(overspent, {
  valid: [
    { name: "within budget", rows: [validRow({ budget: 1000000, q1_disbursed: 400000, q2_disbursed: 600000 })] },
    { name: "no budget given", rows: [validRow({ budget: null, q1_disbursed: 5 })] },
    { name: "negative budget is budget-invalid's", rows: [validRow({ budget: -1, q1_disbursed: 5 })] },
    { name: "text budget is invalid-number's", rows: [validRow({ budget: "abc", q1_disbursed: 5 })] },
    { name: "float sums equal to the budget", rows: [validRow({ budget: 0.3, q1_disbursed: 0.1, q2_disbursed: 0.2 })] },
    { name: "text amounts within budget", rows: [validRow({ budget: "1,250,000.50 บาท", q1_disbursed: "1,250,000.50" })] },
  ],
  invalid: [
    {
      name: "Q3 takes it over",
      rows: [validRow({ budget: 1000, q1_disbursed: 400, q2_disbursed: null, q3_disbursed: 700, q4_disbursed: 100 })],
      errors: [
        { row: 2, cell: cellOf("q3_disbursed", 2), messageId: "exceeded", data: { through: 3, cumulative: 1100, budget: 1000 } },
      ],
    },
    {
      name: "a zero budget with any disbursement",
      rows: [validRow({ budget: 0, budget_code: null, q1_disbursed: "๑ บาท" })],
      errors: [{ row: 2, cell: cellOf("q1_disbursed", 2), messageId: "exceeded", data: { through: 1, cumulative: 1, budget: 0 } }],
    },
    {
      name: "one satang over",
      rows: [validRow({ budget: "1,000.00", q1_disbursed: 500, q2_disbursed: "500.01" })],
      errors: [{ row: 2, cell: cellOf("q2_disbursed", 2), messageId: "exceeded", data: { through: 2, cumulative: 1000.01 } }],
    },
  ],
});
