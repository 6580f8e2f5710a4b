// Test fixture pair for `compare`: a department's Q1 tracker and its Q2 tracker with planted changes, written with exceljs.
import ExcelJS from "exceljs";

/**
 * Q1: Thai headers under two title rows, a sequence column, values spelt the ways planners type
 * them (Thai digits, `ยุทธศาสตร์ที่ ๔`, `(17)`, `1,250,000` as text, `กกจ.`, a percent-formatted fraction).
 * Q2: English headers in another order, an extra column, rows shuffled, plain values, Q2 reported,
 * DOE-69-003 spelt `doe-69 - 003`, and exactly the planted changes of PLANTED below.
 */
interface Project {
  id: string;
  name: string;
  budget: number;
  strategy: number;
  masterPlan: number;
  subPlan: string;
  q1Progress: number;
  q1Disbursed: number;
}

const NAMES = [
  "โครงการส่งเสริมการมีงานทำสำหรับผู้สูงอายุ",
  "โครงการพัฒนาระบบบริการจัดหางานดิจิทัล",
  "โครงการแนะแนวอาชีพนักเรียนนักศึกษา",
  "โครงการคุ้มครองคนหางานไปทำงานต่างประเทศ",
  "โครงการนัดพบแรงงาน",
  "โครงการจ้างงานคนพิการ",
  "โครงการตลาดงานเคลื่อนที่",
  "โครงการศูนย์บริการจัดหางานเพื่อคนไทย",
  "โครงการส่งเสริมอาชีพคนพิการ",
  "โครงการพัฒนาฐานข้อมูลตลาดแรงงาน",
];

function q1Projects(): Project[] {
  return NAMES.map((name, i) => ({
    id: `DOE-69-${String(i + 1).padStart(3, "0")}`,
    name,
    budget: 500_000 + 250_000 * i,
    strategy: 4,
    masterPlan: 17,
    subPlan: "1702",
    q1Progress: 20 + 5 * i,
    q1Disbursed: 50_000 + 10_000 * i,
  }));
}

/** The changes planted in Q2, as `kind project_id column` (what compare must find, and nothing else). */
export const PLANTED = [
  "added DOE-69-011 null",
  "added DOE-69-012 null",
  "removed DOE-69-010 null",
  "budget-changed DOE-69-002 budget",
  "linkage-changed DOE-69-004 master_plan",
  "progress-went-back DOE-69-005 q1_progress",
  "disbursement-changed DOE-69-006 q1_disbursed",
  "name-changed DOE-69-007 project_name",
];

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const thai = (n: number | string) => String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

const Q1_HEADERS = [
  "ลำดับ", "รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "ปีงบประมาณ", "รหัสงบประมาณ", "งบประมาณ (บาท)", "ยุทธศาสตร์ชาติ", "แผนแม่บทฯ",
  "แผนย่อย", "ความก้าวหน้า ไตรมาส ๑ (%)", "ความก้าวหน้า ไตรมาส ๒ (%)", "เบิกจ่าย ไตรมาส ๑ (บาท)", "เบิกจ่าย ไตรมาส ๒ (บาท)", "หมายเหตุ",
];

const budgetCode = (i: number) => `2569${String(1000000000000000 + i * 7919)}`;

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "compare-pair";
  wb.created = new Date(Date.UTC(2026, 0, 5));
  wb.modified = wb.created;
  return wb;
}

/** The Q1 tracker workbook (Thai). */
export async function q1TrackerBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = book();
  const ws = wb.addWorksheet("ติดตามไตรมาส ๑");
  ws.addRow(["แบบติดตามผลการดำเนินงานโครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ไตรมาสที่ ๑"]);
  ws.addRow(["หน่วยงาน: กรมการจัดหางาน"]);
  ws.addRow(Q1_HEADERS);
  const departments = ["กรมการจัดหางาน", "กกจ.", "DOE"];
  q1Projects().forEach((p, i) => {
    const row = ws.addRow([
      thai(i + 1),
      p.id,
      p.name,
      departments[i % 3],
      i % 2 ? thai(2569) : 2569,
      budgetCode(i),
      i % 2 ? p.budget.toLocaleString("en-US") : p.budget,
      i % 2 ? `ยุทธศาสตร์ที่ ${thai(p.strategy)}` : p.strategy,
      i % 2 ? `(${p.masterPlan})` : p.masterPlan,
      p.subPlan,
      p.q1Progress,
      null,
      i % 3 === 0 ? `${p.q1Disbursed.toLocaleString("en-US")} บาท` : p.q1Disbursed,
      null,
      null,
    ]);
    // One progress kept as Excel keeps a typed "25%": a fraction in a percent-formatted cell.
    if (i === 1) {
      row.getCell(11).value = p.q1Progress / 100;
      row.getCell(11).numFmt = "0%";
    }
  });
  return Uint8Array.from(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const Q2_HEADERS = [
  "Department", "Project ID", "Fiscal year", "Project name", "Budget (THB)", "National strategy", "Master plan", "Sub-plan",
  "Q1 progress (%)", "Q1 disbursed (THB)", "Q2 progress (%)", "Q2 disbursed (THB)", "Budget code", "Coordinator",
];

/** The projects of Q2 with the planted changes, in the (shuffled) order they are written. */
function q2Projects(): Project[] {
  const q1 = q1Projects();
  const byId = (id: string) => ({ ...q1.find((p) => p.id === id)! });
  const changed: Project[] = q1.filter((p) => p.id !== "DOE-69-010").map((p) => ({ ...p }));
  const set = (id: string, patch: Partial<Project>) => Object.assign(changed.find((p) => p.id === id)!, patch);
  set("DOE-69-002", { budget: byId("DOE-69-002").budget + 150_000 });
  set("DOE-69-004", { masterPlan: 18 });
  set("DOE-69-005", { q1Progress: byId("DOE-69-005").q1Progress - 5 });
  set("DOE-69-006", { q1Disbursed: byId("DOE-69-006").q1Disbursed - 20_000 });
  set("DOE-69-007", { name: "โครงการตลาดงานเคลื่อนที่เชิงรุก" });
  set("DOE-69-003", { id: "doe-69 - 003" });
  changed.push(
    { id: "DOE-69-011", name: "โครงการจัดหางานในชุมชน", budget: 300_000, strategy: 4, masterPlan: 17, subPlan: "1702", q1Progress: 0, q1Disbursed: 0 },
    { id: "DOE-69-012", name: "โครงการแรงงานคืนถิ่น", budget: 450_000, strategy: 4, masterPlan: 17, subPlan: "1702", q1Progress: 10, q1Disbursed: 5_000 },
  );
  // A fixed shuffle: never the Q1 order.
  const order = [7, 2, 10, 0, 5, 9, 3, 1, 8, 6, 4];
  return order.map((i) => changed[i]);
}

/** The Q2 tracker's cells, header first (English, other column order, rows shuffled, Q2 newly reported). */
export function q2TrackerValues(): (string | number)[][] {
  const rows = q2Projects().map((p) => {
    const n = Number(p.id.replace(/\D/g, "").slice(-3));
    return [
      "DOE",
      p.id,
      2569,
      p.name,
      p.budget,
      p.strategy,
      p.masterPlan,
      Number(p.subPlan),
      p.q1Progress,
      p.q1Disbursed,
      Math.min(100, p.q1Progress + 25),
      20_000 + n * 1_000,
      budgetCode(n - 1),
      "คุณสมชาย",
    ];
  });
  return [Q2_HEADERS, ...rows];
}

export const Q2_SHEET = "Q2 tracker";

/** The Q2 tracker workbook. */
export async function q2TrackerBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const wb = book();
  const ws = wb.addWorksheet(Q2_SHEET);
  for (const row of q2TrackerValues()) ws.addRow(row);
  return Uint8Array.from(new Uint8Array(await wb.xlsx.writeBuffer()));
}
