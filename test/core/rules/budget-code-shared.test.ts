// budget-code-shared: one budget code on different projects; every later row with another id.
import { budgetCodeShared } from "../../../src/core/rules/budget-code-shared";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const A = "11111111111111111111";
const B = "22222222222222222222";

ruleTester(budgetCodeShared, {
  valid: [
    { name: "different codes", rows: [validRow({ budget_code: A }), validRow({ project_id: "P-002", budget_code: B })] },
    { name: "same id twice is duplicate-project-id's", rows: [validRow({ budget_code: A }), validRow({ project_id: "p-001 ", budget_code: A })] },
    { name: "blank codes", rows: [validRow({ budget_code: null }), validRow({ project_id: "P-002", budget_code: null })] },
    { name: "blank ids cannot be compared", rows: [validRow({ budget_code: A }), validRow({ project_id: null, budget_code: A })] },
  ],
  invalid: [
    {
      name: "a copied code on a second project",
      rows: [validRow({ budget_code: A }), validRow({ project_id: "P-002", budget_code: A })],
      errors: [
        {
          row: 3,
          cell: cellOf("budget_code", 3),
          messageId: "shared",
          data: { code: A, firstId: "P-001", firstRow: 2, firstFile: "test.xlsx", firstSheet: "Tracker" },
        },
      ],
    },
    {
      name: "codes compared after stripping separators and Thai digits",
      rows: [
        validRow({ budget_code: "1111-1111-1111-1111-1111" }),
        validRow({ project_id: "P-002", budget_code: "๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑๑" }),
        validRow({ project_id: "P-001", budget_code: A }),
        validRow({ project_id: "P-003", budget_code: "1111 1111 1111 1111 1111" }),
      ],
      errors: [
        { row: 3, cell: cellOf("budget_code", 3), messageId: "shared", data: { code: A, firstId: "P-001" } },
        { row: 5, cell: cellOf("budget_code", 5), messageId: "shared", data: { code: A, firstRow: 2 } },
      ],
    },
  ],
});
