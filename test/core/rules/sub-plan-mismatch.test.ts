// sub-plan-mismatch: format (MMSS / MMSSTT), master-plan prefix, and the reference's listed sub-plans.
import { excelError } from "../../../src/core/cell";
import { subPlanMismatch } from "../../../src/core/rules/sub-plan-mismatch";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(subPlanMismatch, {
  valid: [
    { name: "a listed sub-plan", rows: [validRow({ master_plan: 11, sub_plan: "1104" })] },
    { name: "a 6-digit target under a listed sub-plan", rows: [validRow({ sub_plan: "110401" })] },
    { name: "separators and Thai digits", rows: [validRow({ sub_plan: "๑๑-๐๔" }), validRow({ project_id: "2", sub_plan: "11.04.01" })] },
    { name: "a number", rows: [validRow({ sub_plan: 1104 })] },
    { name: "a code with its name after it", rows: [validRow({ sub_plan: "1104 การพัฒนาและยกระดับศักยภาพแรงงาน" })] },
    { name: "a number losing its leading zero is padded (plan 1)", rows: [validRow({ strategy: 1, master_plan: 1, sub_plan: 101 })] },
    { name: "plans the reference does not enumerate accept any MMSS", rows: [validRow({ strategy: 4, master_plan: 15, sub_plan: "1599" })] },
    { name: "blank, or an error value (cell-error's)", rows: [validRow({ sub_plan: null }), validRow({ sub_plan: excelError("#N/A") })] },
    { name: "no plan checks when the master plan is unresolved", rows: [validRow({ master_plan: 99, sub_plan: "0101" })] },
  ],
  invalid: [
    {
      name: "wrong length",
      rows: [validRow({ sub_plan: "110" }), validRow({ sub_plan: "11040" }), validRow({ sub_plan: "1104011" })],
      errors: [
        { row: 2, cell: cellOf("sub_plan", 2), messageId: "badFormat", data: { text: "110" } },
        { row: 3, cell: cellOf("sub_plan", 3), messageId: "badFormat", data: { text: "11040" } },
        { row: 4, cell: cellOf("sub_plan", 4), messageId: "badFormat", data: { text: "1104011" } },
      ],
    },
    {
      name: "text without a code, a boolean and a decimal",
      rows: [validRow({ sub_plan: "แผนย่อยแรงงาน" }), validRow({ sub_plan: true }), validRow({ sub_plan: 1104.5 })],
      errors: [
        { row: 2, cell: cellOf("sub_plan", 2), messageId: "badFormat", data: { text: "แผนย่อยแรงงาน" } },
        { row: 3, cell: cellOf("sub_plan", 3), messageId: "badFormat", data: { text: "TRUE" } },
        { row: 4, cell: cellOf("sub_plan", 4), messageId: "badFormat", data: { text: "1104.5" } },
      ],
    },
    {
      name: "first two digits are another plan",
      rows: [validRow({ master_plan: 11, sub_plan: "1601" }), validRow({ strategy: 1, master_plan: "(1)", sub_plan: "1101" })],
      errors: [
        { row: 2, cell: cellOf("sub_plan", 2), messageId: "wrongPlan", data: { subPlan: "1601", plan: 11, expected: "11" } },
        { row: 3, cell: cellOf("sub_plan", 3), messageId: "wrongPlan", data: { subPlan: "1101", plan: 1, expected: "01" } },
      ],
    },
    {
      name: "not among the listed sub-plans",
      rows: [validRow({ sub_plan: "1199" }), validRow({ sub_plan: "119901" })],
      errors: [
        { row: 2, cell: cellOf("sub_plan", 2), messageId: "notListed", data: { subPlan: "1199", plan: 11, listed: "1101, 1102, 1103, 1104, 1105" } },
        { row: 3, cell: cellOf("sub_plan", 3), messageId: "notListed", data: { subPlan: "119901" } },
      ],
    },
  ],
});
