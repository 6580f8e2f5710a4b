// progress-missing: a project of the reported year has no progress for the reported quarter.
import { defineRule } from "./define";
import { progressKey } from "../tracker/columns";
import { COL, KIND_BLANK } from "../table/row-table";

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
  check({ table, fiscalYear, quarter }, report) {
    if (fiscalYear === null) return;
    const column = progressKey(quarter);
    const kinds = table.kinds[COL[column]];
    const fiscalYears = table.resolved.fiscalYear;
    for (let at = 0; at < table.length; at++) {
      if (fiscalYears[at] !== fiscalYear || kinds[at] !== KIND_BLANK) continue;
      // A formula Excel never calculated is formula-not-calculated's: its value is unknown, not missing.
      if (table.isUncalculated(COL[column], at)) continue;
      report({ at, column, messageId: "notReported", data: { quarter, year: fiscalYear } });
    }
  },
});
