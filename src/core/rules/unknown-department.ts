// unknown-department: the department cell names no reference department by code, name or abbreviation.
import { defineRule } from "./define";
import { COL, KIND_OK } from "../table/row-table";

export const unknownDepartment = defineRule({
  id: "unknown-department",
  meta: {
    severity: "error",
    description: {
      th: "ไม่พบหน่วยงานในข้อมูลอ้างอิง",
      en: "The department matches no reference department",
    },
  },
  messages: {
    unknown: {
      th: 'ไม่รู้จักหน่วยงาน "{text}" (ใช้รหัส ชื่อเต็ม หรือชื่อย่อ เช่น {example})',
      en: 'Unknown department "{text}" (use a code, full name or abbreviation, e.g. {example})',
    },
  },
  check({ table, reference }, report) {
    const sample = reference.data.departments[0];
    const example = `${sample.code}, ${sample.name_th}, ${sample.abbr_th}`;
    const departments = table.resolved.department;
    const kinds = table.kinds[COL.department];
    for (let at = 0; at < table.length; at++) {
      if (departments[at] !== undefined || kinds[at] !== KIND_OK) continue;
      const p = table.parsed<string>(COL.department, at);
      if (p.kind !== "ok") continue;
      report({ at, column: "department", messageId: "unknown", data: { text: p.value, example } });
    }
  },
});
