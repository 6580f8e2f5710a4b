// formula-not-calculated: a project's required or numeric cell holds a formula whose value the file does not store.
import { defineRule } from "./define";
import { COLUMN_KEYS, REQUIRED_COLUMNS } from "../tracker/columns";
import { NUMERIC_COLUMNS } from "./support";

/** COLUMN_KEYS positions a project needs a value in: the required columns and the numeric ones. */
const CHECKED: ReadonlySet<number> = new Set([...REQUIRED_COLUMNS.map((key) => COLUMN_KEYS.indexOf(key)), ...NUMERIC_COLUMNS]);

export const formulaNotCalculated = defineRule({
  id: "formula-not-calculated",
  meta: {
    severity: "error",
    description: {
      th: "สูตรในเซลล์ยังไม่ได้คำนวณ (ไม่มีค่าที่คำนวณแล้วเก็บในไฟล์)",
      en: "A formula has no calculated value stored in the file",
    },
  },
  messages: {
    notCalculated: {
      th: "{column} เป็นสูตรที่ยังไม่ได้คำนวณ จึงไม่ทราบค่า ให้เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง",
      en: "{column} holds a formula with no calculated value; open and save the file in Excel",
    },
  },
  check({ table }, report) {
    const { uncalculated } = table.printed;
    if (uncalculated.size === 0) return;
    const columns = COLUMN_KEYS.length;
    // Keys are position * columns + column: sorted, they come in row order.
    for (const key of [...uncalculated].sort((a, b) => a - b)) {
      const k = key % columns;
      if (!CHECKED.has(k)) continue;
      const column = COLUMN_KEYS[k];
      report({ at: (key - k) / columns, column, messageId: "notCalculated", data: { column } });
    }
  },
});
