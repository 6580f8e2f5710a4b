// Use case "briefing": the quarter's executive briefing as one HTML page, from the same check as the sheets.
import { buildBriefingHtml } from "../core/briefing";
import { Lang } from "../core/findings";
import { CheckResult } from "./check";

/** The briefing page's file name: briefing-FY2569-Q2.html (FY unknown → briefing.html). */
export function briefingFileName(check: CheckResult): string {
  const { fiscalYear, quarter } = check.analysis.figures;
  return fiscalYear === null ? "briefing.html" : `briefing-FY${fiscalYear}-Q${quarter}.html`;
}

export function briefingHtml(check: CheckResult, lang: Lang): string {
  return buildBriefingHtml({
    figures: check.analysis.figures,
    reference: check.reference,
    lang,
    files: check.trackers.map((t) => ({ file: t.layout.file, sheet: t.layout.sheet, rows: t.rows })),
    findings: check.analysis.findings,
    referenceSource: check.referenceSource,
  });
}
