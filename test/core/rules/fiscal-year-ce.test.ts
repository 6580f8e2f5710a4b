// fiscal-year-ce: CE years 1990–2099 are read as BE (+543) with a warning.
import { fiscalYearCe } from "../../../src/core/rules/fiscal-year-ce";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(fiscalYearCe, {
  valid: [
    { name: "a BE year", rows: [validRow({ fiscal_year: 2569 })] },
    { name: "Thai-digit BE year", rows: [validRow({ fiscal_year: "๒๕๖๙" })] },
    { name: "out of both ranges is fiscal-year-invalid's", rows: [validRow({ fiscal_year: 1989 }), validRow({ fiscal_year: 2100 })] },
    { name: "blank", rows: [validRow({ fiscal_year: null })] },
  ],
  invalid: [
    {
      name: "2026 is read as 2569",
      rows: [validRow({ fiscal_year: 2026 })],
      errors: [{ row: 2, cell: cellOf("fiscal_year", 2), messageId: "converted", data: { from: 2026, to: 2569 } }],
    },
    {
      name: "CE as text, with a label and the range ends",
      rows: [validRow({ fiscal_year: "FY 2025" }), validRow({ fiscal_year: 1990 }), validRow({ fiscal_year: "๒๐๙๙" })],
      errors: [
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "converted", data: { from: 2025, to: 2568 } },
        { row: 3, cell: cellOf("fiscal_year", 3), messageId: "converted", data: { from: 1990, to: 2533 } },
        { row: 4, cell: cellOf("fiscal_year", 4), messageId: "converted", data: { from: 2099, to: 2642 } },
      ],
    },
  ],
});
