// duplicate-project-id: one project id on several rows, across all pooled files and sheets.
import { defineRule } from "./define";
import { firstSeenData } from "./support";
import { KeyIndex } from "../key-index";

export const duplicateProjectId = defineRule({
  id: "duplicate-project-id",
  meta: {
    severity: "error",
    description: {
      th: "รหัสโครงการซ้ำกันมากกว่าหนึ่งแถว",
      en: "The same project ID appears on more than one row",
    },
  },
  messages: {
    duplicate: {
      th: "รหัสโครงการ {id} ซ้ำกับแถวที่ {firstRow} (แผ่นงาน {firstSheet} ไฟล์ {firstFile})",
      en: "Project ID {id} already appears on row {firstRow} (sheet {firstSheet}, file {firstFile})",
    },
  },
  check({ table }, report) {
    const { idKey, idKeyHash, projectId } = table.resolved;
    // Position of the first row of each id key (folded when resolved, so no work here).
    const firstById = new KeyIndex(idKey, table.length, { hashes: idKeyHash });
    for (let at = 0; at < table.length; at++) {
      const key = idKey[at];
      // A blank id is missing-value's finding.
      if (key === undefined) continue;
      const first = firstById.firstAt(at);
      if (first < 0) continue;
      report({
        at,
        column: "project_id",
        messageId: "duplicate",
        data: { id: projectId[at] ?? key, ...firstSeenData(table, first) },
      });
    }
  },
});
