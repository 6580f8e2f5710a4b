// Turning any failure into one plain sentence in the pane's language (never a console-only error).
import { Lang } from "../core/findings";
import { plainProblem } from "../host/detection";
import { Translate } from "./i18n";

/** Our own errors carry Thai and English; Office errors carry a readable message; anything else is named. */
export function describeError(error: unknown, lang: Lang, t: Translate): string {
  const plain = plainProblem(error);
  if (plain) return plain[lang];
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  return t("unexpected", { detail: detail || String(error) });
}
