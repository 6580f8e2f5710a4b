// Messages name a column by its title in their own language; the finding's data keeps the column key.
import { loadDefaultReference } from "../../../src/core/reference";
import { Rule, runRule } from "../../../src/core/rules/define";
import { invalidNumber } from "../../../src/core/rules/invalid-number";
import { missingValue } from "../../../src/core/rules/missing-value";
import { makeRows, validRow } from "../../helpers/rows";

const reference = loadDefaultReference();
const run = (rule: Rule, rows: ReturnType<typeof validRow>[]) =>
  runRule(rule, { rows: makeRows(rows), reference, fiscalYear: 2569, quarter: 1 });

describe("column titles in messages", () => {
  it("missing-value says which column in Thai and in English", () => {
    const [f] = run(missingValue, [validRow({ department: null })]);
    expect(f.data.column).toBe("department");
    expect(f.message.th).toBe("ไม่ได้กรอก หน่วยงาน");
    expect(f.message.en).toBe("Department is blank");
  });

  it("invalid-number names a quarter's column by its title", () => {
    const [f] = run(invalidNumber, [validRow({ q1_disbursed: "ครึ่งหนึ่ง" })]);
    expect(f.message.th).toContain("เบิกจ่าย ไตรมาส 1 (บาท)");
    expect(f.message.en).toContain("Q1 disbursed (THB)");
    expect(f.message.th).not.toContain("q1_disbursed");
  });
});
