// budget-code-format: digits after stripping separators must match the pattern; numbers lose digits.
import { excelError } from "../../../src/core/cell";
import { Reference, loadDefaultReference } from "../../../src/core/reference";
import fc from "fast-check";
import { budgetCodeFormat, budgetCodeTest } from "../../../src/core/rules/budget-code-format";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const CODE = "12345678901234567890";
const tenDigits = Reference.parse({ ...loadDefaultReference().data, budget_code_pattern: "^[0-9]{10}$" });

ruleTester(budgetCodeFormat, {
  valid: [
    { name: "20 digits as text", rows: [validRow({ budget_code: CODE })] },
    { name: "with spaces, dashes, dots and slashes", rows: [validRow({ budget_code: "12345 6789-0123.4567/890" })] },
    { name: "Thai digits", rows: [validRow({ budget_code: "๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐" })] },
    { name: "blank and error are other rules'", rows: [validRow({ budget_code: null }), validRow({ budget_code: excelError("#N/A") })] },
    { name: "a 10-digit number under a 10-digit pattern", rows: [validRow({ budget_code: 1234567890 })], reference: tenDigits },
  ],
  invalid: [
    {
      name: "too short, too long, and letters",
      rows: [validRow({ budget_code: "1234" }), validRow({ budget_code: `${CODE}1` }), validRow({ budget_code: "12345678901234567A90" })],
      errors: [
        { row: 2, cell: cellOf("budget_code", 2), messageId: "badFormat", data: { text: "1234", digits: 4 } },
        { row: 3, cell: cellOf("budget_code", 3), messageId: "badFormat", data: { digits: 21 } },
        { row: 4, cell: cellOf("budget_code", 4), messageId: "badFormat", data: { text: "12345678901234567A90" } },
      ],
    },
    {
      name: "a 20-digit code stored as a number has lost digits even if 20 remain",
      rows: [validRow({ budget_code: 12345678901234567000 })],
      errors: [{ row: 2, cell: cellOf("budget_code", 2), messageId: "precisionLost" }],
    },
    {
      name: "a safe integer that is too short is a format problem",
      rows: [validRow({ budget_code: 123456789 })],
      errors: [{ row: 2, cell: cellOf("budget_code", 2), messageId: "badFormat", data: { text: "123456789", digits: 9 } }],
    },
    {
      name: "booleans and decimals",
      rows: [validRow({ budget_code: true }), validRow({ budget_code: 1.5 })],
      errors: [
        { row: 2, cell: cellOf("budget_code", 2), messageId: "badFormat", data: { text: "TRUE" } },
        { row: 3, cell: cellOf("budget_code", 3), messageId: "badFormat", data: { text: "1.5" } },
      ],
    },
    {
      name: "the reference pattern decides",
      rows: [validRow({ budget_code: CODE })],
      reference: tenDigits,
      errors: [{ row: 2, cell: cellOf("budget_code", 2), messageId: "badFormat", data: { digits: 20 } }],
    },
  ],
});

describe("budgetCodeTest", () => {
  it("answers as the pattern's own test does, for digit-count patterns and others", () => {
    const patterns = ["^[0-9]{20}$", "^\\d{20}$", "^\\d{3}$", "^[0-9]{0}$", "^[0-9]{20}", "[0-9]{20}$", "^\\d{2,4}$", "^(\\d{4})$", "^[0-9A]{2}$"];
    const flagged = [new RegExp("^[0-9]{2}$", "m"), new RegExp("^\\d{2}$", "i")];
    const code = fc.oneof(
      fc.stringMatching(/^[0-9]{0,22}$/),
      fc.constantFrom("12\n", "12\n34", "\n12", "๑๒", "1A", "A1", "0".repeat(20), "0".repeat(20) + "\n"),
      fc.string(),
    );
    for (const pattern of [...patterns.map((p) => new RegExp(p)), ...flagged]) {
      const test = budgetCodeTest(pattern);
      fc.assert(fc.property(code, (c) => test(c) === pattern.test(c)));
    }
  });
});
