// disbursed-invalid: a quarter's disbursement is negative.
import { defineRule } from "./define";

export const disbursedInvalid = defineRule({
  id: "disbursed-invalid",
  meta: {
    severity: "error",
    description: { th: "ผลการเบิกจ่ายติดลบ", en: "A disbursement is negative" },
  },
  messages: {
    negative: {
      th: "ผลการเบิกจ่ายไตรมาส {quarter} = {value} บาท ติดลบ",
      en: "Q{quarter} disbursement {value} THB is negative",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      row.resolved.disbursed.forEach((value, i) => {
        if (value === undefined || value >= 0) return;
        report({ row, field: row.fields.disbursed[i], messageId: "negative", data: { quarter: i + 1, value } });
      });
    }
  },
});
