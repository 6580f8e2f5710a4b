// invalid-number: text, dates and booleans in budget, progress and disbursement columns.
import { excelError } from "../../../src/core/cell";
import { invalidNumber } from "../../../src/core/rules/invalid-number";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(invalidNumber, {
  valid: [
    { name: "plain numbers", rows: [validRow()] },
    { name: "thousands separators and บาท", rows: [validRow({ budget: "1,250,000.50 บาท", q2_disbursed: "25,000 THB" })] },
    { name: "Thai digits", rows: [validRow({ budget: "๑๒๕", q1_progress: "๔๕" })] },
    { name: "percent text and percent-formatted fraction", rows: [validRow({ q1_progress: "45%", q2_progress: { v: 0.45, f: "0%" } })] },
    { name: "a lone dash is blank", rows: [validRow({ q3_disbursed: "-", q4_disbursed: "–" })] },
    { name: "negative and out-of-range numbers are other rules' business", rows: [validRow({ budget: -5, q1_progress: 150 })] },
    { name: "error values are cell-error's", rows: [validRow({ budget: excelError("#N/A") })] },
    { name: "text in code columns is not this rule's", rows: [validRow({ fiscal_year: "abc", budget_code: "x", strategy: "y" })] },
  ],
  invalid: [
    {
      name: "text in the budget",
      rows: [validRow({ budget: "abc" })],
      errors: [{ row: 2, cell: cellOf("budget", 2), messageId: "notANumber", data: { column: "budget", text: "abc" } }],
    },
    {
      name: "a European decimal comma and a number with a unit word",
      rows: [validRow({ budget: "1.250.000,50", q1_disbursed: "ประมาณ 5000" })],
      errors: [
        { row: 2, cell: cellOf("budget", 2), messageId: "notANumber", data: { text: "1.250.000,50" } },
        { row: 2, cell: cellOf("q1_disbursed", 2), messageId: "notANumber", data: { column: "q1_disbursed" } },
      ],
    },
    {
      name: "a date-formatted number in a disbursement",
      rows: [validRow({ q2_disbursed: { v: 45000, f: "d/m/yyyy" } })],
      errors: [{ row: 2, cell: cellOf("q2_disbursed", 2), messageId: "date", data: { column: "q2_disbursed" } }],
    },
    {
      name: "booleans in progress",
      rows: [validRow({ q1_progress: true, q4_progress: false })],
      errors: [
        { row: 2, cell: cellOf("q1_progress", 2), messageId: "boolean", data: { text: "TRUE" } },
        { row: 2, cell: cellOf("q4_progress", 2), messageId: "boolean", data: { text: "FALSE" } },
      ],
    },
    {
      name: "percent sign on text that is not a number",
      rows: [validRow({ q2_progress: "ครึ่ง%" })],
      errors: [{ row: 2, cell: cellOf("q2_progress", 2), messageId: "notANumber" }],
    },
  ],
});
