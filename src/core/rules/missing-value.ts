// missing-value: a required value is blank (SPEC §3). reform_area is reform-required's business.
import { defineRule } from "./define";
import { ColumnKey } from "../tracker/columns";
import { parsedOf } from "../tracker/row-fields";

/** Columns every row must fill, whatever its project type. */
const ALWAYS: readonly ColumnKey[] = ["project_id", "project_name", "department", "fiscal_year", "strategy", "master_plan"];

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
  check({ rows }, report) {
    for (const row of rows) {
      const f = row.fields;
      for (const column of ALWAYS) {
        if (parsedOf(f, column).kind === "blank") report({ row, column, messageId: "missing", data: { column } });
      }
      if (row.resolved.type !== "annual") continue;
      if (parsedOf(f, "budget").kind === "blank") report({ row, column: "budget", messageId: "budgetMissing" });
      const budget = row.resolved.budget;
      if (budget !== undefined && budget > 0 && parsedOf(f, "budget_code").kind === "blank") {
        report({ row, column: "budget_code", messageId: "budgetCodeMissing" });
      }
    }
  },
});
