// progress-decreasing: progress is cumulative, so a quarter below an earlier quarter is suspect.
import { defineRule } from "./define";
import { COLUMN_KEYS } from "../tracker/columns";
import { COL } from "../table/row-table";

/** False for NaN (no value) as well as for values outside 0–100. */
function inRange(value: number): boolean {
  return value >= 0 && value <= 100;
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
  check({ table }, report) {
    const progress = table.resolved.progress;
    for (let at = 0; at < table.length; at++) {
      // Out-of-range values are progress-out-of-range's; comparing against them would double-report.
      // highestQuarter 0: no in-range quarter seen yet.
      let highestQuarter = 0;
      let highest = 0;
      for (let i = 0; i < progress.length; i++) {
        const value = progress[i][at];
        if (!inRange(value)) continue;
        if (highestQuarter > 0 && value < highest) {
          report({
            at,
            column: COLUMN_KEYS[COL.q1_progress + i],
            messageId: "decreased",
            data: { quarter: i + 1, value, earlierQuarter: highestQuarter, earlier: highest },
          });
        }
        if (highestQuarter === 0 || value > highest) {
          highestQuarter = i + 1;
          highest = value;
        }
      }
    }
  },
});
