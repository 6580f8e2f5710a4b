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
  check({ rows, fiscalYear }, report) {
    if (fiscalYear === null) return;
    for (const row of rows) {
      const year = row.resolved.fiscalYear;
      if (year === undefined || year === fiscalYear) continue;
      report({ row, field: row.fields.fiscal_year, messageId: "otherYear", data: { year, reported: fiscalYear } });
    }
  },
});
