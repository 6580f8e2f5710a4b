// Use case "consolidate": one master tracker from several department trackers, duplicates reported.
import { Lang } from "../core/findings";
import { buildConsolidatedDoc } from "../core/outputs/consolidated";
import { buildValidationDoc } from "../core/outputs/validation";
import { SheetDoc } from "../core/outputs/sheet-doc";
import { CheckResult } from "./check";

/** Rules whose findings are the duplicates a consolidation reports. */
export const DUPLICATE_RULES = ["duplicate-project-id", "duplicate-project"];

export function consolidateDocs(check: CheckResult, lang: Lang): { docs: SheetDoc[]; duplicates: string[] } {
  const master = buildConsolidatedDoc(check.analysis.rows, check.trackers.map((t) => t.layout), lang);
  const dupFindings = check.analysis.findings.filter((f) => DUPLICATE_RULES.includes(f.rule));
  const dupDoc = buildValidationDoc(dupFindings, { lang, trackerInSameWorkbook: false });
  const duplicatesDoc: SheetDoc = { ...dupDoc, key: "duplicates", name: lang === "th" ? "รายการซ้ำ" : "Duplicates" };
  return { docs: [master, duplicatesDoc], duplicates: DUPLICATE_RULES };
}
