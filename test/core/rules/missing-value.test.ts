// missing-value: required blanks, budget for annual projects, budget code when budget > 0.
import { missingValue } from "../../../src/core/rules/missing-value";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(missingValue, {
  valid: [
    { name: "a complete annual row", rows: [validRow()] },
    { name: "budget 0 needs no budget code", rows: [validRow({ budget: 0, budget_code: null })] },
    { name: "a big_rock project needs no budget", rows: [validRow({ project_type: "Big Rock", budget: null, budget_code: null, reform_area: 13 })] },
    { name: "whitespace-only optional cells", rows: [validRow({ remarks: "   ", division: "\u00a0" })] },
  ],
  invalid: [
    {
      name: "blank project id and name",
      rows: [validRow({ project_id: null, project_name: "  " })],
      errors: [
        { row: 2, cell: cellOf("project_id", 2), messageId: "missing", data: { column: "project_id" } },
        { row: 2, cell: cellOf("project_name", 2), messageId: "missing", data: { column: "project_name" } },
      ],
    },
    {
      name: "zero-width only department counts as blank",
      rows: [validRow({ department: "\u200b" })],
      errors: [{ row: 2, cell: cellOf("department", 2), messageId: "missing" }],
    },
    {
      name: "annual project without budget",
      rows: [validRow({ budget: null })],
      errors: [{ row: 2, cell: cellOf("budget", 2), messageId: "budgetMissing" }],
    },
    {
      name: "annual project with budget but no budget code",
      rows: [validRow(), validRow({ project_id: "P-002", budget_code: "" })],
      errors: [{ row: 3, cell: cellOf("budget_code", 3), messageId: "budgetCodeMissing" }],
    },
    {
      name: "fiscal year, strategy and master plan blank (a lone dash is blank)",
      rows: [validRow({ fiscal_year: null, strategy: null, master_plan: "-" })],
      errors: [
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "missing" },
        { row: 2, cell: cellOf("strategy", 2), messageId: "missing" },
        { row: 2, cell: cellOf("master_plan", 2), messageId: "missing" },
      ],
    },
  ],
});
