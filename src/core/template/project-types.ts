// Project-type labels as the template's drop-down offers them (and as memos name the types).
import { Lang } from "../findings";
import { PROJECT_TYPES, ProjectType } from "../tracker/types";

/**
 * Labels per type. The Thai labels are the ones SPEC §2 lists; each one is read back to its type
 * by `resolveProjectType`, which the template tests check.
 */
export const PROJECT_TYPE_LABELS: Record<ProjectType, Record<Lang, string>> = {
  annual: { th: "โครงการประจำปีงบประมาณ", en: "Annual project" },
  big_rock: { th: "Big Rock", en: "Big Rock" },
  quick_win: { th: "Quick Win", en: "Quick Win" },
  level3: { th: "แผนระดับ ๓", en: "Level-3 plan" },
};

/** Drop-down labels in the template's language, in PROJECT_TYPES order. */
export function projectTypeLabels(lang: Lang): string[] {
  return PROJECT_TYPES.map((t) => PROJECT_TYPE_LABELS[t][lang]);
}
