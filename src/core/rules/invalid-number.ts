// invalid-number: a numeric column (budget, progress, disbursed) holds something that is not a number.
import { defineRule } from "./define";
import { fieldsOfKind } from "./support";

export const invalidNumber = defineRule({
  id: "invalid-number",
  meta: {
    severity: "error",
    description: { th: "ช่องตัวเลขมีข้อความที่ไม่ใช่ตัวเลข", en: "A numeric column holds text that is not a number" },
  },
  messages: {
    notANumber: { th: "{column}: \"{text}\" ไม่ใช่ตัวเลข", en: "{column}: \"{text}\" is not a number" },
    date: {
      th: "{column} เป็นวันที่ ไม่ใช่ตัวเลข (ให้ตั้งรูปแบบเซลล์เป็นตัวเลข)",
      en: "{column} holds a date, not a number (format the cell as a number)",
    },
    boolean: { th: "{column} เป็นค่า {text} ไม่ใช่ตัวเลข", en: "{column} holds {text}, not a number" },
  },
  check({ rows }, report) {
    for (const row of rows) {
      for (const field of fieldsOfKind(row.fields, "invalid", true /* numericOnly */)) {
        const p = field.parsed;
        if (p.kind !== "invalid") continue;
        const messageId = p.reason === "date" ? "date" : p.reason === "boolean" ? "boolean" : "notANumber";
        report({ row, field, messageId, data: { column: field.key, text: p.text } });
      }
    }
  },
});
