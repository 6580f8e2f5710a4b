// duplicate-project: the same project (name + department + fiscal year) entered again under another id.
import { defineRule } from "./define";
import { foldText } from "../text";
import { ProjectRow } from "../tracker/types";
import { firstSeenData, projectIdKey } from "./support";

/** Name, department and year as one key; undefined when any part is missing (other rules say so). */
function projectKey(row: ProjectRow): string | undefined {
  const { projectName, department, fiscalYear } = row.resolved;
  const departmentText = row.fields.department.parsed;
  if (projectName === undefined || fiscalYear === undefined || departmentText.kind !== "ok") return undefined;
  // An unknown department still groups by its spelling, so two rows of one unknown department match.
  const departmentKey = department ? `code:${department.code}` : `text:${foldText(departmentText.value)}`;
  return `${foldText(projectName)}\u0000${departmentKey}\u0000${fiscalYear}`;
}

export const duplicateProject = defineRule({
  id: "duplicate-project",
  meta: {
    severity: "warning",
    description: {
      th: "โครงการชื่อเดียวกัน หน่วยงานเดียวกัน ปีงบประมาณเดียวกัน แต่รหัสโครงการต่างกัน",
      en: "The same project name, department and fiscal year under different project IDs",
    },
  },
  messages: {
    duplicate: {
      th: "โครงการ \"{name}\" ซ้ำกับแถวที่ {firstRow} (รหัส {firstId} แผ่นงาน {firstSheet} ไฟล์ {firstFile}) แต่ใช้รหัส {id}",
      en: "Project \"{name}\" duplicates row {firstRow} (ID {firstId}, sheet {firstSheet}, file {firstFile}) under ID {id}",
    },
  },
  check({ rows }, report) {
    const groups = new Map<string, { first: ProjectRow; ids: Set<string> }>();
    for (const row of rows) {
      const key = projectKey(row);
      const id = projectIdKey(row);
      if (key === undefined || id === undefined) continue;
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { first: row, ids: new Set([id]) });
        continue;
      }
      // A row repeating an id already seen in the group is duplicate-project-id's finding, not ours.
      if (group.ids.has(id)) continue;
      group.ids.add(id);
      report({
        row,
        field: row.fields.project_name,
        messageId: "duplicate",
        data: {
          name: row.resolved.projectName ?? "",
          id: row.resolved.projectId ?? id,
          firstId: group.first.resolved.projectId ?? "",
          ...firstSeenData(group.first),
        },
      });
    }
  },
});
