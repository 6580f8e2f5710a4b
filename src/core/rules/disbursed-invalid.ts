// disbursed-invalid: a quarter's disbursement is negative.
import { defineRule } from "./define";
import { disbursedKey, QUARTERS } from "../tracker/columns";

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
  check({ table }, report) {
    const byQuarter = table.resolved.disbursed;
    const [q1, q2, q3, q4] = byQuarter;
    for (let at = 0; at < table.length; at++) {
      // NaN (blank or unreadable) fails `< 0`; one test per row settles the common case of no negative at all.
      if (!(q1[at] < 0 || q2[at] < 0 || q3[at] < 0 || q4[at] < 0)) continue;
      for (const quarter of QUARTERS) {
        const value = byQuarter[quarter - 1][at];
        if (value < 0)
          report({
            at,
            column: disbursedKey(quarter),
            messageId: "negative",
            data: { quarter, value },
          });
      }
    }
  },
});
