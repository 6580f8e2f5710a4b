// Compact rows (what loading builds) read exactly like rows built field by field, whatever the cell holds.
import { CellValue, excelError } from "../../../src/core/cell";
import { loadDefaultReference } from "../../../src/core/reference";
import { COLUMN_KEYS, TEMPLATE_HEADERS } from "../../../src/core/tracker/columns";
import { loadTracker } from "../../../src/core/tracker/load";
import { SAME_AS_RAW, fieldOf, parsedOf, rawOf } from "../../../src/core/tracker/row-fields";
import { ProjectRow } from "../../../src/core/tracker/types";
import { MemorySource } from "../../../src/workbook/memory/source";
import { RowSpec, makeRows, validRow } from "../../helpers/rows";

const reference = loadDefaultReference();

/** Cells whose parsed value equals the raw value, and cells whose reading changes or rejects it. */
const SPECS: RowSpec[] = [
  validRow(),
  validRow({ project_id: " P-002 ", project_name: "โครงการ\u00a0ก", budget: "1,250,000 บาท", q1_progress: { v: 0.45, f: "0%" } }),
  validRow({ project_id: "P-003", budget: -0, q1_disbursed: 0, budget_code: 12345678, sub_plan: 1104 }),
  validRow({ project_id: "P-004", fiscal_year: "๒๕๖๙", strategy: "ยุทธศาสตร์ที่ ๓", master_plan: "(11)", q1_progress: "45%" }),
  validRow({ project_id: "P-005", budget: excelError("#N/A"), q1_disbursed: { v: 45000, f: "dd/mm/yyyy" }, remarks: "=HYPERLINK(\"x\")" }),
  validRow({ project_id: "P-006", budget: "-", budget_code: "1234-5678", department: "กรมการจัดหางาน (กกจ.)", q2_progress: true }),
];

async function compactRows(): Promise<ProjectRow[]> {
  const header = COLUMN_KEYS.map((key) => TEMPLATE_HEADERS[key].th);
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => "General")];
  for (const spec of SPECS) {
    values.push(COLUMN_KEYS.map((key) => cellValue(spec[key])));
    formats.push(COLUMN_KEYS.map((key) => cellFormat(spec[key])));
  }
  const source = new MemorySource("test.xlsx", [{ name: "Tracker", values, formats }]);
  return [...(await loadTracker(source, reference)).rows];
}

function cellValue(spec: RowSpec[keyof RowSpec]): CellValue {
  return typeof spec === "object" && spec !== null && "f" in spec ? spec.v : (spec ?? null);
}

function cellFormat(spec: RowSpec[keyof RowSpec]): string {
  return typeof spec === "object" && spec !== null && "f" in spec ? spec.f : "General";
}

describe("compact rows", () => {
  it("give every field, parsed value and resolution of rows built field by field", async () => {
    const compact = await compactRows();
    const plain = makeRows(SPECS, { reference });
    expect(compact).toHaveLength(SPECS.length);
    compact.forEach((row, i) => {
      expect(row.row).toBe(plain[i].row);
      expect(row.resolved).toEqual(plain[i].resolved);
      for (const key of COLUMN_KEYS) {
        const expected = fieldOf(plain[i].fields, key);
        const actual = fieldOf(row.fields, key);
        expect({ key, cell: actual.cell, raw: actual.raw, format: actual.format }).toEqual({
          key,
          cell: expected.cell,
          raw: expected.raw,
          format: expected.format,
        });
        // Object.is inside toEqual: -0 read from a -0 cell must stay -0.
        expect(actual.parsed).toEqual(expected.parsed);
        expect(parsedOf(row.fields, key)).toEqual(expected.parsed);
        expect(rawOf(row.fields, key)).toEqual(expected.raw);
      }
    });
  });

  it("never hand out the stand-in for a value read as it is", async () => {
    for (const row of await compactRows()) {
      for (const key of COLUMN_KEYS) {
        expect(parsedOf(row.fields, key)).not.toBe(SAME_AS_RAW);
        expect(fieldOf(row.fields, key).parsed).not.toBe(SAME_AS_RAW);
      }
    }
  });

  it("keep -0 apart from 0", async () => {
    const [, , row] = await compactRows();
    const budget = parsedOf<number>(row.fields, "budget");
    expect(budget.kind === "ok" && Object.is(budget.value, -0)).toBe(true);
  });
});
