// progress-out-of-range: cumulative progress is a percentage and must lie within 0–100.
import { defineRule } from "./define";

export const progressOutOfRange = defineRule({
  id: "progress-out-of-range",
  meta: {
    severity: "error",
    description: { th: "ความก้าวหน้าต้องอยู่ระหว่าง 0–100%", en: "A progress value is below 0 or above 100" },
  },
  messages: {
    outOfRange: {
      th: "ความก้าวหน้าไตรมาส {quarter} = {value}% ต้องอยู่ระหว่าง 0 ถึง 100",
      en: "Q{quarter} progress {value}% must be between 0 and 100",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      row.resolved.progress.forEach((value, i) => {
        if (value === undefined || (value >= 0 && value <= 100)) return;
        report({ row, field: row.fields.progress[i], messageId: "outOfRange", data: { quarter: i + 1, value } });
      });
    }
  },
});
