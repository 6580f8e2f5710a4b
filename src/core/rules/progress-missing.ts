// progress-missing: a project of the reported year has no progress for the reported quarter.
import { defineRule } from "./define";
import { ColumnKey } from "../tracker/columns";
import { parsedOf } from "../tracker/row-fields";

const PROGRESS_COLUMNS: readonly ColumnKey[] = ["q1_progress", "q2_progress", "q3_progress", "q4_progress"];

export const progressMissing = defineRule({
  id: "progress-missing",
  meta: {
    severity: "warning",
    description: {
      th: "ไม่มีผลความก้าวหน้าของไตรมาสที่รายงาน (โครงการยังไม่รายงานผล)",
      en: "No progress for the reported quarter (the project has not reported)",
    },
    // The default quarter depends on which rows have errors, so this runs once it is known.
    needsQuarter: true,
  },
  messages: {
    notReported: {
      th: "ยังไม่ได้รายงานความก้าวหน้าไตรมาส {quarter} ปีงบประมาณ {year}",
      en: "No Q{quarter} progress reported for fiscal year {year}",
    },
  },
  check({ rows, fiscalYear, quarter }, report) {
    if (fiscalYear === null) return;
    const column = PROGRESS_COLUMNS[quarter - 1];
    for (const row of rows) {
      if (row.resolved.fiscalYear !== fiscalYear) continue;
      if (parsedOf(row.fields, column).kind !== "blank") continue;
      report({ row, column, messageId: "notReported", data: { quarter, year: fiscalYear } });
    }
  },
});
