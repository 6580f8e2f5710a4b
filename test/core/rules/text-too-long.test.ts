// text-too-long: project names over 500 code points (not UTF-16 units).
import { textTooLong } from "../../../src/core/rules/text-too-long";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const thai = (n: number) => "ก".repeat(n);

ruleTester(textTooLong, {
  valid: [
    { name: "exactly 500 characters", rows: [validRow({ project_name: thai(500) })] },
    { name: "500 emoji are 1000 UTF-16 units but 500 characters", rows: [validRow({ project_name: "😀".repeat(500) })] },
    { name: "surrounding spaces are trimmed before counting", rows: [validRow({ project_name: `  ${thai(500)}\u00a0` })] },
    { name: "blank", rows: [validRow({ project_name: null })] },
  ],
  invalid: [
    {
      name: "501 Thai characters",
      rows: [validRow({ project_name: thai(501) })],
      errors: [{ row: 2, cell: cellOf("project_name", 2), messageId: "tooLong", data: { length: 501, max: 500 } }],
    },
    {
      name: "501 emoji",
      rows: [validRow({ project_name: "😀".repeat(501) })],
      errors: [{ row: 2, cell: cellOf("project_name", 2), messageId: "tooLong", data: { length: 501 } }],
    },
  ],
});
