// Shared fast-check generators for the property tests: hostile cell values, formats and tracker rows.
import fc from "fast-check";
import { CellValue, EXCEL_ERROR_CODES, excelError } from "../../src/core/cell";
import { loadDefaultReference } from "../../src/core/reference";
import { asciiDigitsToThai } from "../../src/core/text";
import { COLUMN_KEYS, ColumnKey } from "../../src/core/tracker/columns";
import { CellSpec, RowSpec } from "../helpers/rows";

/** Text planners (and attackers) put in cells: Thai digits, amounts, NaN-ish words, control characters. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => asciiDigitsToThai(String(n))),
  fc.constantFrom(
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "1e999",
    "-1e999",
    "0x1F",
    "0b101",
    "1_000",
    "1,2,3",
    "1..2",
    "--5",
    "+-5",
    "12abc",
    "abc12",
    "e5",
    ".",
    "-",
    "–",
    "—",
    "%",
    "45%",
    "๔๕%",
    "1,250,000.50 บาท",
    "฿ 2,000",
    "(5,000)",
    "ยุทธศาสตร์ที่ ๒",
    "แผนแม่บทฯ ประเด็น 11",
    "#N/A",
    " #ref! ",
    "=1+1",
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
    "\u0000\u0001\u001f",
    "\u200b",
    "\u00a0",
    "\ufeff12",
    "x".repeat(32_767)
  )
);

/** Numbers at the edges of what a double holds. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -3000, max: 3000 }),
  fc.constantFrom(
    0,
    -0,
    5e-324,
    -5e-324,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    1e21,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2569,
    2026,
    45658 // a date serial (2025-01-01)
  )
);

export const errorValue: fc.Arbitrary<CellValue> = fc
  .constantFrom(...EXCEL_ERROR_CODES)
  .map((code) => excelError(code));

/** Any raw cell value an adapter may hand the engine. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  edgeNumber,
  nastyText,
  errorValue
);

export const anyFormat: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "General",
    "0%",
    "0.00%",
    "d/m/yyyy",
    "[$-th-TH]d mmm yy",
    "#,##0.00",
    '"%"0',
    "@",
    "hh:mm",
    "0.00E+00",
    ""
  ),
  fc.string({ maxLength: 12 })
);

export const anyCellSpec: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 3, arbitrary: anyCell },
  { weight: 1, arbitrary: fc.record({ v: anyCell, f: anyFormat }) }
);

/** A row with any subset of columns holding any cell. */
export const anyRowSpec: fc.Arbitrary<RowSpec> = fc.record(
  Object.fromEntries(COLUMN_KEYS.map((k) => [k, anyCellSpec])) as Record<
    ColumnKey,
    fc.Arbitrary<CellSpec>
  >,
  { requiredKeys: [] }
);

const reference = loadDefaultReference();
const departmentCodes = reference.data.departments.map((d) => d.code);
/** Strategy / master plan pairs the reference links, so valid rows pass linkage-mismatch. */
const linkedPlans = reference.data.master_plans.flatMap((m) =>
  m.strategies.map((strategy) => ({ masterPlan: m.code, strategy }))
);

/** An amount a real tracker could hold (baht, up to 10 billion), sometimes with satang. */
const amount: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000_000 }),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 100)
);

/** A progress value in 0..100, or blank (not reported). */
const progress: fc.Arbitrary<number | null> = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  { nil: null }
);

type Disbursement = { share: number } | { amount: number } | null;

/** Mostly a share (0..0.25) of the budget, so rows stay in the figures; sometimes any amount (overspent). */
const disbursementSpec: fc.Arbitrary<Disbursement> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.double({ min: 0, max: 0.25, noNaN: true }).map((share) => ({ share })),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: amount.map((a) => ({ amount: a })) }
);

/** The amount in whole satang. */
function disbursement(spec: Disbursement, budget: number): number | null {
  if (spec === null) return null;
  if ("amount" in spec) return spec.amount;
  return Math.floor(budget * spec.share * 100) / 100;
}

/**
 * A row that is valid where the figures are concerned: progress in 0..100 or blank, budget ≥ 0,
 * disbursements ≥ 0. Other rules may still fire (overspent, duplicates…): those rows are left out.
 */
export const validFigureRow: fc.Arbitrary<RowSpec> = fc
  .record({
    id: fc.integer({ min: 1, max: 60 }),
    name: fc.string({ minLength: 1, maxLength: 20 }),
    department: fc.constantFrom(...departmentCodes),
    fiscalYear: fc.constantFrom(2568, 2569),
    plan: fc.constantFrom(...linkedPlans),
    budget: amount,
    progress: fc.array(progress, { minLength: 4, maxLength: 4 }),
    disbursed: fc.array(disbursementSpec, { minLength: 4, maxLength: 4 }),
  })
  .map((r) => ({ ...r, disbursed: r.disbursed.map((d) => disbursement(d, r.budget)) }))
  .map((r) => ({
    project_id: `P-${r.id}`,
    project_name: `${r.name} ${r.id}`,
    department: r.department,
    project_type: "โครงการประจำปีงบประมาณ",
    fiscal_year: r.fiscalYear,
    budget_code: String(10_000_000_000_000_000_000n + BigInt(r.id)),
    budget: r.budget,
    strategy: r.plan.strategy,
    master_plan: r.plan.masterPlan,
    q1_progress: r.progress[0],
    q2_progress: r.progress[1],
    q3_progress: r.progress[2],
    q4_progress: r.progress[3],
    q1_disbursed: r.disbursed[0],
    q2_disbursed: r.disbursed[1],
    q3_disbursed: r.disbursed[2],
    q4_disbursed: r.disbursed[3],
  }));
