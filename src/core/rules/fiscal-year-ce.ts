// fiscal-year-ce: a Christian Era fiscal year was converted to Buddhist Era (+543); a warning to fix it.
import { defineRule } from "./define";
import { CE_TO_BE } from "../tracker/resolve";

export const fiscalYearCe = defineRule({
  id: "fiscal-year-ce",
  meta: {
    severity: "warning",
    description: {
      th: "ปีงบประมาณกรอกเป็น ค.ศ. และถูกแปลงเป็น พ.ศ.",
      en: "A Christian Era fiscal year was converted to Buddhist Era",
    },
  },
  messages: {
    converted: {
      th: "ปีงบประมาณ {from} เป็นปี ค.ศ. ได้แปลงเป็น พ.ศ. {to} ควรแก้ในตารางเป็น {to}",
      en: "Fiscal year {from} is a CE year and was read as BE {to}; enter {to} in the tracker",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      const to = row.resolved.fiscalYear;
      if (!row.resolved.fiscalYearWasCe || to === undefined) continue;
      report({ row, field: row.fields.fiscal_year, messageId: "converted", data: { from: to - CE_TO_BE, to } });
    }
  },
});
