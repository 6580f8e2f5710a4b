// progress-out-of-range: each quarter's progress in percent units must be within 0–100.
import { progressOutOfRange } from "../../../src/core/rules/progress-out-of-range";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(progressOutOfRange, {
  valid: [
    { name: "0 and 100 are allowed", rows: [validRow({ q1_progress: 0, q2_progress: 100 })] },
    { name: "a percent-formatted fraction 1 is 100%", rows: [validRow({ q1_progress: { v: 1, f: "0%" } })] },
    { name: "text percentages and Thai digits", rows: [validRow({ q1_progress: "45%", q2_progress: "๑๐๐ %", q3_progress: "99.5" })] },
    { name: "blank and text are other rules'", rows: [validRow({ q1_progress: null, q2_progress: "abc" })] },
  ],
  invalid: [
    {
      name: "above 100 and below 0 in different quarters",
      rows: [validRow({ q1_progress: 120, q3_progress: -5 })],
      errors: [
        { row: 2, cell: cellOf("q1_progress", 2), messageId: "outOfRange", data: { quarter: 1, value: 120 } },
        { row: 2, cell: cellOf("q3_progress", 2), messageId: "outOfRange", data: { quarter: 3, value: -5 } },
      ],
    },
    {
      name: "a percent-formatted 45 means 4500%",
      rows: [validRow({ q2_progress: { v: 45, f: "0.00%" } })],
      errors: [{ row: 2, cell: cellOf("q2_progress", 2), messageId: "outOfRange", data: { quarter: 2, value: 4500 } }],
    },
    {
      name: "text over 100",
      rows: [validRow({ q4_progress: "150%" })],
      errors: [{ row: 2, cell: cellOf("q4_progress", 2), messageId: "outOfRange", data: { quarter: 4, value: 150 } }],
    },
  ],
});
