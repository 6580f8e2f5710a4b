// budget-invalid: a negative budget (e.g. `-5` or accounting `(5,000)`) makes no sense for a project.
import { defineRule } from "./define";

export const budgetInvalid = defineRule({
  id: "budget-invalid",
  meta: {
    severity: "error",
    description: { th: "งบประมาณติดลบ", en: "The budget is negative" },
  },
  messages: {
    negative: {
      th: "งบประมาณ {budget} บาท ติดลบ (กรอก 0 หากไม่มีงบประมาณ)",
      en: "Budget {budget} THB is negative (enter 0 for no budget)",
    },
  },
  check({ table }, report) {
    const budgets = table.resolved.budget;
    for (let at = 0; at < table.length; at++) {
      const budget = budgets[at];
      // NaN (no budget) fails `< 0`.
      if (budget < 0) report({ at, column: "budget", messageId: "negative", data: { budget } });
    }
  },
});
