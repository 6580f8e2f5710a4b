// compareTrackers on small in-memory trackers: each kind, resolved values not raw text, duplicates, blank ids, order.
import { compareSources } from "../../../src/app/compare";
import { CellValue } from "../../../src/core/cell";
import { Comparison } from "../../../src/core/compare/types";
import { loadDefaultReference } from "../../../src/core/reference";
import { MemorySource } from "../../../src/workbook/memory/source";

const reference = loadDefaultReference();
const HEADER = ["รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "ปีงบประมาณ", "งบประมาณ (บาท)", "ยุทธศาสตร์ชาติ", "แผนแม่บทฯ", "แผนย่อย", "แผนปฏิรูปประเทศ", "ความก้าวหน้า ไตรมาส 1 (%)", "ความก้าวหน้า ไตรมาส 2 (%)", "เบิกจ่าย ไตรมาส 1 (บาท)", "เบิกจ่าย ไตรมาส 2 (บาท)"];
type Row = Partial<Record<"id" | "name" | "dept" | "fy" | "budget" | "strategy" | "plan" | "sub" | "reform" | "p1" | "p2" | "d1" | "d2", CellValue>>;

function row(r: Row): CellValue[] {
  const base: Row = { id: "P-1", name: "โครงการ หนึ่ง", dept: "DOE", fy: 2569, budget: 1000, strategy: 4, plan: 17, sub: "1702", reform: null, p1: 30, p2: null, d1: 500, d2: null, ...r };
  return [base.id, base.name, base.dept, base.fy, base.budget, base.strategy, base.plan, base.sub, base.reform, base.p1, base.p2, base.d1, base.d2].map((v) => v ?? null);
}

async function compare(oldRows: Row[], newRows: Row[]): Promise<Comparison> {
  const source = (label: string, rows: Row[]) => new MemorySource(label, [{ name: "T", values: [HEADER, ...rows.map(row)] }]);
  return (await compareSources([source("old.xlsx", oldRows)], [source("new.xlsx", newRows)], { reference })).comparison;
}

const lines = (c: Comparison) => c.changes.map((x) => `${x.kind} ${x.projectId} ${x.column} ${x.oldValue}→${x.newValue}`);

describe("compareTrackers", () => {
  it("reads values, not text: 1,000 and 1000, ยุทธศาสตร์ที่ ๔ and 4, (17) and 17, กกจ. and DOE, 2026 and 2569, case and spaces of names", async () => {
    const c = await compare(
      [{ budget: "1,000", strategy: "ยุทธศาสตร์ที่ ๔", plan: "(17)", dept: "กกจ.", fy: 2026, name: " โครงการ\u00a0 หนึ่ง", d1: "500 บาท", sub: 1702 }],
      [{ id: " p - 1\u00a0" }],
    );
    expect(lines(c)).toEqual([]);
    expect(c.matched).toBe(1);
  });

  it("finds every kind, in kind order then id", async () => {
    const c = await compare(
      [{ id: "B" }, { id: "A" }, { id: "GONE" }],
      [
        { id: "A", budget: 2000, strategy: 3, plan: 11, sub: "1101", reform: 2, name: "ชื่อใหม่", dept: "DSD", fy: 2570, p1: 20, d1: 400 },
        { id: "B", p1: null, d1: null, p2: 50, d2: 100 },
        { id: "NEW" },
      ],
    );
    expect(lines(c)).toEqual([
      "added NEW null null→โครงการ หนึ่ง",
      "removed GONE null โครงการ หนึ่ง→null",
      "budget-changed A budget 1000→2000",
      "linkage-changed A strategy 4→3",
      "linkage-changed A master_plan 17→11",
      "linkage-changed A sub_plan 1702→1101",
      "linkage-changed A reform_area null→2",
      "progress-went-back A q1_progress 30→20",
      "progress-went-back B q1_progress 30→null",
      "disbursement-changed A q1_disbursed 500→400",
      "disbursement-changed B q1_disbursed 500→null",
      "name-changed A project_name โครงการ หนึ่ง→ชื่อใหม่",
      "department-changed A department DOE→DSD",
      "fiscal-year-changed A fiscal_year 2569→2570",
    ]);
    expect(c.summary).toMatchObject({ added: 1, removed: 1, "linkage-changed": 4, "progress-went-back": 2 });
  });

  it("a quarter newly filled is reporting, and higher progress is progress: no change", async () => {
    const c = await compare([{ p1: null, d1: null }], [{ p1: 10, d1: 100, p2: 40, d2: 50 }]);
    expect(lines(c)).toEqual([]);
    expect(lines(await compare([{ p1: 30 }], [{ p1: 45 }]))).toEqual([]);
  });

  it("sees a change in values the reference cannot resolve (an unknown department, text in a number column)", async () => {
    const c = await compare([{ dept: "กรมที่ไม่มีจริง", budget: "ไม่ทราบ" }], [{ dept: "กรมอื่นที่ไม่มีจริง", budget: "รอ" }]);
    expect(lines(c)).toEqual(["budget-changed P-1 budget ไม่ทราบ→รอ", "department-changed P-1 department กรมที่ไม่มีจริง→กรมอื่นที่ไม่มีจริง"]);
  });

  it("compares the first of duplicated ids and reports the duplicates with their cells", async () => {
    const c = await compare([{ id: "D" }, { id: "d ", budget: 9 }], [{ id: "D", budget: 1000 }]);
    expect(lines(c)).toEqual([]);
    expect(c.duplicates).toEqual([{ side: "old", projectId: "D", cells: [{ file: "old.xlsx", sheet: "T", cell: "A2" }, { file: "old.xlsx", sheet: "T", cell: "A3" }] }]);
  });

  it("leaves out rows without an id and counts them", async () => {
    const c = await compare([{ id: null }, {}], [{}]);
    expect(c.withoutId).toEqual({ old: 1, new: 0 });
    expect(c.matched).toBe(1);
  });

  it("points at the changed cell on each side", async () => {
    const c = await compare([{ id: "X" }, {}], [{}, { id: "X", budget: 5 }]);
    expect(c.changes).toEqual([
      expect.objectContaining({ kind: "budget-changed", oldCell: { file: "old.xlsx", sheet: "T", cell: "E2" }, newCell: { file: "new.xlsx", sheet: "T", cell: "E3" } }),
    ]);
  });
});
