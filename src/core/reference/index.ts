// Reference data with its look-ups: departments by any spelling, linkage tables, sub-plans.
import { compactKey, foldText } from "../text";
import defaultData from "./mol-default.json";
import { ClusterRef, DepartmentRef, MasterPlanRef, NamedRef, ReferenceData, referenceSchema } from "./schema";

export type { ClusterRef, DepartmentRef, MasterPlanRef, NamedRef, QuarterTargets, ReferenceData } from "./schema";

/** Where the plan targets came from: the built-in table, or a workbook's reference sheet. */
export type TargetsSource =
  | { readonly kind: "built-in" }
  | { readonly kind: "sheet"; readonly file: string; readonly sheet: string };

/** Thrown when reference data fails its schema; message names the first problems. */
export class ReferenceError extends Error {}

export class Reference {
  readonly data: ReferenceData;
  private readonly departmentKeys = new Map<string, DepartmentRef>();
  private readonly strategyByName = new Map<string, number>();
  private readonly masterPlanByName = new Map<string, number>();
  private readonly reformByName = new Map<string, number>();
  readonly budgetCodePattern: RegExp;

  constructor(
    data: ReferenceData,
    readonly targetsSource: TargetsSource = { kind: "built-in" },
  ) {
    this.data = data;
    for (const d of data.departments) {
      for (const key of [d.code, d.name_th, d.name_en, d.abbr_th]) this.departmentKeys.set(compactKey(key), d);
    }
    for (const s of data.strategies) addNames(this.strategyByName, s);
    for (const m of data.master_plans) addNames(this.masterPlanByName, m);
    for (const r of data.reform_areas) addNames(this.reformByName, r);
    this.budgetCodePattern = new RegExp(data.budget_code_pattern);
  }

  static parse(raw: unknown): Reference {
    const result = referenceSchema.safeParse(raw);
    if (!result.success) {
      const first = result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
        .join("; ");
      throw new ReferenceError(`Reference data is not valid: ${first}`);
    }
    return new Reference(result.data);
  }

  department(text: string): DepartmentRef | undefined {
    return this.departmentKeys.get(compactKey(text));
  }

  departmentByCode(code: string): DepartmentRef | undefined {
    return this.data.departments.find((d) => d.code === code);
  }

  cluster(code: string | null): ClusterRef | undefined {
    return code === null ? undefined : this.data.clusters.find((c) => c.code === code);
  }

  strategy(code: number): NamedRef | undefined {
    return this.data.strategies.find((s) => s.code === code);
  }

  masterPlan(code: number): MasterPlanRef | undefined {
    return this.data.master_plans.find((m) => m.code === code);
  }

  reformArea(code: number): NamedRef | undefined {
    return this.data.reform_areas.find((r) => r.code === code);
  }

  strategyCodeByName(name: string): number | undefined {
    return lookupName(this.strategyByName, name);
  }

  masterPlanCodeByName(name: string): number | undefined {
    return lookupName(this.masterPlanByName, name);
  }

  reformCodeByName(name: string): number | undefined {
    return lookupName(this.reformByName, name);
  }

  /** Sub-plans the reference lists for a master plan (empty = any code with its two digits). */
  subPlansOf(masterPlan: number): string[] {
    return this.data.sub_plans.filter((s) => s.master_plan === masterPlan).map((s) => s.code);
  }

  subPlanName(code: string): string | undefined {
    const four = code.slice(0, 4);
    return this.data.sub_plans.find((s) => s.code === code || s.code === four)?.name_th;
  }
}

function addNames(map: Map<string, number>, item: { code: number; name_th: string; name_en: string }): void {
  map.set(foldText(item.name_th), item.code);
  map.set(foldText(item.name_en), item.code);
}

/** Exact name, or a name with a Thai "ด้าน" prefix dropped or added. */
function lookupName(map: Map<string, number>, name: string): number | undefined {
  const key = foldText(name);
  return map.get(key) ?? map.get(`ด้าน${key}`) ?? map.get(key.replace(/^ด้าน/, ""));
}

let defaultReference: Reference | undefined;

/** The built-in Ministry of Labour reference (validated once). */
export function loadDefaultReference(): Reference {
  defaultReference ??= Reference.parse(defaultData);
  return defaultReference;
}
