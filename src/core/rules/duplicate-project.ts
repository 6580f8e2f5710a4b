// duplicate-project: the same project (name + department + fiscal year) entered again under another id.
import { defineRule } from "./define";
import { firstSeenData } from "./support";
import { KeyIndex } from "../key-index";
import { foldText } from "../text";
import { COL, KIND_OK, RowTable } from "../table/row-table";

/** Rows of one folded name, department and year; made only for a name seen more than once. */
interface Group {
  readonly departmentKey: string;
  readonly fiscalYear: number;
  /** Position of the group's first row. */
  readonly first: number;
  readonly firstId: string;
  /** Ids of later rows; made only for a second row. */
  otherIds: Set<string> | null;
}

/** The folded spelling of a department the reference does not know; undefined when blank or unreadable. */
function unknownDepartmentKey(table: RowTable, at: number): string | undefined {
  if (table.kinds[COL.department][at] !== KIND_OK) return undefined;
  const text = table.parsed<string>(COL.department, at);
  return text.kind === "ok" ? `\u0000${foldText(text.value)}` : undefined;
}

/** How row `at` groups: its department's code, or for an unknown one its folded spelling. */
function departmentKeyAt(table: RowTable, at: number): string | undefined {
  const department = table.resolved.department[at];
  return department !== undefined ? department.code : unknownDepartmentKey(table, at);
}

/** The group of an earlier row of a repeated name, made from that row's columns. */
function groupOfRow(table: RowTable, at: number): Group {
  return {
    departmentKey: departmentKeyAt(table, at) ?? "",
    fiscalYear: table.resolved.fiscalYear[at],
    first: at,
    firstId: table.resolved.idKey[at] ?? "",
    otherIds: null,
  };
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
      th: 'โครงการ "{name}" ซ้ำกับแถวที่ {firstRow} (รหัส {firstId} แผ่นงาน {firstSheet} ไฟล์ {firstFile}) แต่ใช้รหัส {id}',
      en: 'Project "{name}" duplicates row {firstRow} (ID {firstId}, sheet {firstSheet}, file {firstFile}) under ID {id}',
    },
  },
  check({ table }, report) {
    const { idKey, projectId, projectName, department, fiscalYear, nameKey: nameKeys, nameKeyHash } = table.resolved;
    // Names are nearly unique: a unique name costs one lookup and one position stored, no object.
    // Folded names and their hashes were worked out when the rows were read; rows not compared are never inserted.
    const firstByName = new KeyIndex(nameKeys, table.length, { hashes: nameKeyHash });
    // The few names seen again keep their groups (by department and year) here.
    const groupsByName = new Map<string, Group[]>();
    for (let at = 0; at < table.length; at++) {
      const id = idKey[at];
      const name = projectName[at];
      const year = fiscalYear[at];
      if (id === undefined || name === undefined || year !== year) continue;
      const ref = department[at];
      // An unknown department still groups by its spelling, so two rows of one unknown department match.
      const departmentKey = ref !== undefined ? ref.code : unknownDepartmentKey(table, at);
      if (departmentKey === undefined) continue;
      const nameKey = nameKeys[at] ?? foldText(name);
      const first = firstByName.firstAt(at);
      if (first < 0) continue;
      let groups = groupsByName.get(nameKey);
      if (groups === undefined) {
        groups = [groupOfRow(table, first)];
        groupsByName.set(nameKey, groups);
      }
      const group = groups.find((g) => g.departmentKey === departmentKey && g.fiscalYear === year);
      if (group === undefined) {
        groups.push({ departmentKey, fiscalYear: year, first: at, firstId: id, otherIds: null });
        continue;
      }
      // A row repeating an id already seen in the group is duplicate-project-id's finding, not ours.
      if (id === group.firstId || group.otherIds?.has(id)) continue;
      (group.otherIds ??= new Set()).add(id);
      report({
        at,
        column: "project_name",
        messageId: "duplicate",
        data: {
          name,
          id: projectId[at] ?? id,
          firstId: projectId[group.first] ?? "",
          ...firstSeenData(table, group.first),
        },
      });
    }
  },
});
