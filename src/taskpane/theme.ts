// Light or dark Fluent theme from the Office theme's body background (Excel's dark mode), else the OS setting.
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

/** Relative luminance of a "#RRGGBB" colour, or null when it is not one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office paints the pane background dark; Office.context.officeTheme is absent on some hosts. */
export function themeFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined | null): ThemeName {
  const lum = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  return lum !== null && lum < 0.2 ? "dark" : "light";
}

export function themeFromMedia(matchMedia: ((query: string) => { matches: boolean }) | undefined): ThemeName {
  return matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}
