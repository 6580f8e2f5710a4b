// overspent: cumulative disbursement through some quarter exceeds the project's budget.
import { defineRule } from "./define";

/** Money compared in whole satang, so sums like 0.1 + 0.2 do not overspend by float noise. */
function satang(baht: number): number {
  return Math.round(baht * 100);
}

export const overspent = defineRule({
  id: "overspent",
  meta: {
    severity: "error",
    description: {
      th: "ผลการเบิกจ่ายสะสมเกินงบประมาณ",
      en: "Cumulative disbursement exceeds the budget",
    },
  },
  messages: {
    exceeded: {
      th: "เบิกจ่ายสะสมถึงไตรมาส {through} รวม {cumulative} บาท เกินงบประมาณ {budget} บาท",
      en: "Disbursement through Q{through} totals {cumulative} THB, above the budget of {budget} THB",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      const budget = row.resolved.budget;
      if (budget === undefined || budget < 0) continue;
      let cumulative = 0;
      // Blank quarters count as 0, as in the figures; one finding per row, at the first quarter over.
      for (let i = 0; i < row.resolved.disbursed.length; i++) {
        cumulative += row.resolved.disbursed[i] ?? 0;
        if (satang(cumulative) > satang(budget)) {
          report({
            row,
            field: row.fields.disbursed[i],
            messageId: "exceeded",
            data: { through: i + 1, cumulative: satang(cumulative) / 100, budget },
          });
          break;
        }
      }
    }
  },
});
