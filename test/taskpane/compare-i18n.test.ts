// The Compare panel's and the comparison's words: every key in Thai and English, same placeholders, Thai in Thai script.
import { KIND_LABELS, compareLabel } from "../../src/core/compare/labels";
import { CHANGE_KINDS } from "../../src/core/compare/types";
import { COMPARE_DICTIONARIES, compareTranslator } from "../../src/taskpane/compare-i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const THAI = /[\u0E00-\u0E7F]/;

describe("compare words", () => {
  it("the panel has every key in both languages, with the same placeholders, Thai written in Thai", () => {
    const keys = Object.keys(COMPARE_DICTIONARIES.en).sort();
    expect(Object.keys(COMPARE_DICTIONARIES.th).sort()).toEqual(keys);
    for (const key of keys as (keyof typeof COMPARE_DICTIONARIES.en)[]) {
      expect({ key, th: placeholders(COMPARE_DICTIONARIES.th[key]) }).toEqual({ key, th: placeholders(COMPARE_DICTIONARIES.en[key]) });
      expect({ key, thai: THAI.test(COMPARE_DICTIONARIES.th[key]) }).toEqual({ key, thai: true });
    }
    expect(compareTranslator("en")("compareSummary", { matched: 9, changes: 8 })).toBe("9 projects in both · 8 changes");
  });

  it("every kind has a Thai and an English label", () => {
    for (const kind of CHANGE_KINDS) {
      expect(THAI.test(KIND_LABELS.th[kind])).toBe(true);
      expect(KIND_LABELS.en[kind]).toMatch(/^[A-Z][a-z ]+$/);
    }
    expect(compareLabel("th", "matched", { matched: 3, changes: 1 })).toBe("โครงการที่พบทั้งสองฉบับ 3 โครงการ · การเปลี่ยนแปลง 1 รายการ");
  });
});
