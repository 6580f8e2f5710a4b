// linkage-mismatch: the master plan must belong to the given strategy in the reference.
import { defineRule } from "./define";

export const linkageMismatch = defineRule({
  id: "linkage-mismatch",
  meta: {
    severity: "error",
    description: {
      th: "แผนแม่บทฯ ไม่อยู่ภายใต้ยุทธศาสตร์ชาติที่ระบุ",
      en: "The master plan is not linked to the given national strategy",
    },
  },
  messages: {
    notLinked: {
      th: "แผนแม่บทฯ ประเด็นที่ {plan} ไม่อยู่ภายใต้ยุทธศาสตร์ชาติที่ {strategy} (อยู่ภายใต้ยุทธศาสตร์ที่ {allowed})",
      en: "Master plan {plan} is not under national strategy {strategy} (it is under strategy {allowed})",
    },
  },
  check({ rows, reference }, report) {
    for (const row of rows) {
      const { strategy, masterPlan } = row.resolved;
      if (strategy === undefined || masterPlan === undefined) continue;
      const plan = reference.masterPlan(masterPlan);
      if (!plan || plan.strategies.includes(strategy)) continue;
      report({
        row,
        field: row.fields.master_plan,
        messageId: "notLinked",
        data: { plan: masterPlan, strategy, allowed: plan.strategies.join(", ") || "-" },
      });
    }
  },
});
