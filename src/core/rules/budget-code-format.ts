// budget-code-format: the budget code, stripped of separators, must match the reference pattern.
import { defineRule } from "./define";
import { parsedOf, rawOf } from "../tracker/row-fields";
import { displayText } from "../values";

export const budgetCodeFormat = defineRule({
  id: "budget-code-format",
  meta: {
    severity: "error",
    description: {
      th: "รหัสงบประมาณไม่ตรงรูปแบบที่กำหนด",
      en: "The budget code does not match the required pattern",
    },
  },
  messages: {
    badFormat: {
      th: "รหัสงบประมาณ \"{text}\" ไม่ตรงรูปแบบ ({digits} หลักหลังตัดเครื่องหมาย)",
      en: "Budget code \"{text}\" does not match the pattern ({digits} characters after stripping)",
    },
    precisionLost: {
      th: "รหัสงบประมาณถูกเก็บเป็นตัวเลขซึ่งทำให้หลักท้ายสูญหาย ({text}) ให้กรอกเป็นข้อความ",
      en: "The budget code is stored as a number, which loses its last digits ({text}); enter budget codes as text",
    },
  },
  check({ rows, reference }, report) {
    for (const row of rows) {
      const p = parsedOf<string>(row.fields, "budget_code");
      if (p.kind === "blank" || p.kind === "error") continue;
      const raw = rawOf(row.fields, "budget_code");
      const column = "budget_code";
      // Above 2^53 a number no longer holds every digit: even a 20-digit result is not the code typed.
      if (typeof raw === "number" && Math.abs(raw) > Number.MAX_SAFE_INTEGER) {
        report({ row, column, messageId: "precisionLost", data: { text: displayText(raw) } });
      } else if (p.kind === "invalid") {
        report({ row, column, messageId: "badFormat", data: { text: displayText(raw), digits: 0 } });
      } else if (!reference.budgetCodePattern.test(p.value)) {
        report({ row, column, messageId: "badFormat", data: { text: displayText(raw), digits: p.value.length } });
      }
    }
  },
});
