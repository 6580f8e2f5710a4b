// How the plan targets read in every output: the one line saying which targets were used and where they were set.
import { Lang } from "../findings";
import { PlanTargets } from "../figures/types";
import { label } from "./labels";

/** A target as people write it: 54, 75.5 (at most two decimals, no trailing zeros). */
export function targetNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Where the targets came from, in words. */
export function targetsSourceText(targets: PlanTargets, lang: Lang): string {
  const source = targets.source;
  return source.kind === "built-in"
    ? label(lang, "targetsBuiltIn")
    : label(lang, "targetsFromSheet", { sheet: source.sheet, file: source.file });
}

/** "Plan targets at the end of Q2: progress 50% · disbursement 54% (from: …)". */
export function planLine(targets: PlanTargets, lang: Lang): string {
  return label(lang, "planLine", {
    q: targets.quarter,
    progress: targetNumber(targets.progress_pct),
    disbursement: targetNumber(targets.disbursement_pct),
    source: targetsSourceText(targets, lang),
  });
}
