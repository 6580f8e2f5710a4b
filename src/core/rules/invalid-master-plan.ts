// invalid-master-plan: the master plan is not one of the reference's master plans (1–23 by default).
import { defineRule } from "./define";
import { codeProblem, describeCodes } from "./support";
import { COL } from "../table/row-table";

export const invalidMasterPlan = defineRule({
  id: "invalid-master-plan",
  meta: {
    severity: "error",
    description: { th: "แผนแม่บทฯ ไม่ถูกต้อง", en: "The master plan is not a known master plan" },
  },
  messages: {
    unknownCode: {
      th: "ไม่มีแผนแม่บทฯ ประเด็นที่ {code} (ต้องเป็น {allowed})",
      en: "There is no master plan {code} (it must be {allowed})",
    },
    notAnInteger: {
      th: 'แผนแม่บทฯ "{text}" ต้องเป็นเลขจำนวนเต็ม {allowed}',
      en: 'Master plan "{text}" must be a whole number {allowed}',
    },
    boolean: {
      th: "แผนแม่บทฯ เป็นค่า {text} ต้องเป็นเลข {allowed}",
      en: "Master plan holds {text}; it must be a number {allowed}",
    },
    unknownName: {
      th: 'ไม่พบแผนแม่บทฯ ชื่อ "{text}" (ใช้เลข {allowed})',
      en: 'No master plan is named "{text}" (use a number {allowed})',
    },
  },
  check({ table, reference }, report) {
    const allowed = describeCodes(reference.data.master_plans.map((m) => m.code));
    const resolved = table.resolved.masterPlan;
    for (let at = 0; at < table.length; at++) {
      // Almost every row resolves (not NaN): the cell is looked at only for a row that does not.
      if (resolved[at] === resolved[at]) continue;
      const problem = codeProblem(table, COL.master_plan, at, resolved[at], allowed);
      if (problem) report({ at, column: "master_plan", ...problem });
    }
  },
});
