// All rules, sorted by id. test/core/rules/index.test.ts fails when a rule file is missing here.
import { Rule } from "./define";
import { budgetCodeFormat } from "./budget-code-format";
import { budgetCodeShared } from "./budget-code-shared";
import { budgetInvalid } from "./budget-invalid";
import { cellError } from "./cell-error";
import { disbursedInvalid } from "./disbursed-invalid";
import { duplicateProject } from "./duplicate-project";
import { duplicateProjectId } from "./duplicate-project-id";
import { fiscalYearCe } from "./fiscal-year-ce";
import { fiscalYearInvalid } from "./fiscal-year-invalid";
import { fiscalYearOther } from "./fiscal-year-other";
import { formulaNotCalculated } from "./formula-not-calculated";
import { invalidMasterPlan } from "./invalid-master-plan";
import { invalidNumber } from "./invalid-number";
import { invalidReformArea } from "./invalid-reform-area";
import { invalidStrategy } from "./invalid-strategy";
import { linkageMismatch } from "./linkage-mismatch";
import { missingValue } from "./missing-value";
import { overspent } from "./overspent";
import { progressDecreasing } from "./progress-decreasing";
import { progressMissing } from "./progress-missing";
import { progressOutOfRange } from "./progress-out-of-range";
import { reformRequired } from "./reform-required";
import { subPlanMismatch } from "./sub-plan-mismatch";
import { subtotalMismatch } from "./subtotal-mismatch";
import { textTooLong } from "./text-too-long";
import { unknownDepartment } from "./unknown-department";
import { unknownProjectType } from "./unknown-project-type";

export const RULES: readonly Rule[] = [
  budgetCodeFormat,
  budgetCodeShared,
  budgetInvalid,
  cellError,
  disbursedInvalid,
  duplicateProject,
  duplicateProjectId,
  fiscalYearCe,
  fiscalYearInvalid,
  fiscalYearOther,
  formulaNotCalculated,
  invalidMasterPlan,
  invalidNumber,
  invalidReformArea,
  invalidStrategy,
  linkageMismatch,
  missingValue,
  overspent,
  progressDecreasing,
  progressMissing,
  progressOutOfRange,
  reformRequired,
  subPlanMismatch,
  subtotalMismatch,
  textTooLong,
  unknownDepartment,
  unknownProjectType,
] as Rule[];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
