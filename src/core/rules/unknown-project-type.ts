// unknown-project-type: the project type names no known type, so the row is treated as annual.
import { defineRule } from "./define";
import { COL, KIND_OK } from "../table/row-table";

export const unknownProjectType = defineRule({
  id: "unknown-project-type",
  meta: {
    severity: "warning",
    description: {
      th: "ไม่รู้จักประเภทโครงการ (ถือเป็นโครงการประจำปีงบประมาณ)",
      en: "The project type names no known type (the row is treated as annual)",
    },
  },
  messages: {
    unknown: {
      th: 'ไม่รู้จักประเภทโครงการ "{text}" จึงถือเป็นโครงการประจำปีงบประมาณ (ใช้ โครงการประจำปีงบประมาณ, Big Rock, Quick Win หรือ แผนระดับ ๓)',
      en: 'Unknown project type "{text}"; the row is treated as annual (use annual, Big Rock, Quick Win or level 3)',
    },
  },
  check({ table }, report) {
    const typeKnown = table.resolved.typeKnown;
    const kinds = table.kinds[COL.project_type];
    for (let at = 0; at < table.length; at++) {
      if (typeKnown[at] === 1 || kinds[at] !== KIND_OK) continue;
      const p = table.parsed<string>(COL.project_type, at);
      if (p.kind !== "ok") continue;
      report({ at, column: "project_type", messageId: "unknown", data: { text: p.value } });
    }
  },
});
