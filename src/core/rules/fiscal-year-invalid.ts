// fiscal-year-invalid: the fiscal year is not a whole year in the BE (2561–2600) or CE (1990–2099) range.
import { defineRule } from "./define";
import { BE_YEARS, CE_YEARS } from "../tracker/resolve";
import { displayText } from "../values";

const RANGES = { minBe: BE_YEARS.min, maxBe: BE_YEARS.max, minCe: CE_YEARS.min, maxCe: CE_YEARS.max };

export const fiscalYearInvalid = defineRule({
  id: "fiscal-year-invalid",
  meta: {
    severity: "error",
    description: { th: "ปีงบประมาณไม่ถูกต้อง", en: "The fiscal year is not a year in the accepted ranges" },
  },
  messages: {
    outOfRange: {
      th: "ปีงบประมาณ {year} อยู่นอกช่วง พ.ศ. {minBe}–{maxBe} (หรือ ค.ศ. {minCe}–{maxCe})",
      en: "Fiscal year {year} is outside BE {minBe}–{maxBe} (or CE {minCe}–{maxCe})",
    },
    notAnInteger: {
      th: "ปีงบประมาณ \"{text}\" ต้องเป็นปีจำนวนเต็ม เช่น {maxBe}",
      en: "Fiscal year \"{text}\" must be a whole year, e.g. {maxBe}",
    },
    date: {
      th: "ปีงบประมาณเป็นวันที่ ให้กรอกเป็นปี พ.ศ. เช่น 2569",
      en: "The fiscal year holds a date; enter a Buddhist Era year such as 2569",
    },
    notAYear: {
      th: "ปีงบประมาณ \"{text}\" ไม่ใช่ปี ให้กรอกปี พ.ศ. เช่น 2569",
      en: "Fiscal year \"{text}\" is not a year; enter a Buddhist Era year such as 2569",
    },
  },
  check({ rows }, report) {
    for (const row of rows) {
      if (row.resolved.fiscalYear !== undefined) continue;
      const field = row.fields.fiscal_year;
      const p = field.parsed;
      if (p.kind === "blank" || p.kind === "error") continue;
      const text = displayText(field.raw);
      if (p.kind === "ok") {
        report({ row, field, messageId: "outOfRange", data: { year: p.value, ...RANGES } });
      } else if (p.reason === "not-an-integer") {
        report({ row, field, messageId: "notAnInteger", data: { text, ...RANGES } });
      } else if (p.reason === "date") {
        report({ row, field, messageId: "date", data: { text } });
      } else {
        report({ row, field, messageId: "notAYear", data: { text } });
      }
    }
  },
});
