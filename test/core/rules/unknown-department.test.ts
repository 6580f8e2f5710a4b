// unknown-department: any spelling of a reference department is known; anything else is not.
import { excelError } from "../../../src/core/cell";
import { unknownDepartment } from "../../../src/core/rules/unknown-department";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

ruleTester(unknownDepartment, {
  valid: [
    {
      name: "code, Thai name, abbreviation with and without dots, English name in any case",
      rows: [
        validRow({ department: "DOE" }),
        validRow({ project_id: "2", department: "กรมพัฒนาฝีมือแรงงาน" }),
        validRow({ project_id: "3", department: "กสร." }),
        validRow({ project_id: "4", department: "สป รง" }),
        validRow({ project_id: "5", department: "social security office" }),
        validRow({ project_id: "6", department: "sso" }),
      ],
    },
    { name: "name with abbreviation in brackets", rows: [validRow({ department: "กรมการจัดหางาน (กกจ.)" })] },
    { name: "blank is missing-value's, error is cell-error's", rows: [validRow({ department: null }), validRow({ department: excelError("#N/A") })] },
  ],
  invalid: [
    {
      name: "a department of another ministry",
      rows: [validRow({ department: "กรมการปกครอง" })],
      errors: [{ row: 2, cell: cellOf("department", 2), messageId: "unknown", data: { text: "กรมการปกครอง" } }],
    },
    {
      name: "a typo and a number",
      rows: [validRow({ department: "DOEE" }), validRow({ project_id: "2", department: 42 })],
      errors: [
        { row: 2, cell: cellOf("department", 2), messageId: "unknown", data: { text: "DOEE" } },
        { row: 3, cell: cellOf("department", 3), messageId: "unknown", data: { text: "42" } },
      ],
    },
  ],
});
