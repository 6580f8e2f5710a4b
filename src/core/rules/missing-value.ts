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
    for (let at = 0; at < table.length; at++) {
      for (const column of ALWAYS) {
        if (kinds[COL[column]][at] === KIND_BLANK)
          report({ at, column, messageId: "missing", data: { column } });
      }
      if (resolved.type[at] !== "annual") continue;
      if (kinds[COL.budget][at] === KIND_BLANK)
        report({ at, column: "budget", messageId: "budgetMissing" });
      const budget = resolved.budget[at];
      // NaN (no budget) fails `> 0`.
      if (budget > 0 && kinds[COL.budget_code][at] === KIND_BLANK) {
        report({ at, column: "budget_code", messageId: "budgetCodeMissing" });
      }
    }
  },
});
