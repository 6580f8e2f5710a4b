// linkage-mismatch: master plan must sit under the strategy, per the reference's linkage table.
import { Reference, loadDefaultReference } from "../../../src/core/reference";
import { linkageMismatch } from "../../../src/core/rules/linkage-mismatch";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const base = loadDefaultReference().data;
const plan11UnderTwo = Reference.parse({
  ...base,
  master_plans: base.master_plans.map((m) => (m.code === 11 ? { ...m, strategies: [3, 2] } : m)),
});

ruleTester(linkageMismatch, {
  valid: [
    { name: "plan 11 under strategy 3", rows: [validRow({ strategy: 3, master_plan: 11 })] },
    { name: "plan 6 is shared by strategies 2, 4 and 5", rows: [validRow({ strategy: 5, master_plan: 6, sub_plan: null })] },
    { name: "Thai spellings of both", rows: [validRow({ strategy: "ยุทธศาสตร์ที่ ๓", master_plan: "(๑๑)" })] },
    { name: "unresolved codes are other rules'", rows: [validRow({ strategy: 9, master_plan: 11 }), validRow({ strategy: 3, master_plan: null })] },
    { name: "the reference can add a link", rows: [validRow({ strategy: 2, master_plan: 11 })], reference: plan11UnderTwo },
  ],
  invalid: [
    {
      name: "plan 11 under strategy 2",
      rows: [validRow({ strategy: 2, master_plan: 11 })],
      errors: [{ row: 2, cell: cellOf("master_plan", 2), messageId: "notLinked", data: { plan: 11, strategy: 2, allowed: "3" } }],
    },
    {
      name: "strategy by name, plan 6 not under strategy 1",
      rows: [validRow({ strategy: "ด้านความมั่นคง", master_plan: "แผนแม่บทฯ ประเด็น 6", sub_plan: null })],
      errors: [{ row: 2, cell: cellOf("master_plan", 2), messageId: "notLinked", data: { plan: 6, strategy: 1, allowed: "2, 4, 5" } }],
    },
  ],
});
