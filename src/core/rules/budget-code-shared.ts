// budget-code-shared: one budget code on rows of different projects; usually a copied cell.
import { defineRule } from "./define";
import { ProjectRow } from "../tracker/types";
import { firstSeenData, projectIdKey } from "./support";

export const budgetCodeShared = defineRule({
  id: "budget-code-shared",
  meta: {
    severity: "warning",
    description: {
      th: "รหัสงบประมาณเดียวกันอยู่ในหลายโครงการ",
      en: "The same budget code is used by rows with different project IDs",
    },
  },
  messages: {
    shared: {
      th: "รหัสงบประมาณ {code} ซ้ำกับโครงการ {firstId} แถวที่ {firstRow} (แผ่นงาน {firstSheet} ไฟล์ {firstFile})",
      en: "Budget code {code} is also used by project {firstId} on row {firstRow} (sheet {firstSheet}, file {firstFile})",
    },
  },
  check({ rows }, report) {
    // The first row of each code; its id key is worked out again only when a code repeats.
    const firstByCode = new Map<string, ProjectRow>();
    for (const row of rows) {
      const code = row.resolved.budgetCode;
      const id = projectIdKey(row);
      // Without an id there is nothing to compare; missing-value reports the blank id.
      if (code === undefined || code === "" || id === undefined) continue;
      const first = firstByCode.get(code);
      if (!first) {
        firstByCode.set(code, row);
        continue;
      }
      const firstId = projectIdKey(first) ?? "";
      // Same id again is duplicate-project-id's finding, not a shared code.
      if (firstId === id) continue;
      report({
        row,
        field: row.fields.budget_code,
        messageId: "shared",
        data: { code, firstId: first.resolved.projectId ?? firstId, ...firstSeenData(first) },
      });
    }
  },
});
