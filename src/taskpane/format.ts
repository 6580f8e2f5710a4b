// Numbers and dates as the pane shows them: two decimals for percentages, Thai dates in the Buddhist era.
import { Lang } from "../core/findings";

const DECIMALS: Record<Lang, Intl.NumberFormat> = {
  th: new Intl.NumberFormat("th-TH", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

const INTEGERS: Record<Lang, Intl.NumberFormat> = {
  th: new Intl.NumberFormat("th-TH", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};

/** A percentage with two decimals, or the dash for "no value". */
export function formatPct(value: number | null, lang: Lang, none = "–"): string {
  return value === null || !Number.isFinite(value) ? none : DECIMALS[lang].format(value);
}

export function formatCount(value: number, lang: Lang): string {
  return INTEGERS[lang].format(value);
}

/** An ISO date (YYYY-MM-DD) in long form: Thai uses the Buddhist era, as in the memos. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const locale = lang === "th" ? "th-TH-u-ca-buddhist" : "en-GB";
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A bar's width in percent of its track, clamped to 0–100 (bad data must not break the layout). */
export function barWidth(value: number | null): number {
  if (value === null || !Number.isFinite(value)) return 0;
  return Math.max(0, Math.min(100, value));
}
