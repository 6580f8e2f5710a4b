// text-too-long: project names over 500 code points (not UTF-16 units).
import fc from "fast-check";
import { codePointCount, textTooLong } from "../../../src/core/rules/text-too-long";
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

describe("codePointCount", () => {
  it("counts as [...text].length does: pairs as one, lone surrogates as one each", () => {
    for (const text of ["", "ก", "😀", "a😀b", "\ud83d", "\ude00", "\ude00\ud83d", "\ud83d\ud83d\ude00", "x\ud83d"]) {
      expect(codePointCount(text)).toBe([...text].length);
    }
    const unit = fc.oneof(fc.constantFrom("\ud83d", "\ude00", "\udbff", "\udc00", "😀", "ก", "a"), fc.string());
    fc.assert(fc.property(fc.array(unit), (parts) => codePointCount(parts.join("")) === [...parts.join("")].length));
  });
});
