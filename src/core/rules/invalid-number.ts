// invalid-number: a numeric column (budget, progress, disbursed) holds something that is not a number.
import { defineRule } from "./define";
import { NUMERIC_COLUMNS } from "./support";
import { COLUMN_KEYS } from "../tracker/columns";
import { KIND_INVALID } from "../table/row-table";

export const invalidNumber = defineRule({
  id: "invalid-number",
  meta: {
    severity: "error",
    description: {
      th: "ช่องตัวเลขมีข้อความที่ไม่ใช่ตัวเลข",
      en: "A numeric column holds text that is not a number",
    },
  },
  messages: {
    notANumber: { th: '{column}: "{text}" ไม่ใช่ตัวเลข', en: '{column}: "{text}" is not a number' },
    date: {
      th: "{column} เป็นวันที่ ไม่ใช่ตัวเลข (ให้ตั้งรูปแบบเซลล์เป็นตัวเลข)",
      en: "{column} holds a date, not a number (format the cell as a number)",
    },
    boolean: { th: "{column} เป็นค่า {text} ไม่ใช่ตัวเลข", en: "{column} holds {text}, not a number" },
  },
  check({ table }, report) {
    const numericKinds = NUMERIC_COLUMNS.map((k) => table.kinds[k]);
    const count = numericKinds.length;
    // Row by row, then columns in template order: the order findings came in before the table.
    for (let at = 0; at < table.length; at++) {
      for (let c = 0; c < count; c++) {
        if (numericKinds[c][at] !== KIND_INVALID) continue;
        const k = NUMERIC_COLUMNS[c];
        const p = table.parsed(k, at);
        if (p.kind !== "invalid") continue;
        const messageId =
          p.reason === "date" ? "date" : p.reason === "boolean" ? "boolean" : "notANumber";
        const column = COLUMN_KEYS[k];
        report({ at, column, messageId, data: { column, text: p.text } });
      }
    }
  },
});
