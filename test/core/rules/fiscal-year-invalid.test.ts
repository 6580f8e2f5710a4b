// fiscal-year-invalid: BE 2561–2600 or CE 1990–2099, whole years; text, dates, booleans rejected.
import { excelError } from "../../../src/core/cell";
import { fiscalYearInvalid } from "../../../src/core/rules/fiscal-year-invalid";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(fiscalYearInvalid, {
  valid: [
    { name: "range ends in BE", rows: [validRow({ fiscal_year: 2561 }), validRow({ project_id: "2", fiscal_year: 2600 })] },
    { name: "a CE year is fiscal-year-ce's", rows: [validRow({ fiscal_year: 2026 })] },
    { name: "Thai digits and a label", rows: [validRow({ fiscal_year: "๒๕๖๙" }), validRow({ project_id: "2", fiscal_year: "ปีงบประมาณ พ.ศ. 2569" })] },
    { name: "numeric text", rows: [validRow({ fiscal_year: "2,569" })] },
    { name: "blank and error are other rules'", rows: [validRow({ fiscal_year: null }), validRow({ fiscal_year: excelError("#N/A") })] },
  ],
  invalid: [
    {
      name: "outside both ranges",
      rows: [validRow({ fiscal_year: 2560 }), validRow({ fiscal_year: 2601 }), validRow({ fiscal_year: 1989 }), validRow({ fiscal_year: 69 })],
      errors: [
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "outOfRange", data: { year: 2560, minBe: 2561, maxBe: 2600 } },
        { row: 3, cell: cellOf("fiscal_year", 3), messageId: "outOfRange", data: { year: 2601 } },
        { row: 4, cell: cellOf("fiscal_year", 4), messageId: "outOfRange", data: { year: 1989, minCe: 1990, maxCe: 2099 } },
        { row: 5, cell: cellOf("fiscal_year", 5), messageId: "outOfRange", data: { year: 69 } },
      ],
    },
    {
      name: "a decimal year",
      rows: [validRow({ fiscal_year: 2569.5 }), validRow({ fiscal_year: "2569.5" })],
      errors: [
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "notAnInteger", data: { text: "2569.5" } },
        { row: 3, cell: cellOf("fiscal_year", 3), messageId: "notAnInteger", data: { text: "2569.5" } },
      ],
    },
    {
      name: "a date-formatted serial",
      rows: [validRow({ fiscal_year: { v: 45658, f: "dd/mm/yyyy" } })],
      errors: [{ row: 2, cell: cellOf("fiscal_year", 2), messageId: "date" }],
    },
    {
      name: "text with no year, and a boolean",
      rows: [validRow({ fiscal_year: "ปีหน้า" }), validRow({ fiscal_year: true })],
      errors: [
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "notAYear", data: { text: "ปีหน้า" } },
        { row: 3, cell: cellOf("fiscal_year", 3), messageId: "notAYear", data: { text: "TRUE" } },
      ],
    },
  ],
});
