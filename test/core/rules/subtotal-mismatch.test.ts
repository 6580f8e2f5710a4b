// subtotal-mismatch: a total row's money cells against the three sums SPEC §3 allows; text and errors named, uncalculated skipped.
import { excelError } from "../../../src/core/cell";
import { subtotalMismatch } from "../../../src/core/rules/subtotal-mismatch";
import { printedCell, project, sheetRuleTester, totalRow } from "../../helpers/printed-sheet";

const section = (text: string) => [text];

sheetRuleTester(subtotalMismatch, {
  valid: [
    {
      name: "a subtotal equal to the projects above it",
      rows: [project("P1", 100, 10), project("P2", 200, 20), totalRow("รวม กกจ.", 300, 30)],
    },
    {
      name: "subtotals per department, then a grand total of all projects",
      rows: [
        section("กลุ่มภารกิจด้านพัฒนากำลังแรงงาน"),
        project("P1", 100, 10),
        totalRow("รวม กกจ.", 100, 10),
        project("P2", 200.5, 20, "กพร."),
        project("P3", 0.25, null, "กพร."),
        totalRow("รวม กพร.", 200.75, 20),
        totalRow("รวมทั้งสิ้น", 300.75, 30),
      ],
    },
    {
      name: "a cluster total after its departments' subtotals sums since the section row",
      rows: [
        section("กลุ่มที่ 1"),
        project("P1", 100, 10),
        totalRow("รวม กกจ.", 100, 10),
        project("P2", 50, 5, "กพร."),
        totalRow("รวม กพร.", 50, 5),
        totalRow("รวมกลุ่มที่ 1", 150, 15),
        section("กลุ่มที่ 2"),
        project("P3", 7, 1, "สปส."),
        totalRow("รวม สปส.", 7, 1),
        totalRow("Grand total", 157, 16),
      ],
    },
    { name: "a total above the first project has nothing to add up", rows: [totalRow("รวมทั้งสิ้น", 999, 9), project("P1", 100, 10)] },
    { name: "a blank total cell is not compared", rows: [project("P1", 100, 10), totalRow("รวม", null, 10)] },
    {
      name: "a total whose formulas were never calculated is not compared",
      rows: [project("P1", 100, 10), totalRow("รวม", null, null)],
      layout: { uncalculated: [{ firstRow: 3, firstColumn: 6, lastRow: 3, lastColumn: 10 }] },
    },
  ],
  invalid: [
    {
      name: "a SUM that misses the department's last project",
      rows: [project("P1", 100, 10), project("P2", 200, 20), project("P3", 50, 5), totalRow("รวม กกจ.", 300, 30)],
      errors: [
        { row: 5, cell: printedCell("budget", 5), messageId: "mismatch", data: { column: "budget", total: 300, sum: 350, rows: "2–4" } },
        { row: 5, cell: printedCell("q1_disbursed", 5), messageId: "mismatch", data: { column: "q1_disbursed", total: 30, sum: 35 } },
      ],
    },
    {
      name: "a grand total that matches no sum names all the projects above it",
      rows: [project("P1", 100, 10), totalRow("รวม กกจ.", 100, 10), project("P2", 5, 1, "กพร."), totalRow("รวม กพร.", 5, 1), totalRow("รวมทั้งสิ้น", 104, 11)],
      errors: [{ row: 6, cell: printedCell("budget", 6), messageId: "mismatch", data: { total: 104, sum: 105, rows: "2–4" } }],
    },
    {
      name: "text and an error value in money cells are named, not compared",
      rows: [project("P1", 100, 10), totalRow("รวม", "ดูเอกสารแนบ", excelError("#REF!"))],
      errors: [
        { row: 3, cell: printedCell("budget", 3), messageId: "notANumber", data: { column: "budget", text: "ดูเอกสารแนบ" } },
        { row: 3, cell: printedCell("q1_disbursed", 3), messageId: "notANumber", data: { text: "#REF!" } },
      ],
    },
  ],
});
