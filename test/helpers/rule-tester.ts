// RuleTester: valid / invalid tables for one rule, asserting rule id, cell and message id (not text).
import { Severity } from "../../src/core/findings";
import { Reference, loadDefaultReference } from "../../src/core/reference";
import { Rule, runRule } from "../../src/core/rules/define";
import { ColumnKey, Quarter } from "../../src/core/tracker/columns";
import { RowSpec, makeRows } from "./rows";

export interface CaseOptions {
  /** Fiscal year being reported; default 2569. */
  fiscalYear?: number | null;
  /** Quarter being reported; default 1. */
  quarter?: Quarter;
  reference?: Reference;
  /** Columns the tracker has; default all. */
  columns?: ColumnKey[];
}

export interface ValidCase extends CaseOptions {
  name: string;
  rows: RowSpec[];
}

export interface ExpectedFinding {
  /** Worksheet row (rows[i] sits on row i + 2). */
  row: number;
  cell: string | null;
  messageId: string;
  severity?: Severity;
  /** Checked as a subset of the finding's data. */
  data?: Record<string, string | number>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

function run(rule: Rule, c: ValidCase) {
  const reference = c.reference ?? loadDefaultReference();
  const rows = makeRows(c.rows, { reference, columns: c.columns });
  return runRule(rule, {
    rows,
    reference,
    fiscalYear: c.fiscalYear === undefined ? 2569 : c.fiscalYear,
    quarter: c.quarter ?? 1,
  });
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it("has at least one valid and one invalid case", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        expect(run(rule, c)).toEqual([]);
      });
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const found = run(rule, c);
        expect(found.every((f) => f.rule === rule.id)).toBe(true);
        const got = found.map((f) => ({ row: f.row, cell: f.cell, messageId: f.messageId, severity: f.severity, data: f.data }));
        const want = c.errors.map((e) => ({
          row: e.row,
          cell: e.cell,
          messageId: e.messageId,
          severity: e.severity ?? rule.meta.severity,
          data: expect.objectContaining(e.data ?? {}),
        }));
        expect(got).toEqual(want);
        for (const f of found) {
          expect(rule.messages).toHaveProperty(f.messageId);
          expect(f.message.th).not.toMatch(/\{\w+\}/);
          expect(f.message.en).not.toMatch(/\{\w+\}/);
        }
      });
    });
  });
}
