// RowTable: a loaded table and a table made from hand-built rows read alike, cell by cell; growth, sparse storage, rows on demand.
import { CellValue, excelError } from "../../../src/core/cell";
import { loadDefaultReference } from "../../../src/core/reference";
import { TableBuilder } from "../../../src/core/table/builder";
import { tableFromRows } from "../../../src/core/table/from-rows";
import { emptyResolvedColumns, resolvedAt, storeResolved } from "../../../src/core/table/resolved-columns";
import { KIND_BLANK, KIND_ERROR, KIND_INVALID, KIND_OK, RowTable } from "../../../src/core/table/row-table";
import { COLUMN_KEYS, TEMPLATE_HEADERS } from "../../../src/core/tracker/columns";
import { loadTable } from "../../../src/core/tracker/load";
import { MemorySource } from "../../../src/workbook/memory/source";
import { hashKey } from "../../../src/core/key-index";
import { foldText } from "../../../src/core/text";
import { RowSpec, makeRows, validRow } from "../../helpers/rows";
import { budgetCodeFormat } from "../../../src/core/rules/budget-code-format";
import { runRule } from "../../../src/core/rules/define";

const reference = loadDefaultReference();

const SPECS: RowSpec[] = [
  validRow(),
  validRow({ project_id: " P-002 ", project_name: "โครงการ\u00a0ก", budget: "1,250,000 บาท", q1_progress: { v: 0.45, f: "0%" } }),
  validRow({ project_id: "P-003", budget: -0, budget_code: 12345678, sub_plan: 1104, division: "   " }),
  validRow({ project_id: "P-004", fiscal_year: "๒๕๖๙", strategy: "ยุทธศาสตร์ที่ ๓", master_plan: "(11)", q1_progress: "45%" }),
  validRow({ project_id: "P-005", budget: excelError("#N/A"), q1_disbursed: { v: 45000, f: "dd/mm/yyyy" }, remarks: "#REF!" }),
  validRow({ project_id: "P-006", budget: "-", budget_code: "1234-5678", q2_progress: true, fiscal_year: 2026 }),
];

function spreadsheet(specs: RowSpec[]): { values: CellValue[][]; formats: string[][] } {
  const header = COLUMN_KEYS.map((key) => TEMPLATE_HEADERS[key].th);
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => "General")];
  for (const spec of specs) {
    values.push(COLUMN_KEYS.map((key) => {
      const s = spec[key];
      return typeof s === "object" && s !== null && "f" in s ? s.v : (s ?? null);
    }));
    formats.push(COLUMN_KEYS.map((key) => {
      const s = spec[key];
      return typeof s === "object" && s !== null && "f" in s ? s.f : "General";
    }));
  }
  return { values, formats };
}

async function loaded(specs: RowSpec[]): Promise<RowTable> {
  const source = new MemorySource("test.xlsx", [{ name: "Tracker", ...spreadsheet(specs) }]);
  return (await loadTable([source], reference)).table;
}

describe("RowTable", () => {
  it("reads every cell of a loaded tracker as the table of the same rows built field by field", async () => {
    const table = await loaded(SPECS);
    const plain = tableFromRows(makeRows(SPECS, { reference }));
    expect(table.length).toBe(SPECS.length);
    for (let i = 0; i < table.length; i++) {
      expect([table.file(i), table.sheet(i), table.rowNumber[i]]).toEqual([plain.file(i), plain.sheet(i), plain.rowNumber[i]]);
      expect(resolvedAt(table.resolved, i)).toEqual(resolvedAt(plain.resolved, i));
      COLUMN_KEYS.forEach((key, k) => {
        const got = { key, kind: table.kinds[k][i], raw: table.raw(k, i), cell: table.cell(k, i), format: table.format(k, i) };
        const want = { key, kind: plain.kinds[k][i], raw: plain.raw(k, i), cell: plain.cell(k, i), format: plain.format(k, i) };
        expect(got).toEqual(want);
        expect({ key, parsed: table.parsed(k, i) }).toEqual({ key, parsed: plain.parsed(k, i) });
      });
    }
  });

  it("keeps the duplicate rules' keys: folded names and hashes of names, id keys and budget codes", async () => {
    const table = await loaded([...SPECS, validRow({ project_id: "p 001", project_name: "โครงการ  ABC" })]);
    for (let i = 0; i < table.length; i++) {
      const { projectName, nameKey, nameKeyHash, idKey, idKeyHash, budgetCode, budgetCodeHash } = table.resolved;
      expect(nameKey[i]).toBe(foldText(projectName[i]!));
      expect(nameKeyHash[i]).toBe(hashKey(nameKey[i]!));
      expect(idKeyHash[i]).toBe(hashKey(idKey[i]!));
      expect(budgetCodeHash[i]).toBe(budgetCode[i] === undefined ? 0 : hashKey(budgetCode[i]!));
    }
    expect(table.resolved.nameKey[SPECS.length]).toBe("โครงการ abc");
    expect(table.resolved.idKey[SPECS.length]).toBe("p001");
  });

  it("counts the digits of a budget code typed as text of digits only, and nothing else (budget-code-format's fast path)", async () => {
    const codes: RowSpec["budget_code"][] = ["25691500000000000008", "2569 1500 000000000008", "๒๕๖๙๑๕๐๐๐๐๐๐๐๐๐๐๐๐๐๘", Number("25691500000000000008"), 12345678, "1234-ABCD", null, excelError("#N/A")];
    const table = await loaded(codes.map((budget_code, n) => validRow({ project_id: `P-${n}`, budget_code })));
    expect(Array.from(table.resolved.budgetCodeTextDigits)).toEqual([20, 20, 20, 0, 0, 0, 0, 0]);
    // The rule gives the same findings on the loaded table (fast path) as on the same rows built field by field (no count).
    const ctx = { reference, fiscalYear: 2569, quarter: 1 as const };
    const fast = runRule(budgetCodeFormat, { ...ctx, table }, new Uint8Array(table.length));
    const slow = runRule(budgetCodeFormat, { ...ctx, table: tableFromRows(table.rows()) }, new Uint8Array(table.length));
    expect(fast.map((f) => [f.row, f.messageId])).toEqual([
      [5, "precisionLost"],
      [6, "badFormat"],
      [7, "badFormat"],
    ]);
    expect(fast).toEqual(slow);
  });

  it("keeps a kind byte per cell: blank, ok, error and invalid", async () => {
    const table = await loaded(SPECS);
    const at = (key: (typeof COLUMN_KEYS)[number]) => COLUMN_KEYS.indexOf(key);
    expect(table.kinds[at("division")][2]).toBe(KIND_BLANK);
    expect(table.kinds[at("budget")][1]).toBe(KIND_OK);
    expect(table.parsed(at("budget"), 1)).toEqual({ kind: "ok", value: 1250000 });
    expect(table.kinds[at("budget")][4]).toBe(KIND_ERROR);
    expect(table.kinds[at("q1_disbursed")][4]).toBe(KIND_INVALID);
    expect(table.parsed(at("q1_disbursed"), 4)).toMatchObject({ kind: "invalid", reason: "date" });
    // A cleaned id reads as its clean text, not as the raw cell.
    expect(table.parsed(at("project_id"), 1)).toEqual({ kind: "ok", value: "P-002" });
    expect(table.raw(at("project_id"), 1)).toBe(" P-002 ");
    expect(Object.is((table.parsed<number>(at("budget"), 2) as { value: number }).value, -0)).toBe(true);
  });

  it("grows past its first capacity without losing a row", async () => {
    const specs = Array.from({ length: 1500 }, (_, n) => validRow({ project_id: `P-${n}`, budget: n, q1_progress: n % 101 }));
    const table = await loaded(specs);
    expect(table.length).toBe(1500);
    for (const n of [0, 15, 16, 1023, 1024, 1499]) {
      expect(table.resolved.projectId[n]).toBe(`P-${n}`);
      expect(table.resolved.budget[n]).toBe(n);
      expect(table.resolved.progress[0][n]).toBe(n % 101);
      expect(table.rowNumber[n]).toBe(n + 2);
    }
  });

  it("a builder grows past its first capacity and keeps every column of every row", () => {
    const builder = new TableBuilder(16);
    const source = builder.addSource({ file: "f.xlsx", sheet: "S", indexes: Int32Array.from(COLUMN_KEYS, (_k, k) => k), firstColumn: 1 });
    const budget = COLUMN_KEYS.indexOf("budget");
    for (let n = 0; n < 100; n++) {
      const i = builder.next(source, n + 2);
      builder.rawColumn(budget)[i] = `${n} บาท`;
      builder.formatIds[budget][i] = builder.formatId(n % 2 ? "#,##0" : "General");
      builder.kinds[budget][i] = KIND_OK;
      builder.store(budget, i, { kind: "ok", value: n });
      builder.resolved.budget[i] = n;
      builder.resolved.projectId[i] = `P-${n}`;
      builder.resolved.fiscalYear[i] = 2569;
      builder.resolved.idKeyHash[i] = n * 7;
    }
    const table = builder.finish();
    expect(table.length).toBe(100);
    for (const n of [0, 15, 16, 31, 32, 63, 64, 99]) {
      expect([table.rowNumber[n], table.raw(budget, n), table.format(budget, n)]).toEqual([n + 2, `${n} บาท`, n % 2 ? "#,##0" : "General"]);
      expect(table.parsed(budget, n)).toEqual({ kind: "ok", value: n });
      expect([table.resolved.budget[n], table.resolved.projectId[n], table.resolved.idKeyHash[n]]).toEqual([n, `P-${n}`, n * 7]);
      // A column never written reads NaN (no value), growth included.
      expect(Number.isNaN(table.resolved.strategy[n])).toBe(true);
    }
  });

  it("makes ProjectRow objects on demand, once, and gives back the very rows it was made from", async () => {
    const rows = makeRows(SPECS, { reference });
    const fromRows = tableFromRows(rows);
    expect(fromRows.row(3)).toBe(rows[3]);
    expect(fromRows.rows()).toEqual(rows);
    const table = await loaded(SPECS);
    expect(table.row(2)).toBe(table.row(2));
    expect(table.rows()[2]).toBe(table.row(2));
    expect(table.row(2).fields.budget_code.cell).toBe("G4");
  });

  it("stores a Resolved row as columns and reads it back (NaN stands for undefined)", () => {
    const columns = emptyResolvedColumns(2);
    const [row] = makeRows([validRow({ budget: null, q1_progress: 0, reform_area: 1 })], { reference });
    storeResolved(columns, 1, row.resolved);
    expect(resolvedAt(columns, 1)).toEqual(row.resolved);
    expect(Number.isNaN(columns.budget[1])).toBe(true);
    expect(columns.progress[0][1]).toBe(0);
  });

  it("an empty builder makes an empty table", () => {
    const table = new TableBuilder(0).finish();
    expect(table.length).toBe(0);
    expect(table.rows()).toEqual([]);
  });
});
