// duplicate-project-id: one project id on several rows, across all pooled files and sheets.
import { defineRule } from "./define";
import { ProjectRow } from "../tracker/types";
import { firstSeenData, projectIdKey } from "./support";

export const duplicateProjectId = defineRule({
  id: "duplicate-project-id",
  meta: {
    severity: "error",
    description: { th: "รหัสโครงการซ้ำกันมากกว่าหนึ่งแถว", en: "The same project ID appears on more than one row" },
  },
  messages: {
    duplicate: {
      th: "รหัสโครงการ {id} ซ้ำกับแถวที่ {firstRow} (แผ่นงาน {firstSheet} ไฟล์ {firstFile})",
      en: "Project ID {id} already appears on row {firstRow} (sheet {firstSheet}, file {firstFile})",
    },
  },
  check({ rows }, report) {
    const firstById = new Map<string, ProjectRow>();
    for (const row of rows) {
      const key = projectIdKey(row);
      if (key === undefined) continue;
      const first = firstById.get(key);
      if (!first) {
        firstById.set(key, row);
        continue;
      }
      report({
        row,
        field: row.fields.project_id,
        messageId: "duplicate",
        data: { id: row.resolved.projectId ?? key, ...firstSeenData(first) },
      });
    }
  },
});
