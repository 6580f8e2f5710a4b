// budget-code-shared: one budget code on rows of different projects; usually a copied cell.
import { defineRule } from "./define";
import { firstSeenData } from "./support";
import { KeyIndex } from "../key-index";

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
  check({ table }, report) {
    const { budgetCode, budgetCodeHash, idKey, projectId } = table.resolved;
    // Position of the first row of each code (codes are digit strings once read, so they compare as they are).
    const firstByCode = new KeyIndex(budgetCode, table.length, { hashes: budgetCodeHash });
    for (let at = 0; at < table.length; at++) {
      const code = budgetCode[at];
      const id = idKey[at];
      // Without an id there is nothing to compare; missing-value reports the blank id.
      if (code === undefined || code === "" || id === undefined) continue;
      const first = firstByCode.firstAt(at);
      if (first < 0) continue;
      // Only rows with an id are kept as first, so its key is there.
      const firstId = idKey[first] ?? "";
      // Same id again is duplicate-project-id's finding, not a shared code.
      if (firstId === id) continue;
      report({
        at,
        column: "budget_code",
        messageId: "shared",
        data: { code, firstId: projectId[first] ?? firstId, ...firstSeenData(table, first) },
      });
    }
  },
});
