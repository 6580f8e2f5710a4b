// cell-error: a cell holds an Excel error value such as #N/A (SPEC §3); every column, quarters included.
import { defineRule } from "./define";
import { ALL_COLUMNS, positionsOfKind } from "./support";
import { COLUMN_KEYS } from "../tracker/columns";
import { KIND_ERROR } from "../table/row-table";

export const cellError = defineRule({
  id: "cell-error",
  meta: {
    severity: "error",
    description: {
      th: "เซลล์มีค่าความผิดพลาดของ Excel (เช่น #N/A)",
      en: "A cell holds an Excel error value (such as #N/A)",
    },
  },
  messages: {
    errorValue: {
      th: "{column} มีค่าความผิดพลาด {code} ให้แก้สูตรหรือกรอกค่าใหม่",
      en: "{column} holds the error value {code}; fix the formula or enter the value",
    },
  },
  check({ table }, report) {
    for (const k of ALL_COLUMNS) {
      for (const at of positionsOfKind(table.kinds[k], table.length, KIND_ERROR)) {
        const p = table.parsed(k, at);
        if (p.kind === "error")
          report({
            at,
            column: COLUMN_KEYS[k],
            messageId: "errorValue",
            data: { column: COLUMN_KEYS[k], code: p.code },
          });
      }
    }
  },
});
