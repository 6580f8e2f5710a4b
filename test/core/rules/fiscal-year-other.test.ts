// fiscal-year-other: rows of another fiscal year than the reported one are left out of the figures.
import { fiscalYearOther } from "../../../src/core/rules/fiscal-year-other";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(fiscalYearOther, {
  valid: [
    { name: "the reported year", rows: [validRow({ fiscal_year: 2569 })] },
    { name: "the reported year written in CE", rows: [validRow({ fiscal_year: 2026 })] },
    { name: "no reported year", rows: [validRow({ fiscal_year: 2568 })], fiscalYear: null },
    { name: "unreadable years are fiscal-year-invalid's", rows: [validRow({ fiscal_year: 1500 }), validRow({ fiscal_year: "abc" })] },
  ],
  invalid: [
    {
      name: "last year's and next year's rows",
      rows: [validRow({ fiscal_year: 2568 }), validRow(), validRow({ fiscal_year: "๒๕๗๐" })],
      errors: [
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "otherYear", data: { year: 2568, reported: 2569 } },
        { row: 4, cell: cellOf("fiscal_year", 4), messageId: "otherYear", data: { year: 2570, reported: 2569 } },
      ],
    },
    {
      name: "a CE year of another fiscal year, compared after conversion",
      rows: [validRow({ fiscal_year: 2026 })],
      fiscalYear: 2570,
      errors: [{ row: 2, cell: cellOf("fiscal_year", 2), messageId: "otherYear", data: { year: 2569, reported: 2570 } }],
    },
  ],
});
