// fiscal-year-invalid: the fiscal year is not a whole year in the BE (2561–2600) or CE (1990–2099) range.
import { defineRule } from "./define";
import { BE_YEARS, CE_YEARS } from "../tracker/resolve";
import { COL, KIND_BLANK, KIND_ERROR } from "../table/row-table";
import { displayText } from "../values";

const RANGES = {
  minBe: BE_YEARS.min,
  maxBe: BE_YEARS.max,
  minCe: CE_YEARS.min,
  maxCe: CE_YEARS.max,
};

export const fiscalYearInvalid = defineRule({
  id: "fiscal-year-invalid",
  meta: {
    severity: "error",
    description: {
      th: "ปีงบประมาณไม่ถูกต้อง",
      en: "The fiscal year is not a year in the accepted ranges",
    },
  },
  messages: {
    outOfRange: {
      th: "ปีงบประมาณ {year} อยู่นอกช่วง พ.ศ. {minBe}–{maxBe} (หรือ ค.ศ. {minCe}–{maxCe})",
      en: "Fiscal year {year} is outside BE {minBe}–{maxBe} (or CE {minCe}–{maxCe})",
    },
    notAnInteger: {
      th: 'ปีงบประมาณ "{text}" ต้องเป็นปีจำนวนเต็ม เช่น {maxBe}',
      en: 'Fiscal year "{text}" must be a whole year, e.g. {maxBe}',
    },
    date: {
      th: "ปีงบประมาณเป็นวันที่ ให้กรอกเป็นปี พ.ศ. เช่น 2569",
      en: "The fiscal year holds a date; enter a Buddhist Era year such as 2569",
    },
    notAYear: {
      th: 'ปีงบประมาณ "{text}" ไม่ใช่ปี ให้กรอกปี พ.ศ. เช่น 2569',
      en: 'Fiscal year "{text}" is not a year; enter a Buddhist Era year such as 2569',
    },
  },
  check({ table }, report) {
    const k = COL.fiscal_year;
    const years = table.resolved.fiscalYear;
    const kinds = table.kinds[k];
    const column = "fiscal_year";
    for (let at = 0; at < table.length; at++) {
      // A resolved year (not NaN) is fine; blank is missing-value's, an error value cell-error's.
      if (years[at] === years[at]) continue;
      const kind = kinds[at];
      if (kind === KIND_BLANK || kind === KIND_ERROR) continue;
      const p = table.parsed<number>(k, at);
      if (p.kind === "blank" || p.kind === "error") continue;
      const text = displayText(table.raw(k, at));
      if (p.kind === "ok") {
        report({ at, column, messageId: "outOfRange", data: { year: p.value, ...RANGES } });
      } else if (p.reason === "not-an-integer") {
        report({ at, column, messageId: "notAnInteger", data: { text, ...RANGES } });
      } else if (p.reason === "date") {
        report({ at, column, messageId: "date", data: { text } });
      } else {
        report({ at, column, messageId: "notAYear", data: { text } });
      }
    }
  },
});
