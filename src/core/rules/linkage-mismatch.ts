// linkage-mismatch: the master plan must belong to the given strategy in the reference.
import { defineRule } from "./define";
import { cachedByNumber } from "./support";

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
  check({ table, reference }, report) {
    const strategies = table.resolved.strategy;
    const masterPlans = table.resolved.masterPlan;
    const planOf = cachedByNumber((code) => reference.masterPlan(code));
    for (let at = 0; at < table.length; at++) {
      const strategy = strategies[at];
      const masterPlan = masterPlans[at];
      // NaN stands for "did not resolve": that is another rule's finding.
      if (strategy !== strategy || masterPlan !== masterPlan) continue;
      const plan = planOf(masterPlan);
      if (!plan || plan.strategies.includes(strategy)) continue;
      report({
        at,
        column: "master_plan",
        messageId: "notLinked",
        data: { plan: masterPlan, strategy, allowed: plan.strategies.join(", ") || "-" },
      });
    }
  },
});
