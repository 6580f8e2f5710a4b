// Tracker columns (SPEC §2): keys, which are required, and the header texts each key answers to.
import { foldText } from "../text";

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

export const COLUMN_KEYS = [
  "project_id",
  "project_name",
  "department",
  "division",
  "project_type",
  "fiscal_year",
  "budget_code",
  "budget",
  "strategy",
  "master_plan",
  "sub_plan",
  "reform_area",
  "q1_progress",
  "q2_progress",
  "q3_progress",
  "q4_progress",
  "q1_disbursed",
  "q2_disbursed",
  "q3_disbursed",
  "q4_disbursed",
  "remarks",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  "project_id",
  "project_name",
  "department",
  "fiscal_year",
  "strategy",
  "master_plan",
];

export function progressKey(q: Quarter): ColumnKey {
  return `q${q}_progress` as ColumnKey;
}

export function disbursedKey(q: Quarter): ColumnKey {
  return `q${q}_disbursed` as ColumnKey;
}

/** Template headers, Thai and English, in template order. */
export const TEMPLATE_HEADERS: Record<ColumnKey, { th: string; en: string }> = {
  project_id: { th: "รหัสโครงการ", en: "Project ID" },
  project_name: { th: "ชื่อโครงการ", en: "Project name" },
  department: { th: "หน่วยงาน", en: "Department" },
  division: { th: "กอง/สำนัก/ศูนย์", en: "Division" },
  project_type: { th: "ประเภทโครงการ", en: "Project type" },
  fiscal_year: { th: "ปีงบประมาณ", en: "Fiscal year" },
  budget_code: { th: "รหัสงบประมาณ", en: "Budget code" },
  budget: { th: "งบประมาณ (บาท)", en: "Budget (THB)" },
  strategy: { th: "ยุทธศาสตร์ชาติ", en: "National strategy" },
  master_plan: { th: "แผนแม่บทฯ", en: "Master plan" },
  sub_plan: { th: "แผนย่อย", en: "Sub-plan" },
  reform_area: { th: "แผนปฏิรูปประเทศ", en: "Reform area" },
  q1_progress: { th: "ความก้าวหน้า ไตรมาส 1 (%)", en: "Q1 progress (%)" },
  q2_progress: { th: "ความก้าวหน้า ไตรมาส 2 (%)", en: "Q2 progress (%)" },
  q3_progress: { th: "ความก้าวหน้า ไตรมาส 3 (%)", en: "Q3 progress (%)" },
  q4_progress: { th: "ความก้าวหน้า ไตรมาส 4 (%)", en: "Q4 progress (%)" },
  q1_disbursed: { th: "เบิกจ่าย ไตรมาส 1 (บาท)", en: "Q1 disbursed (THB)" },
  q2_disbursed: { th: "เบิกจ่าย ไตรมาส 2 (บาท)", en: "Q2 disbursed (THB)" },
  q3_disbursed: { th: "เบิกจ่าย ไตรมาส 3 (บาท)", en: "Q3 disbursed (THB)" },
  q4_disbursed: { th: "เบิกจ่าย ไตรมาส 4 (บาท)", en: "Q4 disbursed (THB)" },
  remarks: { th: "ปัญหาอุปสรรค/หมายเหตุ", en: "Issues / remarks" },
};

/** Other spellings seen in ministry trackers (matched after `headerKey` normalisation). */
const EXTRA_ALIASES: Partial<Record<ColumnKey, string[]>> = {
  project_id: ["รหัส", "รหัสโครงการ emenscr", "รหัสโครงการในระบบ emenscr", "project code", "project no", "id", "emenscr id", "emenscr code"],
  project_name: ["โครงการ", "ชื่อโครงการ/กิจกรรม", "project", "name", "project title"],
  department: ["กรม", "ส่วนราชการ", "หน่วยงานรับผิดชอบ", "หน่วยงานเจ้าของโครงการ", "agency", "dept", "department code"],
  division: ["กอง", "สำนัก", "สำนัก/กอง", "กอง/สำนัก", "หน่วยงานย่อย", "division/bureau", "bureau"],
  project_type: ["ประเภท", "type", "ประเภทโครงการ/แผน"],
  fiscal_year: ["ปีงบ", "ปีงบประมาณ พ.ศ.", "ปี", "fy", "fiscal year (be)", "year"],
  budget_code: ["รหัสงบ", "รหัสงบประมาณ (20 หลัก)", "budget id"],
  budget: ["งบประมาณ", "งบประมาณที่ได้รับ", "วงเงินงบประมาณ", "วงเงิน", "budget", "budget amount", "allocated budget"],
  strategy: ["ยุทธศาสตร์", "ยุทธศาสตร์ชาติ 20 ปี", "ยุทธศาสตร์ชาติ ด้าน", "strategy", "national strategy no"],
  master_plan: ["แผนแม่บท", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "แผนแม่บทฯ ประเด็น", "ประเด็นแผนแม่บท", "master plan no", "master plan issue"],
  sub_plan: ["แผนย่อย/เป้าหมาย", "แผนย่อยของแผนแม่บท", "sub plan", "subplan", "sub-plan code", "target"],
  reform_area: ["แผนปฏิรูป", "แผนการปฏิรูปประเทศ", "ด้านการปฏิรูป", "ด้านปฏิรูป", "national reform", "reform", "national reform area"],
  remarks: ["หมายเหตุ", "ปัญหาอุปสรรค", "ปัญหา/อุปสรรค", "ปัญหาอุปสรรค/ข้อเสนอแนะ", "remarks", "issues", "notes", "note", "comments"],
};

/** Normalised header key: folded, units and punctuation dropped (`งบประมาณ (บาท)` → `งบประมาณ`). */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/\((?:%|บาท|thb|baht|ร้อยละ)\)/g, "")
    .replace(/[\s().,:;*/_\-–—ฯ#"'[\]]/g, "");
}

const ALIAS_TO_KEY: ReadonlyMap<string, ColumnKey> = (() => {
  const map = new Map<string, ColumnKey>();
  for (const key of COLUMN_KEYS) {
    if (/^q\d_/.test(key)) continue;
    const names = [TEMPLATE_HEADERS[key].th, TEMPLATE_HEADERS[key].en, ...(EXTRA_ALIASES[key] ?? [])];
    for (const name of names) if (!map.has(headerKey(name))) map.set(headerKey(name), key);
  }
  return map;
})();

const QUARTER_PATTERN = /(?:ไตรมาส\s*(?:ที่)?\s*|quarter\s*|(?:^|[^a-z])q\s*)([1-4])(?![0-9])/;
const DISBURSED_WORDS = /เบิกจ่าย|disburs|บาท|thb|baht|expend|spent|ใช้จ่าย/;
const PROGRESS_WORDS = /ก้าวหน้า|progress|ร้อยละ|%|ผลการดำเนินงาน|ผลการดําเนินงาน/;

/** The column key a header text names, or null. Quarter columns need a metric word and a quarter. */
export function matchHeader(text: string): ColumnKey | null {
  const folded = foldText(text);
  if (folded === "") return null;
  const q = QUARTER_PATTERN.exec(folded);
  if (q) {
    const quarter = Number(q[1]) as Quarter;
    if (DISBURSED_WORDS.test(folded)) return disbursedKey(quarter);
    if (PROGRESS_WORDS.test(folded)) return progressKey(quarter);
    return null;
  }
  return ALIAS_TO_KEY.get(headerKey(text)) ?? null;
}
