// fiscal-year-other: the row belongs to another fiscal year than the one reported, so figures leave it out.
import { defineRule } from "./define";

export const fiscalYearOther = defineRule({
  id: "fiscal-year-other",
  meta: {
    severity: "warning",
    description: {
      th: "ปีงบประมาณของแถวไม่ใช่ปีที่รายงาน (ไม่นำมาคำนวณ)",
      en: "The row's fiscal year is not the one being reported (left out of the figures)",
    },
  },
  messages: {
    otherYear: {
      th: "โครงการปีงบประมาณ {year} ไม่ใช่ปีที่รายงาน ({reported}) จึงไม่นำมาคำนวณผล",
      en: "Fiscal year {year} is not the year being reported ({reported}); the row is left out of the figures",
    },
  },
  check({ table, fiscalYear: reported }, report) {
    if (reported === null) return;
    const years = table.resolved.fiscalYear;
    for (let at = 0; at < table.length; at++) {
      const year = years[at];
      // NaN (no valid year) is fiscal-year-invalid's or missing-value's, not ours.
      if (year === reported || year !== year) continue;
      report({ at, column: "fiscal_year", messageId: "otherYear", data: { year, reported } });
    }
  },
});
