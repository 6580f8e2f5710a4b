// invalid-reform-area: the reform area is not one of the reference's reform areas (1–13 by default).
import { defineRule } from "./define";
import { COL } from "../table/row-table";
import { codeProblem, describeCodes } from "./support";

export const invalidReformArea = defineRule({
  id: "invalid-reform-area",
  meta: {
    severity: "error",
    description: {
      th: "ด้านการปฏิรูปประเทศไม่ถูกต้อง",
      en: "The reform area is not a known national reform area",
    },
  },
  messages: {
    unknownCode: {
      th: "ไม่มีแผนปฏิรูปประเทศด้านที่ {code} (ต้องเป็น {allowed})",
      en: "There is no reform area {code} (it must be {allowed})",
    },
    notAnInteger: {
      th: 'แผนปฏิรูปประเทศ "{text}" ต้องเป็นเลขจำนวนเต็ม {allowed}',
      en: 'Reform area "{text}" must be a whole number {allowed}',
    },
    boolean: {
      th: "แผนปฏิรูปประเทศเป็นค่า {text} ต้องเป็นเลข {allowed}",
      en: "Reform area holds {text}; it must be a number {allowed}",
    },
    unknownName: {
      th: 'ไม่พบแผนปฏิรูปประเทศชื่อ "{text}" (ใช้เลข {allowed})',
      en: 'No reform area is named "{text}" (use a number {allowed})',
    },
  },
  check({ table, reference }, report) {
    const allowed = describeCodes(reference.data.reform_areas.map((r) => r.code));
    const resolved = table.resolved.reformArea;
    for (let at = 0; at < table.length; at++) {
      // Almost every row resolves (not NaN): the cell is looked at only for a row that does not.
      if (resolved[at] === resolved[at]) continue;
      const problem = codeProblem(table, COL.reform_area, at, resolved[at], allowed);
      if (problem) report({ at, column: "reform_area", ...problem });
    }
  },
});
