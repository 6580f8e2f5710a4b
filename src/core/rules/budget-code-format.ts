// budget-code-format: the budget code, stripped of separators, must match the reference pattern.
import { defineRule } from "./define";
import { COL, KIND_BLANK, KIND_ERROR, KIND_OK } from "../table/row-table";
import { displayText } from "../values";
import { isAsciiDigits } from "../text";

/** A number above 2^53 prints with at least this many digits; a shorter code cannot have lost any. */
const UNSAFE_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

/** `^\d{N}$` or `^[0-9]{N}$` (N ≥ 1) with no flags: the pattern's whole meaning is "exactly N ASCII digits". */
const FIXED_DIGITS = /^\^(?:\\d|\[0-9\])\{([1-9]\d*)\}\$$/;

/**
 * The pattern's test as a function: for the usual "N digits" pattern (the default is 20) a length
 * check and a digit scan, which answer exactly what the regex does; any other pattern as it is.
 */
export function budgetCodeTest(pattern: RegExp): (code: string) => boolean {
  const digits = fixedDigits(pattern);
  if (digits === null) return (code) => pattern.test(code);
  return (code) => code.length === digits && isAsciiDigits(code);
}

/** N when the pattern means "exactly N ASCII digits", else null. */
export function fixedDigits(pattern: RegExp): number | null {
  const fixed = pattern.flags === "" ? FIXED_DIGITS.exec(pattern.source) : null;
  return fixed === null ? null : Number(fixed[1]);
}

export const budgetCodeFormat = defineRule({
  id: "budget-code-format",
  meta: {
    severity: "error",
    description: {
      th: "รหัสงบประมาณไม่ตรงรูปแบบที่กำหนด",
      en: "The budget code does not match the required pattern",
    },
  },
  messages: {
    badFormat: {
      th: 'รหัสงบประมาณ "{text}" ไม่ตรงรูปแบบ ({digits} หลักหลังตัดเครื่องหมาย)',
      en: 'Budget code "{text}" does not match the pattern ({digits} characters after stripping)',
    },
    precisionLost: {
      th: "รหัสงบประมาณถูกเก็บเป็นตัวเลขซึ่งทำให้หลักท้ายสูญหาย ({text}) ให้กรอกเป็นข้อความ",
      en: "The budget code is stored as a number, which loses its last digits ({text}); enter budget codes as text",
    },
  },
  check({ table, reference }, report) {
    const k = COL.budget_code;
    const kinds = table.kinds[k];
    const codes = table.resolved.budgetCode;
    const textDigits = table.resolved.budgetCodeTextDigits;
    const matchesPattern = budgetCodeTest(reference.budgetCodePattern);
    // A code typed as text of exactly N digits is settled by the loader's count (0 = not known).
    const settled = fixedDigits(reference.budgetCodePattern) ?? -1;
    const column = "budget_code";
    for (let at = 0; at < table.length; at++) {
      const kind = kinds[at];
      // Blank is missing-value's business, an error value cell-error's.
      if (kind === KIND_BLANK || kind === KIND_ERROR || textDigits[at] === settled) continue;
      // A cell that read fine resolves to its code; only a long one may be a number that lost digits.
      const code = kind === KIND_OK ? (codes[at] ?? "") : undefined;
      const matches = code !== undefined && matchesPattern(code);
      if (matches && code.length < UNSAFE_DIGITS) continue;
      const raw = table.raw(k, at);
      // Above 2^53 a number no longer holds every digit: even a 20-digit result is not the code typed.
      if (typeof raw === "number" && Math.abs(raw) > Number.MAX_SAFE_INTEGER) {
        report({ at, column, messageId: "precisionLost", data: { text: displayText(raw) } });
      } else if (code === undefined) {
        report({ at, column, messageId: "badFormat", data: { text: displayText(raw), digits: 0 } });
      } else if (!matches) {
        report({
          at,
          column,
          messageId: "badFormat",
          data: { text: displayText(raw), digits: code.length },
        });
      }
    }
  },
});
