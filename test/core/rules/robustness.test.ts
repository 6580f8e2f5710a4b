// Rules never throw for bad data: random cells of every kind in every column, many rows at once.
import fc from "fast-check";
import { CellValue, EXCEL_ERROR_CODES, excelError } from "../../../src/core/cell";
import { loadDefaultReference } from "../../../src/core/reference";
import { runRule } from "../../../src/core/rules/define";
import { RULES } from "../../../src/core/rules/index";
import { COLUMN_KEYS, QUARTERS } from "../../../src/core/tracker/columns";
import { CellSpec, RowSpec, makeRows } from "../../helpers/rows";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -3000, max: 3000 }),
  fc.constantFrom(2569, 2026, 12345678901234567000, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.string(),
  fc.constantFrom("-", "–", " ", "\u200b", "๒๕๖๙", "ยุทธศาสตร์ที่ ๒", "(11)", "1,250,000.50 บาท", "45%", "(5,000)", "#N/A"),
  fc.constantFrom(...EXCEL_ERROR_CODES).map((code) => excelError(code)),
);

const cellSpec: fc.Arbitrary<CellSpec> = fc.oneof(
  cellValue,
  fc.record({ v: cellValue, f: fc.constantFrom("0%", "d/m/yyyy", "General", "#,##0.00", '"%"0') }),
);

const rowSpec: fc.Arbitrary<RowSpec> = fc.record(
  Object.fromEntries(COLUMN_KEYS.map((k) => [k, cellSpec])) as Record<(typeof COLUMN_KEYS)[number], fc.Arbitrary<CellSpec>>,
  { requiredKeys: [] },
);

describe("rules on random rows", () => {
  it("report findings as data and never throw", () => {
    const reference = loadDefaultReference();
    fc.assert(
      fc.property(
        fc.array(rowSpec, { minLength: 1, maxLength: 6 }),
        fc.option(fc.integer({ min: 2500, max: 2700 }), { nil: null }),
        fc.constantFrom(...QUARTERS),
        (specs, fiscalYear, quarter) => {
          const rows = makeRows(specs, { reference });
          const rowNumbers = new Set(rows.map((r) => r.row));
          for (const rule of RULES) {
            for (const f of runRule(rule, { rows, reference, fiscalYear, quarter })) {
              expect(rowNumbers.has(f.row)).toBe(true);
              expect(Object.keys(rule.messages)).toContain(f.messageId);
              expect(typeof f.message.th).toBe("string");
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
