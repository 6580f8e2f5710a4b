// progress-decreasing: cumulative progress should never fall below an earlier quarter's.
import { progressDecreasing } from "../../../src/core/rules/progress-decreasing";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(progressDecreasing, {
  valid: [
    { name: "rising progress", rows: [validRow({ q1_progress: 25, q2_progress: 50, q3_progress: 75, q4_progress: 100 })] },
    { name: "flat progress", rows: [validRow({ q1_progress: 40, q2_progress: 40 })] },
    { name: "gaps are fine", rows: [validRow({ q1_progress: 20, q2_progress: null, q3_progress: 60 })] },
    { name: "same value in two formats", rows: [validRow({ q1_progress: "45%", q2_progress: { v: 0.45, f: "0%" } })] },
    { name: "an out-of-range earlier value is not compared", rows: [validRow({ q1_progress: 150, q2_progress: 50 })] },
  ],
  invalid: [
    {
      name: "Q2 below Q1",
      rows: [validRow({ q1_progress: 50, q2_progress: 30 })],
      errors: [
        { row: 2, cell: cellOf("q2_progress", 2), messageId: "decreased", data: { quarter: 2, value: 30, earlierQuarter: 1, earlier: 50 } },
      ],
    },
    {
      name: "compared with the highest earlier quarter, across a gap",
      rows: [validRow({ q1_progress: 60, q2_progress: null, q3_progress: 40, q4_progress: 50 })],
      errors: [
        { row: 2, cell: cellOf("q3_progress", 2), messageId: "decreased", data: { quarter: 3, earlierQuarter: 1, earlier: 60 } },
        { row: 2, cell: cellOf("q4_progress", 2), messageId: "decreased", data: { quarter: 4, value: 50, earlier: 60 } },
      ],
    },
    {
      name: "percent formats mixed: 0.8 formatted as percent then 70",
      rows: [validRow({ q1_progress: { v: 0.8, f: "0%" }, q2_progress: 70 })],
      errors: [{ row: 2, cell: cellOf("q2_progress", 2), messageId: "decreased", data: { value: 70, earlier: 80 } }],
    },
  ],
});
