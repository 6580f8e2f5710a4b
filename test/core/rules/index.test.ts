// The rule catalogue: every rule file is registered, sorted, named after its id, tested and translated.
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { Rule } from "../../../src/core/rules/define";
import { RULES } from "../../../src/core/rules/index";

const RULES_DIR = join(__dirname, "../../../src/core/rules");
const TESTS_DIR = __dirname;
/** Files in the rules folder that are framework, not rules. */
const NON_RULE_FILES = ["define.ts", "index.ts", "support.ts"];

/** The 26 rule ids of SPEC §3, copied by hand so a renamed or dropped rule fails here. */
const SPEC_IDS = [
  "missing-value",
  "cell-error",
  "invalid-number",
  "duplicate-project-id",
  "duplicate-project",
  "unknown-department",
  "invalid-strategy",
  "invalid-master-plan",
  "linkage-mismatch",
  "sub-plan-mismatch",
  "invalid-reform-area",
  "reform-required",
  "fiscal-year-invalid",
  "fiscal-year-ce",
  "fiscal-year-other",
  "budget-invalid",
  "budget-code-format",
  "budget-code-shared",
  "progress-out-of-range",
  "progress-decreasing",
  "progress-missing",
  "disbursed-invalid",
  "overspent",
  "text-too-long",
  "subtotal-mismatch",
  "formula-not-calculated",
];

const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith(".ts") && !NON_RULE_FILES.includes(f))
  .map((f) => f.slice(0, -3))
  .sort();

function isRule(value: unknown): value is Rule {
  const r = value as Rule;
  return typeof value === "object" && value !== null && typeof r.id === "string" && typeof r.check === "function";
}

function camelCase(id: string): string {
  return id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

describe("rule catalogue", () => {
  it("has the 26 SPEC rule ids", () => {
    expect(SPEC_IDS).toHaveLength(26);
    const ids = RULES.map((r) => r.id);
    expect(SPEC_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("lists exactly the rule files, sorted by id, without repeats", () => {
    const ids = RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual(ruleFiles);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ruleFiles)("%s exports one camelCase rule whose id is its file name, the one in RULES", (file) => {
    const exported = require(join(RULES_DIR, file)) as Record<string, unknown>;
    const rules = Object.entries(exported).filter(([, v]) => isRule(v));
    expect(rules.map(([name]) => name)).toEqual([camelCase(file)]);
    const [, rule] = rules[0] as [string, Rule];
    expect(rule.id).toBe(file);
    expect(RULES).toContain(rule);
  });

  it.each(ruleFiles)("%s has its test file", (file) => {
    expect(existsSync(join(TESTS_DIR, `${file}.test.ts`))).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s has a severity, Thai and English texts", (_id, rule) => {
    expect(["error", "warning"]).toContain(rule.meta.severity);
    expect(rule.meta.description.th.trim()).not.toBe("");
    expect(rule.meta.description.en.trim()).not.toBe("");
    const messages = Object.entries(rule.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect({ messageId, th: text.th.trim() !== "", en: text.en.trim() !== "" }).toEqual({ messageId, th: true, en: true });
      // A placeholder only one language fills would show data to one reader and hide it from the other.
      expect({ messageId, th: placeholders(text.th) }).toEqual({ messageId, th: placeholders(text.en) });
    }
  });
});
