// unknown-project-type: the project type names no known type, so the row is treated as annual.
import { defineRule } from "./define";
import { parsedOf } from "../tracker/row-fields";

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
      th: "ไม่รู้จักประเภทโครงการ \"{text}\" จึงถือเป็นโครงการประจำปีงบประมาณ (ใช้ โครงการประจำปีงบประมาณ, Big Rock, Quick Win หรือ แผนระดับ ๓)",
      en: "Unknown project type \"{text}\"; the row is treated as annual (use annual, Big Rock, Quick Win or level 3)",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      if (row.resolved.typeKnown) continue;
      const p = parsedOf<string>(row.fields, "project_type");
      if (p.kind !== "ok") continue;
      report({ row, column: "project_type", messageId: "unknown", data: { text: p.value } });
    }
  },
});
