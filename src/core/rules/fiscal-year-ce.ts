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
  check({ table }, report) {
    const { fiscalYear, fiscalYearWasCe } = table.resolved;
    for (let at = 0; at < table.length; at++) {
      const to = fiscalYear[at];
      // NaN (no year) is never converted; `to !== to` guards it all the same.
      if (fiscalYearWasCe[at] !== 1 || to !== to) continue;
      report({
        at,
        column: "fiscal_year",
        messageId: "converted",
        data: { from: to - CE_TO_BE, to },
      });
    }
  },
});
