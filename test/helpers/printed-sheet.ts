// Test helper: small printed trackers as plain cells (header on row 1), and rule tables run over them.
import { CellValue, cellAddress } from "../../src/core/cell";
import { loadDefaultReference } from "../../src/core/reference";
import { Rule, runRule } from "../../src/core/rules/define";
import { RowTable } from "../../src/core/table/row-table";
import { ColumnKey, TEMPLATE_HEADERS } from "../../src/core/tracker/columns";
import { loadTable } from "../../src/core/tracker/load";
import { MemorySheet, MemorySource } from "../../src/workbook/memory/source";

/** The columns of the test layout, A onwards. */
export const PRINTED_KEYS: readonly ColumnKey[] = [
  "project_id",
  "project_name",
  "department",
  "fiscal_year",
  "budget_code",
  "budget",
  "strategy",
  "master_plan",
  "q1_progress",
  "q1_disbursed",
];

/** A1 address of `key` on worksheet row `row` in the test layout. */
export function printedCell(key: ColumnKey, row: number): string {
  return cellAddress(row, PRINTED_KEYS.indexOf(key) + 1);
}

/** A valid DOE project row of FY2569 with this budget and Q1 disbursement. */
export function project(id: string, budget: CellValue, disbursed: CellValue, department: CellValue = "กกจ."): CellValue[] {
  // A budget code of its own per id (a shared one is budget-code-shared's finding).
  const code = `1234567890123456${String([...id].reduce((n, ch) => n * 31 + ch.charCodeAt(0), 7) % 10_000).padStart(4, "0")}`;
  return [id, `โครงการ ${id}`, department, 2569, code, budget, 3, 11, 50, disbursed];
}

/** A row with text in the name column and money in the budget and disbursement columns. */
export function totalRow(label: string, budget: CellValue, disbursed: CellValue): CellValue[] {
  return [null, label, null, null, null, budget, null, null, null, disbursed];
}

/** The sheet: header on row 1, `rows` from row 2. */
export function printedSheet(rows: CellValue[][], layout: Partial<MemorySheet> = {}): MemorySheet {
  return { name: "Tracker", values: [PRINTED_KEYS.map((k) => TEMPLATE_HEADERS[k].th), ...rows], ...layout };
}

export async function printedTable(sheet: MemorySheet): Promise<RowTable> {
  return (await loadTable([new MemorySource("printed.xlsx", [sheet])], loadDefaultReference())).table;
}

export interface SheetCase {
  name: string;
  rows: CellValue[][];
  layout?: Partial<MemorySheet>;
}

export interface SheetInvalidCase extends SheetCase {
  errors: { row: number; cell: string; messageId: string; data?: Record<string, string | number> }[];
}

/** A rule's valid and invalid sheets: the findings' rule id, row, cell and message id (not text). */
export function sheetRuleTester(rule: Rule, cases: { valid: SheetCase[]; invalid: SheetInvalidCase[] }): void {
  const run = async (c: SheetCase) =>
    runRule(rule, { table: await printedTable(printedSheet(c.rows, c.layout)), reference: loadDefaultReference(), fiscalYear: 2569, quarter: 1 });
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", async (_name, c) => {
      expect(await run(c)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", async (_name, c) => {
      const found = await run(c);
      expect(found.every((f) => f.rule === rule.id && f.severity === rule.meta.severity)).toBe(true);
      expect(found.map((f) => ({ row: f.row, cell: f.cell, messageId: f.messageId, data: f.data }))).toEqual(
        c.errors.map((e) => ({ row: e.row, cell: e.cell, messageId: e.messageId, data: expect.objectContaining(e.data ?? {}) })),
      );
      for (const f of found) {
        expect(f.message.th).not.toMatch(/\{\w+\}/);
        expect(f.message.en).not.toMatch(/\{\w+\}/);
      }
    });
  });
}
