// progress-decreasing: progress is cumulative, so a quarter below an earlier quarter is suspect.
import { defineRule } from "./define";

function inRange(value: number | undefined): value is number {
  return value !== undefined && value >= 0 && value <= 100;
}

export const progressDecreasing = defineRule({
  id: "progress-decreasing",
  meta: {
    severity: "warning",
    description: {
      th: "ความก้าวหน้าลดลงจากไตรมาสก่อน (ความก้าวหน้าเป็นค่าสะสม)",
      en: "A quarter's progress is below an earlier quarter's (progress is cumulative)",
    },
  },
  messages: {
    decreased: {
      th: "ความก้าวหน้าไตรมาส {quarter} ({value}%) ต่ำกว่าไตรมาส {earlierQuarter} ({earlier}%) ทั้งที่เป็นค่าสะสม",
      en: "Q{quarter} progress ({value}%) is below Q{earlierQuarter} ({earlier}%) although progress is cumulative",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      // Out-of-range values are progress-out-of-range's; comparing against them would double-report.
      let highest: { quarter: number; value: number } | undefined;
      row.resolved.progress.forEach((value, i) => {
        if (!inRange(value)) return;
        if (highest && value < highest.value) {
          report({
            row,
            field: row.fields.progress[i],
            messageId: "decreased",
            data: { quarter: i + 1, value, earlierQuarter: highest.quarter, earlier: highest.value },
          });
        }
        if (!highest || value > highest.value) highest = { quarter: i + 1, value };
      });
    }
  },
});
