// The label dictionary: both languages have every key, non-empty, with the same placeholders.
import { LABELS, LabelKey, label } from "../../../src/core/outputs/labels";

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("labels", () => {
  const thKeys = Object.keys(LABELS.th).sort();
  const enKeys = Object.keys(LABELS.en).sort();

  it("has the same keys in Thai and English", () => {
    expect(enKeys).toEqual(thKeys);
    expect(thKeys.length).toBeGreaterThan(40);
  });

  it.each(thKeys)("%s is non-empty in both languages with the same placeholders", (key) => {
    const th = LABELS.th[key as LabelKey];
    const en = LABELS.en[key as LabelKey];
    expect(th.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(en)).toEqual(placeholders(th));
    expect(en).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it("fills placeholders", () => {
    expect(label("th", "quarterColumn", { q: 3 })).toBe("ไตรมาส 3");
    expect(label("en", "summaryTitle", { fy: 2569, q: 1 })).toBe("Project progress summary, fiscal year 2569, quarter 1");
  });
});
