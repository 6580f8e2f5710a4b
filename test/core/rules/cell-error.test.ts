// cell-error: Excel error values in any column, as error objects or as Office.js error text.
import { excelError } from "../../../src/core/cell";
import { cellError } from "../../../src/core/rules/cell-error";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(cellError, {
  valid: [
    { name: "a complete row", rows: [validRow()] },
    { name: "text that merely starts with #", rows: [validRow({ remarks: "#1 priority", project_name: "#N/A project" })] },
    { name: "blank and invalid cells are other rules' business", rows: [validRow({ budget: "abc", strategy: null })] },
  ],
  invalid: [
    {
      name: "#N/A object in strategy",
      rows: [validRow({ strategy: excelError("#N/A") })],
      errors: [{ row: 2, cell: cellOf("strategy", 2), messageId: "errorValue", data: { code: "#N/A", column: "strategy" } }],
    },
    {
      name: "error text as Office.js returns it, lower case and padded",
      rows: [validRow({ budget: " #div/0! " })],
      errors: [{ row: 2, cell: cellOf("budget", 2), messageId: "errorValue", data: { code: "#DIV/0!" } }],
    },
    {
      name: "errors in quarter columns, text columns and codes",
      rows: [
        validRow({
          project_id: excelError("#REF!"),
          q3_progress: excelError("#VALUE!"),
          q4_disbursed: excelError("#NUM!"),
          sub_plan: excelError("#NAME?"),
          fiscal_year: "#SPILL!",
          remarks: excelError("#CALC!"),
        }),
      ],
      errors: [
        { row: 2, cell: cellOf("project_id", 2), messageId: "errorValue", data: { code: "#REF!", column: "project_id" } },
        { row: 2, cell: cellOf("fiscal_year", 2), messageId: "errorValue", data: { code: "#SPILL!" } },
        { row: 2, cell: cellOf("sub_plan", 2), messageId: "errorValue", data: { code: "#NAME?" } },
        { row: 2, cell: cellOf("q3_progress", 2), messageId: "errorValue", data: { code: "#VALUE!", column: "q3_progress" } },
        { row: 2, cell: cellOf("q4_disbursed", 2), messageId: "errorValue", data: { code: "#NUM!", column: "q4_disbursed" } },
        { row: 2, cell: cellOf("remarks", 2), messageId: "errorValue", data: { code: "#CALC!" } },
      ],
    },
    {
      name: "only the row with the error",
      rows: [validRow(), validRow({ project_id: "P-002", department: "#NULL!" })],
      errors: [{ row: 3, cell: cellOf("department", 3), messageId: "errorValue", data: { code: "#NULL!" } }],
    },
  ],
});
