// compare on random tracker pairs: shuffled rows, shuffled columns, other header spellings (Thai/English) and other
// value spellings (Thai digits, `ยุทธศาสตร์ที่ n`, `1,000`, department names, id case and spaces) never change the result.
import fc from "fast-check";
import { CompareResult, compareSources } from "../../src/app/compare";
import { CellValue } from "../../src/core/cell";
import { loadDefaultReference } from "../../src/core/reference";
import { idKeyOf } from "../../src/core/text";
import { COLUMN_KEYS, ColumnKey, TEMPLATE_HEADERS } from "../../src/core/tracker/columns";
import { MemorySource } from "../../src/workbook/memory/source";

const RUNS = { numRuns: 60 };
const reference = loadDefaultReference();
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const thai = (n: number | string) => String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

/** Columns the generated trackers have (remarks and the rest are left out). */
const KEYS: readonly ColumnKey[] = COLUMN_KEYS.filter((k) => !["division", "project_type", "budget_code", "remarks"].includes(k));

/** Header spellings a ministry tracker uses for each column, Thai and English. */
function headerVariants(key: ColumnKey): string[] {
  const quarter = /^q([1-4])_(progress|disbursed)$/.exec(key);
  if (quarter) {
    const q = quarter[1];
    return quarter[2] === "progress"
      ? [TEMPLATE_HEADERS[key].th, TEMPLATE_HEADERS[key].en, `ความก้าวหน้า ไตรมาส ${thai(q)}`, `Progress Q${q} (%)`, `ร้อยละความก้าวหน้า ไตรมาสที่ ${q}`]
      : [TEMPLATE_HEADERS[key].th, TEMPLATE_HEADERS[key].en, `ผลการเบิกจ่าย ไตรมาส ${thai(q)} (บาท)`, `Disbursed Q${q}`, `เบิกจ่ายไตรมาสที่ ${q}`];
  }
  const extra: Partial<Record<ColumnKey, string[]>> = {
    project_id: ["project code", "รหัสโครงการ eMENSCR"],
    project_name: ["Project title", "ชื่อโครงการ/กิจกรรม"],
    department: ["Agency", "ส่วนราชการ"],
    fiscal_year: ["FY", "ปีงบ"],
    budget: ["Budget", "วงเงินงบประมาณ"],
    strategy: ["Strategy", "ยุทธศาสตร์"],
    master_plan: ["Master plan no", "แผนแม่บท"],
    sub_plan: ["Sub plan", "แผนย่อย/เป้าหมาย"],
    reform_area: ["National reform", "ด้านการปฏิรูป"],
  };
  return [TEMPLATE_HEADERS[key].th, TEMPLATE_HEADERS[key].en, ...(extra[key] ?? [])];
}

interface Project {
  readonly id: string;
  readonly values: Partial<Record<ColumnKey, number | string | null>>;
}

const DEPARTMENTS = ["DOE", "DSD", "SSO"];
const NAMES = ["โครงการนัดพบแรงงาน", "โครงการฝึกอาชีพ", "Job fair project"];

/** One project's values from small domains, so OLD and NEW often agree and often differ. */
const projectValues = fc.record({
  project_name: fc.constantFrom(...NAMES),
  department: fc.constantFrom(...DEPARTMENTS),
  fiscal_year: fc.constantFrom(2568, 2569),
  budget: fc.constantFrom(0, 500_000, 1_250_000),
  strategy: fc.constantFrom(3, 4),
  master_plan: fc.constantFrom(11, 17),
  sub_plan: fc.constantFrom("1102", "1702", null),
  reform_area: fc.constantFrom(2, null),
  q1_progress: fc.constantFrom(null, 20, 40),
  q2_progress: fc.constantFrom(null, 45, 60),
  q3_progress: fc.constant(null),
  q4_progress: fc.constant(null),
  q1_disbursed: fc.constantFrom(null, 100_000, 120_000.5),
  q2_disbursed: fc.constantFrom(null, 50_000),
  q3_disbursed: fc.constant(null),
  q4_disbursed: fc.constant(null),
});

/** Ids P-1 … P-n, each on OLD, NEW or both, with values drawn for each side. */
const pair = fc.array(fc.record({ side: fc.constantFrom("old", "new", "both"), old: projectValues, next: projectValues }), { minLength: 1, maxLength: 12 }).map((list) => ({
  old: list.flatMap((p, i) => (p.side === "new" ? [] : [{ id: `P-${i + 1}`, values: p.old }])) as Project[],
  next: list.flatMap((p, i) => (p.side === "old" ? [] : [{ id: `P-${i + 1}`, values: p.next }])) as Project[],
}));

/** How one tracker is written: header spelling per column, column order, row order, value spellings. */
const layout = fc.record({
  headers: fc.tuple(...KEYS.map((k) => fc.constantFrom(...headerVariants(k)))),
  columns: fc.shuffledSubarray([...KEYS.keys()], { minLength: KEYS.length, maxLength: KEYS.length }),
  rowSeed: fc.integer(),
  spell: fc.boolean(),
});
interface Layout {
  readonly headers: readonly string[];
  readonly columns: readonly number[];
  readonly rowSeed: number;
  readonly spell: boolean;
}

const CANONICAL: Layout = { headers: KEYS.map((k) => TEMPLATE_HEADERS[k].th), columns: [...KEYS.keys()], rowSeed: 0, spell: false };

/** A cell the way a planner may type the same value. */
function spelt(key: ColumnKey, value: number | string | null, variant: number): CellValue {
  if (value === null) return null;
  if (key === "project_id") return variant % 2 ? ` ${String(value).toLowerCase().replace("-", " - ")}\u00a0` : value;
  if (key === "department") {
    const d = reference.departmentByCode(String(value))!;
    return [d.name_th, d.abbr_th, d.name_en][variant % 3];
  }
  if (key === "strategy" || key === "fiscal_year") return variant % 2 ? `${key === "strategy" ? "ยุทธศาสตร์ที่ " : ""}${thai(value)}` : value;
  if (key === "master_plan" || key === "reform_area") return variant % 2 ? `(${value})` : value;
  if (key === "budget" || key.endsWith("_disbursed")) return variant % 2 ? Number(value).toLocaleString("en-US", { maximumFractionDigits: 2 }) : value;
  if (key === "sub_plan") return variant % 2 ? Number(value) : value;
  return value;
}

/** A deterministic shuffle of the rows from a seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function tracker(label: string, projects: readonly Project[], l: Layout): MemorySource {
  const order = l.columns.map((c) => KEYS[c]);
  const rows = shuffled(projects, l.rowSeed).map((p, r) =>
    order.map((k, c) => spelt(k, k === "project_id" ? p.id : (p.values[k] ?? null), l.spell ? r + c : 0)),
  );
  const title: CellValue[] = ["แบบติดตามโครงการ"];
  return new MemorySource(label, [{ name: "Tracker", values: [title, l.columns.map((c) => l.headers[c]), ...rows] }]);
}

/** The result without positions: cells move when rows and columns move, and ids keep their key. */
function positionFree(result: CompareResult) {
  const { comparison } = result;
  return {
    matched: comparison.matched,
    summary: comparison.summary,
    changes: comparison.changes.map((c) => ({ kind: c.kind, id: idKeyOf(c.projectId), column: c.column, old: c.oldValue, new: c.newValue })),
  };
}

describe("compare (property)", () => {
  it("gives the same changes whatever the row order, column order, header language and value spelling", async () => {
    await fc.assert(
      fc.asyncProperty(pair, layout, layout, async (p, oldLayout, newLayout) => {
        const plain = await compareSources([tracker("old", p.old, CANONICAL)], [tracker("new", p.next, CANONICAL)], { reference });
        const varied = await compareSources([tracker("old", p.old, oldLayout)], [tracker("new", p.next, newLayout)], { reference });
        expect(positionFree(varied)).toEqual(positionFree(plain));
      }),
      RUNS,
    );
  });

  it("a tracker compared with itself, reordered and respelt, has no changes", async () => {
    await fc.assert(
      fc.asyncProperty(pair, layout, async (p, l) => {
        const result = await compareSources([tracker("old", p.next, CANONICAL)], [tracker("new", p.next, l)], { reference });
        expect(result.comparison.changes).toEqual([]);
        expect(result.comparison.matched).toBe(p.next.length);
      }),
      RUNS,
    );
  });
});
