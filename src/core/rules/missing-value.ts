// missing-value: a required value is blank (SPEC §3). reform_area is reform-required's business.
import { defineRule } from "./define";
import { ColumnKey } from "../tracker/columns";
import { COL, KIND_BLANK } from "../table/row-table";

/** Columns every row must fill, whatever its project type. */
const ALWAYS: readonly ColumnKey[] = [
  "project_id",
  "project_name",
  "department",
  "fiscal_year",
  "strategy",
  "master_plan",
];

export const missingValue = defineRule({
  id: "missing-value",
  meta: {
    severity: "error",
    description: { th: "ไม่ได้กรอกข้อมูลที่จำเป็น", en: "A required value is blank" },
  },
  messages: {
    missing: { th: "ไม่ได้กรอก {column}", en: "{column} is blank" },
    budgetMissing: {
      th: "โครงการประจำปีงบประมาณต้องกรอกงบประมาณ (กรอก 0 หากไม่มีงบประมาณ)",
      en: "Annual projects need a budget (enter 0 for no budget)",
    },
    budgetCodeMissing: {
      th: "โครงการประจำปีที่มีงบประมาณต้องกรอกรหัสงบประมาณ",
      en: "Annual projects with a budget need a budget code",
    },
  },
  check({ table }, report) {
    const { kinds, resolved } = table;
    const alwaysKinds = ALWAYS.map((column) => kinds[COL[column]]);
    const count = ALWAYS.length;
    const budgetKinds = kinds[COL.budget];
    const budgetCodeKinds = kinds[COL.budget_code];
    const { type: types, budget: budgets } = resolved;
    for (let at = 0; at < table.length; at++) {
      for (let c = 0; c < count; c++) {
        if (alwaysKinds[c][at] !== KIND_BLANK) continue;
        const column = ALWAYS[c];
        // A formula Excel never calculated is formula-not-calculated's: its value is unknown, not blank.
        if (table.isUncalculated(COL[column], at)) continue;
        report({ at, column, messageId: "missing", data: { column } });
      }
      if (types[at] !== "annual") continue;
      if (budgetKinds[at] === KIND_BLANK && !table.isUncalculated(COL.budget, at)) report({ at, column: "budget", messageId: "budgetMissing" });
      // NaN (no budget) fails `> 0`.
      if (budgets[at] > 0 && budgetCodeKinds[at] === KIND_BLANK) {
        report({ at, column: "budget_code", messageId: "budgetCodeMissing" });
      }
    }
  },
});
