// The pane's dictionary: every key in both languages, same placeholders, and the locale → language rule.
import { DICTIONARIES, langFromLocale, translator } from "../../src/taskpane/i18n";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("i18n", () => {
  const keys = Object.keys(DICTIONARIES.en).sort();

  it("has every key in Thai and English, none empty", () => {
    expect(Object.keys(DICTIONARIES.th).sort()).toEqual(keys);
    for (const lang of ["th", "en"] as const) {
      for (const key of keys) expect({ lang, key, empty: DICTIONARIES[lang][key as keyof typeof DICTIONARIES.en].trim() === "" }).toEqual({ lang, key, empty: false });
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of keys) {
      const k = key as keyof typeof DICTIONARIES.en;
      expect({ key, th: placeholders(DICTIONARIES.th[k]) }).toEqual({ key, th: placeholders(DICTIONARIES.en[k]) });
    }
  });

  it("writes Thai in Thai script where the English has words", () => {
    const sameInBoth = keys.filter((k) => DICTIONARIES.th[k as keyof typeof DICTIONARIES.en] === DICTIONARIES.en[k as keyof typeof DICTIONARIES.en]);
    // Only language names and the dash may be identical.
    expect(sameInBoth.sort()).toEqual(["langEnglish", "langThai", "noValue"]);
  });

  it("fills placeholders", () => {
    expect(translator("en")("checkSummary", { errors: 2, warnings: 1, rows: 9 })).toBe("2 errors and 1 warnings in 9 rows");
    expect(translator("th")("quarterOption", { quarter: 3 })).toBe("ไตรมาส 3");
  });

  it("picks Thai for a Thai display language only", () => {
    expect(langFromLocale("th-TH")).toBe("th");
    expect(langFromLocale("th")).toBe("th");
    expect(langFromLocale("TH-th")).toBe("th");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("thx")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });
});
