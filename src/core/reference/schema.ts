// The zod schema of reference data (strategies, master plans, reform areas, clusters, departments).
// zod/mini, not "zod": the full API keeps every method (JSON Schema export among them) in the pane's first
// bundle, about 24 KB gzip against 8 KB here, and the task pane's initial JavaScript has a 200 KB budget.
import * as z from "zod/mini";

// No JIT: zod probes for it with `new Function`, which the pages' Content-Security-Policy (no eval) reports as a
// violation even though zod catches the throw; reference data is parsed once, so the JIT would gain nothing.
// Set before any schema below is made: making one may run the probe. zod/mini carries no messages of its own:
// the English ones of full zod, which a reference sheet's problems quote.
z.config({ jitless: true, ...z.locales.en() });

/** Four cumulative percentages, one per quarter, each 0–100. */
const perQuarter = z.tuple([percent(), percent(), percent(), percent()]);

/** A text with at least one character. */
function nonEmpty() {
  return z.string().check(z.minLength(1));
}

/** A list with at least one entry. */
function atLeastOne<T extends z.core.SomeType>(element: T) {
  return z.array(element).check(z.minLength(1));
}

function percent() {
  return z.number().check(z.minimum(0), z.maximum(100));
}

/** Plan targets (SPEC §4): cumulative progress % and disbursement % due by the end of each quarter. */
export const quarterTargetsSchema = z
  .object({
    about: z.optional(z.string()),
    progress: perQuarter,
    disbursement: perQuarter,
  })
  .check(
    z.superRefine((targets, ctx) => {
      // Cumulative: a later quarter's target below an earlier one is a typing slip, not a plan.
      for (const key of ["progress", "disbursement"] as const) {
        const values = targets[key];
        for (let q = 1; q < 4; q++) {
          if (values[q] < values[q - 1])
            ctx.addIssue({
              code: "custom",
              path: [key, q],
              message: "below the quarter before (targets are cumulative)",
            });
        }
      }
    })
  );

const named = {
  name_th: nonEmpty(),
  name_en: nonEmpty(),
};

export const referenceSchema = z
  .object({
    about: z.optional(z.string()),
    ministry: z.object({ ...named, letter_code_th: nonEmpty() }),
    strategies: atLeastOne(z.object({ code: z.int().check(z.positive()), ...named })),
    master_plans: atLeastOne(
      z.object({
        code: z.int().check(z.positive()),
        ...named,
        strategies: z.array(z.int().check(z.positive())),
      })
    ),
    sub_plans: z.array(
      z.object({
        code: z.string().check(z.regex(/^\d{4}(\d{2})?$/)),
        master_plan: z.int().check(z.positive()),
        name_th: nonEmpty(),
        name_en: z.optional(z.string()),
      })
    ),
    reform_areas: atLeastOne(z.object({ code: z.int().check(z.positive()), ...named })),
    clusters: z.array(
      z.object({
        code: nonEmpty(),
        ...named,
        head_title_th: nonEmpty(),
        head_title_en: z.optional(z.string()),
      })
    ),
    departments: atLeastOne(
      z.object({
        code: nonEmpty(),
        ...named,
        abbr_th: nonEmpty(),
        cluster: z.nullable(nonEmpty()),
        head_title_th: nonEmpty(),
      })
    ),
    approval_chain_th: atLeastOne(nonEmpty()),
    final_approver_title_th: nonEmpty(),
    reporting_office_th: nonEmpty(),
    budget_code_pattern: nonEmpty(),
    report_deadline_days_after_quarter_end: z.int().check(z.minimum(0), z.maximum(366)),
    quarter_targets: quarterTargetsSchema,
  })
  .check(
    z.superRefine((ref, ctx) => {
      const clusterCodes = new Set(ref.clusters.map((c) => c.code));
      ref.departments.forEach((d, i) => {
        if (d.cluster !== null && !clusterCodes.has(d.cluster)) {
          ctx.addIssue({
            code: "custom",
            path: ["departments", i, "cluster"],
            message: `unknown cluster ${d.cluster}`,
          });
        }
      });
      const strategyCodes = new Set(ref.strategies.map((s) => s.code));
      ref.master_plans.forEach((m, i) => {
        m.strategies.forEach((s) => {
          if (!strategyCodes.has(s)) {
            ctx.addIssue({
              code: "custom",
              path: ["master_plans", i, "strategies"],
              message: `unknown strategy ${s}`,
            });
          }
        });
      });
      try {
        new RegExp(ref.budget_code_pattern);
      } catch {
        ctx.addIssue({
          code: "custom",
          path: ["budget_code_pattern"],
          message: "not a valid regular expression",
        });
      }
    })
  );

export type ReferenceData = z.infer<typeof referenceSchema>;
export type DepartmentRef = ReferenceData["departments"][number];
export type ClusterRef = ReferenceData["clusters"][number];
export type MasterPlanRef = ReferenceData["master_plans"][number];
export type QuarterTargets = ReferenceData["quarter_targets"];
export type NamedRef = ReferenceData["strategies"][number];
