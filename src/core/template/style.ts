// Shared look of the template's sheets: the font planners expect in each language.
import { Lang } from "../findings";

/** TH Sarabun New 16 pt is the government standard for Thai documents; English uses Excel's default. */
export function templateFont(lang: Lang): { name: string; size: number } {
  return lang === "th" ? { name: "TH Sarabun New", size: 16 } : { name: "Calibri", size: 11 };
}
