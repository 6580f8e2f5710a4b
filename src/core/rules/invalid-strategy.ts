// invalid-strategy: the national strategy is not one of the reference's strategies (1–6 by default).
import { defineRule } from "./define";
import { codeProblem, describeCodes } from "./support";
import { COL } from "../table/row-table";

export const invalidStrategy = defineRule({
  id: "invalid-strategy",
  meta: {
    severity: "error",
    description: { th: "ยุทธศาสตร์ชาติไม่ถูกต้อง", en: "The national strategy is not a known strategy" },
  },
  messages: {
    unknownCode: {
      th: "ไม่มียุทธศาสตร์ชาติที่ {code} (ต้องเป็น {allowed})",
      en: "There is no national strategy {code} (it must be {allowed})",
    },
    notAnInteger: {
      th: 'ยุทธศาสตร์ชาติ "{text}" ต้องเป็นเลขจำนวนเต็ม {allowed}',
      en: 'National strategy "{text}" must be a whole number {allowed}',
    },
    boolean: {
      th: "ยุทธศาสตร์ชาติเป็นค่า {text} ต้องเป็นเลข {allowed}",
      en: "National strategy holds {text}; it must be a number {allowed}",
    },
    unknownName: {
      th: 'ไม่พบยุทธศาสตร์ชาติชื่อ "{text}" (ใช้เลข {allowed})',
      en: 'No national strategy is named "{text}" (use a number {allowed})',
    },
  },
  check({ table, reference }, report) {
    const allowed = describeCodes(reference.data.strategies.map((s) => s.code));
    const resolved = table.resolved.strategy;
    for (let at = 0; at < table.length; at++) {
      // Almost every row resolves (not NaN): the cell is looked at only for a row that does not.
      if (resolved[at] === resolved[at]) continue;
      const problem = codeProblem(table, COL.strategy, at, resolved[at], allowed);
      if (problem) report({ at, column: "strategy", ...problem });
    }
  },
});
