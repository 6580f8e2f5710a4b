// All rules, sorted by id. test/core/rules/index.test.ts fails when a rule file is missing here.
import { Rule } from "./define";
import { missingValue } from "./missing-value";

export const RULES: readonly Rule[] = [missingValue] as Rule[];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
