// formula-not-calculated: a project's required or numeric cell whose formula has no stored value; never read as blank.
import { formulaNotCalculated } from "../../../src/core/rules/formula-not-calculated";
import { printedCell, project, sheetRuleTester } from "../../helpers/printed-sheet";

const cellRange = (row: number, column: number) => ({ firstRow: row, firstColumn: column, lastRow: row, lastColumn: column });

sheetRuleTester(formulaNotCalculated, {
  valid: [
    { name: "no formulas", rows: [project("P1", 100, 10)] },
    {
      name: "formulas with their calculated values",
      rows: [project("P1", 100, 10)],
      layout: { formulas: [cellRange(2, 6), cellRange(2, 10)] },
    },
    {
      name: "an uncalculated budget code is no required or numeric cell",
      rows: [[...project("P1", 100, 10).slice(0, 4), null, ...project("P1", 100, 10).slice(5)]],
      layout: { formulas: [cellRange(2, 5)], uncalculated: [cellRange(2, 5)] },
    },
  ],
  invalid: [
    {
      name: "an uncalculated budget and department",
      rows: [[...project("P1", null, 10).slice(0, 2), null, ...project("P1", null, 10).slice(3)]],
      layout: { formulas: [cellRange(2, 3), cellRange(2, 6)], uncalculated: [cellRange(2, 3), cellRange(2, 6)] },
      errors: [
        { row: 2, cell: printedCell("department", 2), messageId: "notCalculated", data: { column: "department" } },
        { row: 2, cell: printedCell("budget", 2), messageId: "notCalculated", data: { column: "budget" } },
      ],
    },
    {
      name: "a column of uncalculated disbursements",
      rows: [project("P1", 100, null), project("P2", 100, null)],
      layout: { uncalculated: [{ firstRow: 2, firstColumn: 10, lastRow: 3, lastColumn: 10 }] },
      errors: [
        { row: 2, cell: printedCell("q1_disbursed", 2), messageId: "notCalculated" },
        { row: 3, cell: printedCell("q1_disbursed", 3), messageId: "notCalculated" },
      ],
    },
  ],
});
