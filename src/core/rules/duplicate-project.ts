// duplicate-project: the same project (name + department + fiscal year) entered again under another id.
import { defineRule } from "./define";
import { foldText } from "../text";
import { ProjectRow } from "../tracker/types";
import { firstSeenData, projectIdKey } from "./support";

interface Group {
  readonly first: ProjectRow;
  readonly firstId: string;
  /** Ids of later rows; made only for a second row, since almost every project is alone. */
  otherIds: Set<string> | null;
}

/**
 * Groups by department, then fiscal year, then folded name: nested maps rather than one joined
 * key, so a 100,000-row tracker builds no key string per row.
 */
class ProjectGroups {
  private readonly byDepartment = new Map<string, Map<number, Map<string, Group>>>();

  /** The row's group, made with the row as its first when new; undefined when a part is missing. */
  groupOf(row: ProjectRow, id: string): { group: Group; isNew: boolean } | undefined {
    const { projectName, department, fiscalYear } = row.resolved;
    if (projectName === undefined || fiscalYear === undefined) return undefined;
    // An unknown department still groups by its spelling, so two rows of one unknown department match.
    const departmentKey = department ? department.code : unknownDepartmentKey(row);
    if (departmentKey === undefined) return undefined;
    const byYear = lookup(this.byDepartment, departmentKey, () => new Map<number, Map<string, Group>>());
    const byName = lookup(byYear, fiscalYear, () => new Map<string, Group>());
    const name = foldText(projectName);
    const group = byName.get(name);
    if (group) return { group, isNew: false };
    const created: Group = { first: row, firstId: id, otherIds: null };
    byName.set(name, created);
    return { group: created, isNew: true };
  }
}

/** The folded spelling of a department the reference does not know; undefined when blank or unreadable. */
function unknownDepartmentKey(row: ProjectRow): string | undefined {
  const text = row.fields.department.parsed;
  return text.kind === "ok" ? `\u0000${foldText(text.value)}` : undefined;
}

function lookup<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
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
    const groups = new ProjectGroups();
    for (const row of rows) {
      const id = projectIdKey(row);
      if (id === undefined) continue;
      const found = groups.groupOf(row, id);
      if (!found || found.isNew) continue;
      const { group } = found;
      // A row repeating an id already seen in the group is duplicate-project-id's finding, not ours.
      if (id === group.firstId || group.otherIds?.has(id)) continue;
      (group.otherIds ??= new Set()).add(id);
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
