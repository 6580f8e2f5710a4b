// duplicate-project: the same project (name + department + fiscal year) entered again under another id.
import { defineRule } from "./define";
import { foldText } from "../text";
import { parsedOf } from "../tracker/row-fields";
import { ProjectRow } from "../tracker/types";
import { firstSeenData, projectIdKey } from "./support";

interface Group {
  readonly departmentKey: string;
  readonly fiscalYear: number;
  readonly first: ProjectRow;
  readonly firstId: string;
  /** Ids of later rows; made only for a second row, since almost every project is alone. */
  otherIds: Set<string> | null;
}

/**
 * Groups by folded name first: names are nearly unique, so one map lookup per row settles most
 * rows, and the few names shared across departments or years keep a short list of groups.
 */
class ProjectGroups {
  private readonly byName = new Map<string, Group | Group[]>();

  /** The row's group, made with the row as its first when new; undefined when a part is missing. */
  groupOf(row: ProjectRow, id: string): { group: Group; isNew: boolean } | undefined {
    const { projectName, department, fiscalYear } = row.resolved;
    if (projectName === undefined || fiscalYear === undefined) return undefined;
    // An unknown department still groups by its spelling, so two rows of one unknown department match.
    const departmentKey = department ? department.code : unknownDepartmentKey(row);
    if (departmentKey === undefined) return undefined;
    const name = foldText(projectName);
    const known = this.byName.get(name);
    if (known !== undefined) {
      const list = Array.isArray(known) ? known : [known];
      const group = list.find((g) => g.departmentKey === departmentKey && g.fiscalYear === fiscalYear);
      if (group) return { group, isNew: false };
    }
    const created: Group = { departmentKey, fiscalYear, first: row, firstId: id, otherIds: null };
    this.byName.set(name, known === undefined ? created : [...(Array.isArray(known) ? known : [known]), created]);
    return { group: created, isNew: true };
  }
}

/** The folded spelling of a department the reference does not know; undefined when blank or unreadable. */
function unknownDepartmentKey(row: ProjectRow): string | undefined {
  const text = parsedOf<string>(row.fields, "department");
  return text.kind === "ok" ? `\u0000${foldText(text.value)}` : undefined;
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
        column: "project_name",
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
