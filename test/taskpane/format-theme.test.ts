// Pane formatting (two decimals, Buddhist-era dates, bar widths) and the Office theme → Fluent theme choice.
import { barWidth, formatIsoDate, formatPct } from "../../src/taskpane/format";
import { themeFromMedia, themeFromOffice } from "../../src/taskpane/theme";

describe("format", () => {
  it("shows percentages with two decimals and a dash for none", () => {
    expect(formatPct(45, "en")).toBe("45.00");
    expect(formatPct(33.333333, "th")).toBe("33.33");
    expect(formatPct(null, "en")).toBe("–");
    expect(formatPct(Number.NaN, "en", "n/a")).toBe("n/a");
  });

  it("writes Thai dates in the Buddhist era", () => {
    expect(formatIsoDate("2026-01-30", "th")).toBe("30 มกราคม 2569");
    expect(formatIsoDate("2026-01-30", "en")).toBe("30 January 2026");
    expect(formatIsoDate("not a date", "en")).toBe("not a date");
  });

  it("clamps bars to their track", () => {
    expect(barWidth(150)).toBe(100);
    expect(barWidth(-5)).toBe(0);
    expect(barWidth(null)).toBe(0);
    expect(barWidth(42.5)).toBe(42.5);
  });
});

describe("theme", () => {
  it("follows a dark Office background and stays light otherwise", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "not a colour" })).toBe("light");
    expect(themeFromOffice(undefined)).toBe("light");
  });

  it("follows the browser's colour scheme in the workspace", () => {
    expect(themeFromMedia(() => ({ matches: true }))).toBe("dark");
    expect(themeFromMedia(() => ({ matches: false }))).toBe("light");
    expect(themeFromMedia(undefined)).toBe("light");
  });
});
