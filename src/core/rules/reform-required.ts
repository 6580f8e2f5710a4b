// reform-required: Big Rock (error) and Quick Win (warning) projects must name a national reform area.
import { defineRule } from "./define";
import { parsedOf } from "../tracker/row-fields";

export const reformRequired = defineRule({
  id: "reform-required",
  meta: {
    severity: "error",
    description: {
      th: "โครงการ Big Rock / Quick Win ไม่ได้ระบุแผนปฏิรูปประเทศ",
      en: "A Big Rock or Quick Win project names no reform area",
    },
  },
  messages: {
    bigRock: {
      th: "โครงการ Big Rock ต้องระบุแผนปฏิรูปประเทศ",
      en: "Big Rock projects must name a national reform area",
    },
    quickWin: {
      th: "โครงการ Quick Win ควรระบุแผนปฏิรูปประเทศ",
      en: "Quick Win projects should name a national reform area",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      const { type } = row.resolved;
      if (type !== "big_rock" && type !== "quick_win") continue;
      // Only a blank cell: an error value or an unknown area has its own rule.
      if (parsedOf(row.fields, "reform_area").kind !== "blank") continue;
      if (type === "big_rock") report({ row, column: "reform_area", messageId: "bigRock" });
      else report({ row, column: "reform_area", messageId: "quickWin", severity: "warning" });
    }
  },
});
