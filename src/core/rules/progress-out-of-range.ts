// progress-out-of-range: cumulative progress is a percentage and must lie within 0–100.
import { defineRule } from "./define";
import { COLUMN_KEYS } from "../tracker/columns";
import { COL } from "../table/row-table";

export const progressOutOfRange = defineRule({
  id: "progress-out-of-range",
  meta: {
    severity: "error",
    description: {
      th: "ความก้าวหน้าต้องอยู่ระหว่าง 0–100%",
      en: "A progress value is below 0 or above 100",
    },
  },
  messages: {
    outOfRange: {
      th: "ความก้าวหน้าไตรมาส {quarter} = {value}% ต้องอยู่ระหว่าง 0 ถึง 100",
      en: "Q{quarter} progress {value}% must be between 0 and 100",
    },
  },
  check({ table }, report) {
    const progress = table.resolved.progress;
    // Row by row, quarter by quarter: findings come out in the same order as before the port.
    for (let at = 0; at < table.length; at++) {
      for (let i = 0; i < progress.length; i++) {
        const value = progress[i][at];
        // NaN (no value) fails both comparisons: a blank is not out of range.
        if (!(value < 0 || value > 100)) continue;
        report({
          at,
          column: COLUMN_KEYS[COL.q1_progress + i],
          messageId: "outOfRange",
          data: { quarter: i + 1, value },
        });
      }
    }
  },
});
