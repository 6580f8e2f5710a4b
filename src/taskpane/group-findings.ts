// Findings grouped for the Check panel: one group per rule and severity, errors first, biggest first.
import { Finding, LocalText, Severity } from "../core/findings";
import { ruleById } from "../core/rules";

export interface FindingGroup {
  /** `rule:severity`, stable across renders (accordion item value). */
  readonly key: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly description: LocalText;
  readonly findings: readonly Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.rule}:${f.severity}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const { rule, severity } = list[0];
      const description = ruleById(rule)?.meta.description ?? { th: rule, en: rule };
      return { key, rule, severity, description, findings: list };
    })
    .sort(
      (a, b) =>
        Number(b.severity === "error") - Number(a.severity === "error") ||
        b.findings.length - a.findings.length ||
        a.rule.localeCompare(b.rule),
    );
}

/** Distinct cells of the findings (a cell with two findings is highlighted once). */
export function findingCells(findings: readonly Finding[]): { sheet: string; address: string }[] {
  const seen = new Set<string>();
  const cells: { sheet: string; address: string }[] = [];
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push({ sheet: f.sheet, address: f.cell });
  }
  return cells;
}
