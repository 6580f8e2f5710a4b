// HTML building blocks of the briefing: escaping (tracker text is hostile input) and number formats.
import { visibleLength } from "../outputs/doc-kit";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for element content and quoted attribute values alike. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** 1234567.5 → "1,234,567.50": fixed decimals, thousands separated (the same in Thai and English). */
export function fixed(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** A percentage with two decimals, as the sheets and the pane show it; "–" for none. */
export function pct(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "–" : fixed(value, 2);
}

export function count(value: number): string {
  return fixed(value, 0);
}

export function money(value: number): string {
  return fixed(value, 2);
}

/** A full-precision number for a data attribute, so a reader (or test) can compare it exactly with the JSON. */
export function exact(value: number | null): string {
  return value === null ? "" : String(value);
}

/** Text cut to `max` visible characters with an ellipsis (SVG text does not wrap). */
export function clip(text: string, max: number): string {
  if (visibleLength(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (visibleLength(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}
