// The zod schema of reference data (strategies, master plans, reform areas, clusters, departments).
import { z } from "zod";

// No JIT: zod probes for it with `new Function`, which the pages' Content-Security-Policy (no eval) reports as a
// violation even though zod catches the throw; reference data is parsed once, so the JIT would gain nothing.
// Set before any schema below is made: making one may run the probe.
z.config({ jitless: true });

/** Four cumulative percentages, one per quarter, each 0–100. */
const perQuarter = z.tuple([percent(), percent(), percent(), percent()]);

function percent() {
  return z.number().min(0).max(100);
}

/** Plan targets (SPEC §4): cumulative progress % and disbursement % due by the end of each quarter. */
export const quarterTargetsSchema = z
  .object({
    about: z.string().optional(),
    progress: perQuarter,
    disbursement: perQuarter,
  })
  .superRefine((targets, ctx) => {
    // Cumulative: a later quarter's target below an earlier one is a typing slip, not a plan.
    for (const key of ["progress", "disbursement"] as const) {
      const values = targets[key];
      for (let q = 1; q < 4; q++) {
        if (values[q] < values[q - 1]) ctx.addIssue({ code: "custom", path: [key, q], message: "below the quarter before (targets are cumulative)" });
      }
    }
  });

const named = {
  name_th: z.string().min(1),
  name_en: z.string().min(1),
};

export const referenceSchema = z
  .object({
    about: z.string().optional(),
    ministry: z.object({ ...named, letter_code_th: z.string().min(1) }),
    strategies: z.array(z.object({ code: z.number().int().positive(), ...named })).min(1),
    master_plans: z
      .array(
        z.object({ code: z.number().int().positive(), ...named, strategies: z.array(z.number().int().positive()) }),
      )
      .min(1),
    sub_plans: z.array(
      z.object({
        code: z.string().regex(/^\d{4}(\d{2})?$/),
        master_plan: z.number().int().positive(),
        name_th: z.string().min(1),
        name_en: z.string().optional(),
      }),
    ),
    reform_areas: z.array(z.object({ code: z.number().int().positive(), ...named })).min(1),
    clusters: z.array(
      z.object({ code: z.string().min(1), ...named, head_title_th: z.string().min(1), head_title_en: z.string().optional() }),
    ),
    departments: z
      .array(
        z.object({
          code: z.string().min(1),
          ...named,
          abbr_th: z.string().min(1),
          cluster: z.string().min(1).nullable(),
          head_title_th: z.string().min(1),
        }),
      )
      .min(1),
    approval_chain_th: z.array(z.string().min(1)).min(1),
    final_approver_title_th: z.string().min(1),
    reporting_office_th: z.string().min(1),
    budget_code_pattern: z.string().min(1),
    report_deadline_days_after_quarter_end: z.number().int().min(0).max(366),
    quarter_targets: quarterTargetsSchema,
  })
  .superRefine((ref, ctx) => {
    const clusterCodes = new Set(ref.clusters.map((c) => c.code));
    ref.departments.forEach((d, i) => {
      if (d.cluster !== null && !clusterCodes.has(d.cluster)) {
        ctx.addIssue({ code: "custom", path: ["departments", i, "cluster"], message: `unknown cluster ${d.cluster}` });
      }
    });
    const strategyCodes = new Set(ref.strategies.map((s) => s.code));
    ref.master_plans.forEach((m, i) => {
      m.strategies.forEach((s) => {
        if (!strategyCodes.has(s)) {
          ctx.addIssue({ code: "custom", path: ["master_plans", i, "strategies"], message: `unknown strategy ${s}` });
        }
      });
    });
    try {
      new RegExp(ref.budget_code_pattern);
    } catch {
      ctx.addIssue({ code: "custom", path: ["budget_code_pattern"], message: "not a valid regular expression" });
    }
  });

export type ReferenceData = z.infer<typeof referenceSchema>;
export type DepartmentRef = ReferenceData["departments"][number];
export type ClusterRef = ReferenceData["clusters"][number];
export type MasterPlanRef = ReferenceData["master_plans"][number];
export type QuarterTargets = ReferenceData["quarter_targets"];
export type NamedRef = ReferenceData["strategies"][number];
