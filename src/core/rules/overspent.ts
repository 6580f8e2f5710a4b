// overspent: cumulative disbursement through some quarter exceeds the project's budget.
import { defineRule } from "./define";
import { COLUMN_KEYS } from "../tracker/columns";
import { COL } from "../table/row-table";

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
  check({ table }, report) {
    const budgets = table.resolved.budget;
    const disbursed = table.resolved.disbursed;
    for (let at = 0; at < table.length; at++) {
      const budget = budgets[at];
      // NaN (no budget) and a negative budget are other rules' findings.
      if (budget !== budget || budget < 0) continue;
      const budgetSatang = satang(budget);
      let cumulative = 0;
      // Blank quarters (NaN) count as 0, as in the figures; one finding per row, at the first quarter over.
      for (let i = 0; i < disbursed.length; i++) {
        const amount = disbursed[i][at];
        if (amount === amount) cumulative += amount;
        // satang() never reverses an order, so a sum not above the budget cannot be above it in satang.
        if (cumulative > budget && satang(cumulative) > budgetSatang) {
          report({
            at,
            column: COLUMN_KEYS[COL.q1_disbursed + i],
            messageId: "exceeded",
            data: { through: i + 1, cumulative: satang(cumulative) / 100, budget },
          });
          break;
        }
      }
    }
  },
});
