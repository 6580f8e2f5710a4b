// Test helper: project rows from plain objects, laid out like a template tracker (header on row 1).
import { CellValue, cellAddress } from "../../src/core/cell";
import { Reference, loadDefaultReference } from "../../src/core/reference";
import { COLUMN_KEYS, ColumnKey } from "../../src/core/tracker/columns";
import { makeProjectRow } from "../../src/core/tracker/rows";
import { ProjectRow } from "../../src/core/tracker/types";

/** A cell given as a value, or as `{ v, f }` with a number format. */
export type CellSpec = CellValue | { v: CellValue; f: string };
export type RowSpec = Partial<Record<ColumnKey, CellSpec>>;

/** Column of each key in the test layout: template order, A = project_id. */
export function columnOf(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key) + 1;
}

/** A1 address of `key` on worksheet row `row` in the test layout. */
export function cellOf(key: ColumnKey, row: number): string {
  return cellAddress(row, columnOf(key));
}

/** A valid annual DOE project of FY2569 with Q1 progress; override any field. */
export function validRow(overrides: RowSpec = {}): RowSpec {
  return {
    project_id: "P-001",
    project_name: "โครงการพัฒนาทักษะแรงงาน",
    department: "DOE",
    project_type: "โครงการประจำปีงบประมาณ",
    fiscal_year: 2569,
    budget_code: "12345678901234567890",
    budget: 1000000,
    strategy: 3,
    master_plan: 11,
    sub_plan: "1104",
    q1_progress: 25,
    q1_disbursed: 100000,
    ...overrides,
  };
}

/**
 * Rows from specs; row i sits on worksheet row i + 2. A key absent from every spec and from
 * `columns` is treated as a column the tracker lacks.
 */
export function makeRows(
  specs: RowSpec[],
  opts: { reference?: Reference; file?: string; sheet?: string; columns?: ColumnKey[] } = {},
): ProjectRow[] {
  const reference = opts.reference ?? loadDefaultReference();
  const present = new Set<ColumnKey>(opts.columns ?? COLUMN_KEYS);
  return specs.map((spec, i) => {
    const row = i + 2;
    return makeProjectRow(
      { file: opts.file ?? "test.xlsx", sheet: opts.sheet ?? "Tracker", row, index: i },
      (key) => {
        if (!present.has(key) && !(key in spec)) return undefined;
        const s = spec[key];
        const isFormatted = typeof s === "object" && s !== null && "f" in s;
        return {
          value: isFormatted ? s.v : ((s ?? null) as CellValue),
          format: isFormatted ? s.f : "General",
          address: cellOf(key, row),
        };
      },
      reference,
    );
  });
}
