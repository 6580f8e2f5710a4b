// reform-required: Big Rock (error) and Quick Win (warning) projects must name a national reform area.
import { defineRule } from "./define";
import { COL, KIND_BLANK } from "../table/row-table";

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
  check({ table }, report) {
    const types = table.resolved.type;
    const reformKinds = table.kinds[COL.reform_area];
    for (let at = 0; at < table.length; at++) {
      const type = types[at];
      if (type !== "big_rock" && type !== "quick_win") continue;
      // Only a blank cell: an error value or an unknown area has its own rule.
      if (reformKinds[at] !== KIND_BLANK) continue;
      if (type === "big_rock") report({ at, column: "reform_area", messageId: "bigRock" });
      else report({ at, column: "reform_area", messageId: "quickWin", severity: "warning" });
    }
  },
});
