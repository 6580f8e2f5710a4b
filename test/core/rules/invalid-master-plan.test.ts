// invalid-master-plan: `11`, `(11)`, `แผนแม่บทฯ ประเด็น 11 …`, names; 1–23 from the reference.
import { excelError } from "../../../src/core/cell";
import { Reference, loadDefaultReference } from "../../../src/core/reference";
import { invalidMasterPlan } from "../../../src/core/rules/invalid-master-plan";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const base = loadDefaultReference().data;
const fewerPlans = Reference.parse({
  ...base,
  master_plans: base.master_plans.filter((m) => m.code <= 11 || m.code === 20),
  sub_plans: base.sub_plans.filter((s) => s.master_plan <= 11),
});

ruleTester(invalidMasterPlan, {
  valid: [
    { name: "a plain number", rows: [validRow({ master_plan: 11 })] },
    { name: "in brackets", rows: [validRow({ master_plan: "(11)" })] },
    { name: "long Thai label with Thai digits", rows: [validRow({ master_plan: "แผนแม่บทฯ ประเด็น ๑๑ การพัฒนาศักยภาพคนตลอดช่วงชีวิต" })] },
    { name: "the Thai name", rows: [validRow({ master_plan: "การพัฒนาศักยภาพคนตลอดช่วงชีวิต" })] },
    { name: "23 is the last plan", rows: [validRow({ master_plan: 23 })] },
    { name: "blank and error are other rules'", rows: [validRow({ master_plan: "  " }), validRow({ master_plan: excelError("#REF!") })] },
  ],
  invalid: [
    {
      name: "24 and a bracketed 0",
      rows: [validRow({ master_plan: 24 }), validRow({ master_plan: "(0)" })],
      errors: [
        { row: 2, cell: cellOf("master_plan", 2), messageId: "unknownCode", data: { code: 24, allowed: "1–23" } },
        { row: 3, cell: cellOf("master_plan", 3), messageId: "unknownCode", data: { code: 0, text: "(0)" } },
      ],
    },
    {
      name: "a decimal, a boolean and an unknown name",
      rows: [validRow({ master_plan: 11.5 }), validRow({ master_plan: false }), validRow({ master_plan: "แผนแม่บทเรื่องอื่น" })],
      errors: [
        { row: 2, cell: cellOf("master_plan", 2), messageId: "notAnInteger", data: { text: "11.5" } },
        { row: 3, cell: cellOf("master_plan", 3), messageId: "boolean", data: { text: "FALSE" } },
        { row: 4, cell: cellOf("master_plan", 4), messageId: "unknownName", data: { text: "แผนแม่บทเรื่องอื่น" } },
      ],
    },
    {
      name: "a reference with gaps lists them",
      rows: [validRow({ master_plan: 15, strategy: 4 })],
      reference: fewerPlans,
      errors: [{ row: 2, cell: cellOf("master_plan", 2), messageId: "unknownCode", data: { code: 15, allowed: "1–11, 20" } }],
    },
  ],
});
