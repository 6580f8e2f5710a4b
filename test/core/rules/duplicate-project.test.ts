// duplicate-project: same folded name + department + fiscal year under a different id.
import { duplicateProject } from "../../../src/core/rules/duplicate-project";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const NAME = "โครงการพัฒนาทักษะแรงงาน";

ruleTester(duplicateProject, {
  valid: [
    { name: "same name in another department", rows: [validRow(), validRow({ project_id: "P-002", department: "DSD" })] },
    { name: "same name in another fiscal year", rows: [validRow(), validRow({ project_id: "P-002", fiscal_year: 2570 })] },
    { name: "different names", rows: [validRow(), validRow({ project_id: "P-002", project_name: `${NAME} ระยะที่ 2` })] },
    { name: "same id again is duplicate-project-id's", rows: [validRow(), validRow()] },
    { name: "a blank id is missing-value's", rows: [validRow(), validRow({ project_id: null })] },
    { name: "fiscal year unreadable: nothing to compare", rows: [validRow({ fiscal_year: "abc" }), validRow({ project_id: "P-002", fiscal_year: "abc" })] },
  ],
  invalid: [
    {
      name: "a second id for the same project",
      rows: [validRow(), validRow({ project_id: "P-002" })],
      errors: [
        {
          row: 3,
          cell: cellOf("project_name", 3),
          messageId: "duplicate",
          data: { name: NAME, id: "P-002", firstId: "P-001", firstRow: 2, firstFile: "test.xlsx", firstSheet: "Tracker" },
        },
      ],
    },
    {
      name: "name spacing and case, department spelling, CE year and Thai-digit year all fold together",
      rows: [
        validRow({ project_name: "Skills  Training Project", department: "DOE", fiscal_year: 2569 }),
        validRow({ project_id: "P-002", project_name: " skills training\u00a0PROJECT", department: "กกจ.", fiscal_year: 2026 }),
        validRow({ project_id: "P-003", project_name: "SKILLS TRAINING PROJECT", department: "กรมการจัดหางาน", fiscal_year: "๒๕๖๙" }),
      ],
      errors: [
        { row: 3, cell: cellOf("project_name", 3), messageId: "duplicate", data: { id: "P-002", firstRow: 2 } },
        { row: 4, cell: cellOf("project_name", 4), messageId: "duplicate", data: { id: "P-003", firstRow: 2 } },
      ],
    },
    {
      name: "an unknown department still groups by its folded text",
      rows: [validRow({ department: "กรมใหม่" }), validRow({ project_id: "P-002", department: " กรมใหม่ " })],
      errors: [{ row: 3, cell: cellOf("project_name", 3), messageId: "duplicate", data: { firstId: "P-001" } }],
    },
    {
      name: "a repeated id inside the group is flagged once, by the other rule",
      rows: [validRow(), validRow({ project_id: "P-002" }), validRow({ project_id: "P-002" }), validRow({ project_id: "P-003" })],
      errors: [
        { row: 3, cell: cellOf("project_name", 3), messageId: "duplicate", data: { id: "P-002" } },
        { row: 5, cell: cellOf("project_name", 5), messageId: "duplicate", data: { id: "P-003", firstRow: 2 } },
      ],
    },
  ],
});
