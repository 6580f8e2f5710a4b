// cell-error: a cell holds an Excel error value such as #N/A (SPEC §3); every column, quarters included.
import { defineRule } from "./define";
import { fieldsOfKind } from "./support";

export const cellError = defineRule({
  id: "cell-error",
  meta: {
    severity: "error",
    description: { th: "เซลล์มีค่าความผิดพลาดของ Excel (เช่น #N/A)", en: "A cell holds an Excel error value (such as #N/A)" },
  },
  messages: {
    errorValue: {
      th: "{column} มีค่าความผิดพลาด {code} ให้แก้สูตรหรือกรอกค่าใหม่",
      en: "{column} holds the error value {code}; fix the formula or enter the value",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      for (const field of fieldsOfKind(row.fields, "error")) {
        if (field.parsed.kind === "error") {
          report({ row, field, messageId: "errorValue", data: { column: field.key, code: field.parsed.code } });
        }
      }
    }
  },
});
