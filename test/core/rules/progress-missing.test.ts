// progress-missing: rows of the reported year with no progress for the reported quarter.
import { excelError } from "../../../src/core/cell";
import { progressMissing } from "../../../src/core/rules/progress-missing";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(progressMissing, {
  valid: [
    { name: "Q1 reported", rows: [validRow({ q1_progress: 25 })], quarter: 1 },
    { name: "zero is a report", rows: [validRow({ q2_progress: 0 })], quarter: 2 },
    { name: "other fiscal years are not expected to report", rows: [validRow({ fiscal_year: 2568, q1_progress: null })] },
    { name: "no reported fiscal year", rows: [validRow({ q1_progress: null })], fiscalYear: null },
    { name: "a later quarter blank while reporting Q1", rows: [validRow({ q1_progress: 10, q2_progress: null })], quarter: 1 },
    { name: "text or error values are other rules'", rows: [validRow({ q1_progress: "abc" }), validRow({ q1_progress: excelError("#N/A") })] },
    { name: "a CE year that is the reported year, reported", rows: [validRow({ fiscal_year: 2026, q1_progress: "๕๐%" })] },
  ],
  invalid: [
    {
      name: "Q3 not reported",
      rows: [validRow({ q1_progress: 10, q2_progress: 20 })],
      quarter: 3,
      errors: [{ row: 2, cell: cellOf("q3_progress", 2), messageId: "notReported", data: { quarter: 3, year: 2569 } }],
    },
    {
      name: "a dash and whitespace count as blank",
      rows: [validRow({ q1_progress: "-" }), validRow({ q1_progress: " " })],
      errors: [
        { row: 2, cell: cellOf("q1_progress", 2), messageId: "notReported" },
        { row: 3, cell: cellOf("q1_progress", 3), messageId: "notReported" },
      ],
    },
    {
      name: "the tracker has no column for the quarter",
      rows: [validRow()],
      quarter: 4,
      columns: ["project_id", "project_name", "department", "fiscal_year", "strategy", "master_plan", "q1_progress"],
      errors: [{ row: 2, cell: null, messageId: "notReported", data: { quarter: 4 } }],
    },
  ],
});
