// Synthetic ministry trackers for the benchmark: Thai text, the spellings planners really use, a few faults of every kind.
import { CellValue, excelError } from "../src/core/cell";
import { COLUMN_KEYS, ColumnKey, TEMPLATE_HEADERS } from "../src/core/tracker/columns";
import { Random } from "./random";

export interface SyntheticSheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly formats: string[][];
  /** 1-based worksheet row of the header (two title rows sit above it). */
  readonly headerRow: number;
}

type Cell = { v: CellValue; f?: string };
type RowCells = Record<ColumnKey, Cell>;

/** Each department as the different planners write it: code, Thai name, abbreviation, English, decorated. */
const DEPARTMENT_SPELLINGS: readonly (readonly string[])[] = [
  ["DOE", "กรมการจัดหางาน", "กกจ.", "Department of Employment", "กรมการจัดหางาน (กกจ.)", "doe"],
  [
    "DSD",
    "กรมพัฒนาฝีมือแรงงาน",
    "กพร.",
    "Department of Skill Development",
    "กพร",
    "กรมพัฒนาฝีมือแรงงาน\u00a0",
  ],
  [
    "DLPW",
    "กรมสวัสดิการและคุ้มครองแรงงาน",
    "กสร.",
    "Department of Labour Protection and Welfare",
    "กสร",
  ],
  ["SSO", "สำนักงานประกันสังคม", "สปส.", "Social Security Office", "sso"],
  ["OPS", "สำนักงานปลัดกระทรวงแรงงาน", "สป.รง.", "Office of the Permanent Secretary", "สป.รง"],
  ["TOSH", "สสปท.", "Thailand Institute of Occupational Safety and Health"],
];
const DIVISIONS = [
  "กองแผนงานและสารสนเทศ",
  "กองบริหารการคลัง",
  "สำนักพัฒนาผู้ฝึก",
  "ศูนย์เทคโนโลยีสารสนเทศ",
  null,
];
const ACTIONS = ["พัฒนา", "ยกระดับ", "ส่งเสริม", "เพิ่มประสิทธิภาพ", "ขับเคลื่อน", "สร้างเครือข่าย"];
const TOPICS = [
  "ทักษะฝีมือแรงงาน",
  "การมีงานทำของผู้สูงอายุ",
  "ความปลอดภัยในการทำงาน",
  "แรงงานนอกระบบ",
  "ระบบประกันสังคม",
  "แรงงานดิจิทัล",
];
const PLACES = ["ภาคเหนือ", "ภาคอีสาน", "ภาคใต้", "กรุงเทพมหานคร", "เขตพัฒนาพิเศษภาคตะวันออก"];
const REMARKS = ["อยู่ระหว่างจัดซื้อจัดจ้าง", "ดำเนินการตามแผน", "ล่าช้าเนื่องจากรอการอนุมัติ", "เบิกจ่ายแล้วบางส่วน"];
/** Valid strategy → master plan → sub-plan linkages of the default reference. */
const LINKAGES: readonly [number, number, string][] = [
  [3, 11, "1104"],
  [3, 11, "1101"],
  [4, 16, "1601"],
  [4, 17, "1701"],
  [6, 20, "2001"],
  [3, 12, "1201"],
];

function thaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

function strategyCell(rnd: Random, code: number): Cell {
  const r = rnd.next();
  if (r < 0.6) return { v: code };
  if (r < 0.8) return { v: `ยุทธศาสตร์ที่ ${code}` };
  return { v: `ยุทธศาสตร์ที่ ${thaiDigits(String(code))}` };
}

function masterPlanCell(rnd: Random, code: number): Cell {
  const r = rnd.next();
  if (r < 0.6) return { v: code };
  if (r < 0.8) return { v: `(${code})` };
  return { v: `แผนแม่บทฯ ประเด็น ${code} การพัฒนาศักยภาพคน` };
}

/** Progress of Q1 and Q2 (cumulative), in one of the three ways trackers hold percentages. */
function progressCells(rnd: Random, i: number): [Cell, Cell] {
  const q1 = rnd.int(0, 60);
  let q2: number | null = Math.min(100, q1 + rnd.int(0, 50));
  if (i % 211 === 17) q2 = q1 - 10; // progress-decreasing
  if (i % 307 === 5) q2 = 120; // progress-out-of-range
  if (i % 59 === 3) q2 = null; // progress-missing: the project has not reported
  const style = rnd.next();
  const cell = (p: number | null): Cell => {
    if (p === null) return { v: null };
    if (style < 0.2) return { v: p / 100, f: "0%" };
    if (style < 0.3) return { v: `${p}%` };
    return { v: p, f: "0.00" };
  };
  return [cell(q1), cell(q2)];
}

function budgetCell(rnd: Random, i: number, budget: number): Cell {
  if (i % 1009 === 7) return { v: excelError("#N/A") };
  if (i % 997 === 11) return { v: "ไม่ทราบ" };
  if (i % 1013 === 13) return { v: -budget };
  if (i % 17 === 1) return { v: `${budget.toLocaleString("en-US")}.00` };
  if (i % 23 === 2) return { v: `${thaiDigits(String(budget))} บาท` };
  return { v: budget, f: "#,##0" };
}

function projectName(i: number): string {
  const action = ACTIONS[i % ACTIONS.length];
  const topic = TOPICS[Math.floor(i / ACTIONS.length) % TOPICS.length];
  const place = PLACES[Math.floor(i / 36) % PLACES.length];
  return `โครงการ${action}${topic} ${place} กิจกรรมที่ ${i}`;
}

/** One project row: mostly clean, with the faults every rule family looks for at realistic rates. */
function syntheticRow(rnd: Random, i: number): RowCells {
  // Every 353rd project repeats the previous one's name and department under a new id (duplicate-project).
  const twin = i % 353 === 10 ? i - 1 : i;
  const dept = DEPARTMENT_SPELLINGS[(twin * 7 + (twin >> 3)) % DEPARTMENT_SPELLINGS.length];
  const [strategy, plan, sub] = rnd.pick(LINKAGES);
  const type =
    i % 25 === 4
      ? "Big Rock"
      : i % 40 === 9
        ? "Quick Win"
        : i % 50 === 1
          ? "แผนระดับ ๓"
          : "โครงการประจำปีงบประมาณ";
  const budget = rnd.int(50, 5000) * 10_000;
  const [q1, q2] = progressCells(rnd, i);
  const d1 = Math.round(budget * rnd.next() * 0.3);
  const name = projectName(twin);
  return {
    project_id: {
      v:
        i % 331 === 7
          ? `MOL-${String(i - 1).padStart(7, "0")}`
          : `MOL-${String(i).padStart(7, "0")}`,
      f: "@",
    },
    project_name: { v: i % 523 === 9 ? "" : i % 277 === 3 ? `${name} ${"ก".repeat(520)}` : name },
    department: { v: i % 401 === 5 ? "กรมที่ไม่มีอยู่จริง" : rnd.pick(dept) },
    division: { v: rnd.pick(DIVISIONS) },
    project_type: { v: type },
    fiscal_year: { v: i % 97 === 3 ? 2026 : i % 61 === 8 ? 2568 : i % 3 === 0 ? "๒๕๖๙" : 2569 },
    budget_code: {
      v:
        i % 211 === 4
          ? "1234-5678"
          : i % 4 === 0
            ? `2569 1500 ${String(i).padStart(12, "0")}`
            : `25691500${String(i).padStart(12, "0")}`,
      f: "@",
    },
    budget: budgetCell(rnd, i, budget),
    strategy:
      i % 409 === 6 ? { v: "ยุทธศาสตร์ที่ ๗" } : strategyCell(rnd, i % 233 === 1 ? 1 : strategy),
    master_plan: masterPlanCell(rnd, plan),
    sub_plan: i % 2 ? { v: sub, f: "@" } : { v: Number(sub), f: "0000" },
    reform_area: { v: type === "Big Rock" && i % 100 !== 4 ? rnd.int(1, 13) : null },
    q1_progress: q1,
    q2_progress: q2,
    q3_progress: { v: null },
    q4_progress: { v: null },
    q1_disbursed: { v: i % 449 === 8 ? -5000 : d1, f: "#,##0.00" },
    q2_disbursed: {
      v: i % 19 === 0 ? thaiDigits(String(d1)) : i % 613 === 2 ? budget : Math.round(d1 / 2),
      f: "#,##0.00",
    },
    q3_disbursed: { v: null },
    q4_disbursed: { v: i % 503 === 1 ? '=HYPERLINK("http://x","y")' : null },
    remarks: { v: rnd.next() < 0.3 ? rnd.pick(REMARKS) : null },
  };
}

/**
 * The value as a real source hands it over. Strings built here by concatenation are rope strings
 * inside V8; Office.js (JSON) and the .xlsx reader (XML text) deliver flat ones. Reading a rope
 * character by character is several times slower, which would make every text measurement here
 * (the text pass most of all) describe this generator rather than the product's input.
 */
function asDelivered(value: CellValue): CellValue {
  return typeof value === "string" ? (JSON.parse(JSON.stringify(value)) as string) : value;
}

/**
 * A tracker of `rows` projects under two title rows and a Thai header row, deterministic for a
 * given seed, so every run and every adapter measures the same cells.
 */
export function syntheticTracker(rows: number, seed = 2569): SyntheticSheet {
  const rnd = new Random(seed);
  const width = COLUMN_KEYS.length;
  const values: CellValue[][] = [
    ["แบบติดตามผลการดำเนินงานโครงการ กระทรวงแรงงาน ปีงบประมาณ พ.ศ. ๒๕๖๙"],
    ["ข้อมูล ณ สิ้นไตรมาสที่ ๒"],
    COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k].th),
  ];
  const formats: string[][] = [["General"], ["General"], new Array<string>(width).fill("General")];
  for (let i = 1; i <= rows; i++) {
    const row = syntheticRow(rnd, i);
    values.push(COLUMN_KEYS.map((k) => asDelivered(row[k].v)));
    formats.push(COLUMN_KEYS.map((k) => row[k].f ?? "General"));
  }
  return { name: "ติดตามโครงการ", values, formats, headerRow: 3 };
}
