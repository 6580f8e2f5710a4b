// missing-value: a required value is blank (SPEC §3). reform_area is reform-required's business.
import { defineRule } from "./define";
import { Field } from "../tracker/types";

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
      const always: Field<unknown>[] = [f.project_id, f.project_name, f.department, f.fiscal_year, f.strategy, f.master_plan];
      for (const field of always) {
        if (field.parsed.kind === "blank") report({ row, field, messageId: "missing", data: { column: field.key } });
      }
      if (row.resolved.type !== "annual") continue;
      if (f.budget.parsed.kind === "blank") report({ row, field: f.budget, messageId: "budgetMissing" });
      const budget = row.resolved.budget;
      if (budget !== undefined && budget > 0 && f.budget_code.parsed.kind === "blank") {
        report({ row, field: f.budget_code, messageId: "budgetCodeMissing" });
      }
    }
  },
});
