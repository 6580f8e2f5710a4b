// sub-plan-mismatch: the sub-plan code must be MMSS or MMSSTT, start with its master plan, and be listed.
import { defineRule } from "./define";
import { COL, KIND_BLANK, KIND_ERROR } from "../table/row-table";
import { displayText } from "../values";
import { cachedByNumber } from "./support";
import { isAsciiDigits } from "../text";

/** MMSS (sub-plan) or MMSSTT (target): four or six ASCII digits, as /^(\d{4}|\d{6})$/ tests it. */
function isSubPlanCode(code: string | undefined): code is string {
  return code !== undefined && (code.length === 4 || code.length === 6) && isAsciiDigits(code);
}

export const subPlanMismatch = defineRule({
  id: "sub-plan-mismatch",
  meta: {
    severity: "error",
    description: {
      th: "แผนย่อยไม่ตรงกับแผนแม่บทฯ หรือไม่อยู่ในรายการแผนย่อย",
      en: "The sub-plan does not belong to the master plan or is not a listed sub-plan",
    },
  },
  messages: {
    badFormat: {
      th: 'รหัสแผนย่อย "{text}" ต้องเป็นตัวเลข 4 หลัก (แผนย่อย) หรือ 6 หลัก (เป้าหมาย)',
      en: 'Sub-plan code "{text}" must be 4 digits (sub-plan) or 6 digits (target)',
    },
    wrongPlan: {
      th: "แผนย่อย {subPlan} ไม่อยู่ภายใต้แผนแม่บทฯ ประเด็นที่ {plan} (สองหลักแรกต้องเป็น {expected})",
      en: "Sub-plan {subPlan} is not under master plan {plan} (its first two digits must be {expected})",
    },
    notListed: {
      th: "แผนย่อย {subPlan} ไม่มีในแผนแม่บทฯ ประเด็นที่ {plan} (มี {listed})",
      en: "Sub-plan {subPlan} is not a sub-plan of master plan {plan} (listed: {listed})",
    },
  },
  check({ table, reference }, report) {
    // What each master plan expects of its sub-plans, worked out once per plan rather than once per row.
    const planExpects = cachedByNumber((plan: number) => {
      const listed = [...new Set(reference.subPlansOf(plan).map((c) => c.slice(0, 4)))];
      return { prefix: String(plan).padStart(2, "0"), listed: new Set(listed), listedText: listed.join(", ") };
    });
    const kinds = table.kinds[COL.sub_plan];
    const subPlans = table.resolved.subPlan;
    const masterPlans = table.resolved.masterPlan;
    const column = "sub_plan";
    for (let at = 0; at < table.length; at++) {
      const kind = kinds[at];
      // Blank is allowed (optional column); an error value is cell-error's.
      if (kind === KIND_BLANK || kind === KIND_ERROR) continue;
      const code = subPlans[at];
      if (!isSubPlanCode(code)) {
        report({
          at,
          column,
          messageId: "badFormat",
          data: { text: displayText(table.raw(COL.sub_plan, at)) },
        });
        continue;
      }
      const plan = masterPlans[at];
      // NaN: the master plan did not resolve, which is another rule's finding.
      if (plan !== plan) continue;
      const expects = planExpects(plan);
      // The code's first two digits against the plan's two (a longer plan number never matches two).
      const prefix = expects.prefix;
      if (prefix.length !== 2 || code.charCodeAt(0) !== prefix.charCodeAt(0) || code.charCodeAt(1) !== prefix.charCodeAt(1)) {
        report({ at, column, messageId: "wrongPlan", data: { subPlan: code, plan, expected: prefix } });
        continue;
      }
      // An empty list means the reference does not enumerate this plan's sub-plans: any MMSS is fine.
      if (expects.listed.size > 0 && !expects.listed.has(code.slice(0, 4))) {
        report({
          at,
          column,
          messageId: "notListed",
          data: { subPlan: code, plan, listed: expects.listedText },
        });
      }
    }
  },
});
