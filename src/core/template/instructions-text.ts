// Wording of the instructions sheet: the workflow, and what goes in each tracker column (Thai and English).
import { Lang, LocalText } from "../findings";
import { Reference } from "../reference";
import { ColumnKey, QUARTERS, disbursedKey, progressKey } from "../tracker/columns";
import { TRACKER_SHEET_NAMES } from "./tracker-sheet";
import { REFERENCE_SHEET_NAMES } from "../reference/sheet";

const REQUIRED: LocalText = { th: "จำเป็น", en: "Required" };
const OPTIONAL: LocalText = { th: "ไม่บังคับ", en: "Optional" };

/** Whether a column must be filled, and what to enter, per column key. */
const FIXED: Partial<Record<ColumnKey, { required: LocalText; what: LocalText }>> = {
  project_id: {
    required: REQUIRED,
    what: { th: "รหัสโครงการในระบบ eMENSCR ไม่ซ้ำกัน", en: "The eMENSCR project code; unique" },
  },
  project_name: {
    required: REQUIRED,
    what: { th: "ชื่อโครงการ (ไม่เกิน ๕๐๐ ตัวอักษร)", en: "Project name (up to 500 characters)" },
  },
  department: {
    required: REQUIRED,
    what: {
      th: "เลือกจากรายการ หรือพิมพ์รหัส ชื่อ หรือชื่อย่อ เช่น กกจ.",
      en: "Pick from the list, or type the code, name or Thai abbreviation",
    },
  },
  division: {
    required: OPTIONAL,
    what: { th: "กอง/สำนัก/ศูนย์ที่รับผิดชอบ", en: "Responsible division" },
  },
  project_type: {
    required: OPTIONAL,
    what: {
      th: "โครงการประจำปีงบประมาณ (ค่าเริ่มต้น) Big Rock Quick Win หรือแผนระดับ ๓",
      en: "Annual (default), Big Rock, Quick Win or level-3 plan",
    },
  },
  fiscal_year: {
    required: REQUIRED,
    what: { th: "ปีงบประมาณ พ.ศ. เช่น 2569", en: "Fiscal year in the Buddhist Era, e.g. 2569" },
  },
  budget_code: {
    required: { th: "โครงการประจำปีที่มีงบประมาณ", en: "Annual projects with a budget" },
    what: {
      th: "รหัสงบประมาณ (ตัวเลข เว้นวรรคหรือขีดได้)",
      en: "Budget code (digits; spaces and dashes allowed)",
    },
  },
  budget: {
    required: { th: "โครงการประจำปี", en: "Annual projects" },
    what: {
      th: "งบประมาณที่ได้รับ (บาท) กรอก 0 หากไม่มีงบประมาณ",
      en: "Allocated budget in baht; 0 for none",
    },
  },
  strategy: {
    required: REQUIRED,
    what: {
      th: "ยุทธศาสตร์ชาติที่ ๑–๖ (เลือกจากรายการ)",
      en: "National strategy 1–6 (pick from the list)",
    },
  },
  master_plan: {
    required: REQUIRED,
    what: {
      th: "แผนแม่บทฯ ๑–๒๓ ที่อยู่ภายใต้ยุทธศาสตร์ที่เลือก",
      en: "Master plan 1–23 linked to the chosen strategy",
    },
  },
  sub_plan: {
    required: OPTIONAL,
    what: {
      th: "รหัสแผนย่อย ๔ หลัก หรือเป้าหมาย ๖ หลัก ขึ้นต้นด้วยเลขแผนแม่บทฯ",
      en: "4-digit sub-plan or 6-digit target code starting with the master plan's number",
    },
  },
  reform_area: {
    required: { th: "Big Rock (Quick Win ควรกรอก)", en: "Big Rock (Quick Win: advised)" },
    what: { th: "แผนการปฏิรูปประเทศด้านที่ ๑–๑๓", en: "National reform area 1–13" },
  },
  remarks: {
    required: OPTIONAL,
    what: {
      th: "ปัญหาอุปสรรค ซึ่งจะยกไปอ้างในบันทึกข้อความ",
      en: "Issues and remarks; quoted in the memos",
    },
  },
};

export function columnGuide(key: ColumnKey, lang: Lang): { required: string; what: string } {
  const fixed = FIXED[key];
  if (fixed) return { required: fixed.required[lang], what: fixed.what[lang] };
  const q = QUARTERS.find((n) => progressKey(n) === key || disbursedKey(n) === key)!;
  if (key === progressKey(q)) {
    return {
      required: { th: "เมื่อรายงานไตรมาสนั้น", en: "When reporting that quarter" }[lang],
      what:
        lang === "th"
          ? `ความก้าวหน้าสะสม ณ สิ้นไตรมาส ${q} (ร้อยละ 0–100)`
          : `Cumulative progress at the end of Q${q} (0–100 %)`,
    };
  }
  return {
    required: OPTIONAL[lang],
    what:
      lang === "th"
        ? `เงินที่เบิกจ่ายภายในไตรมาส ${q} (บาท ไม่ใช่ยอดสะสม)`
        : `Amount disbursed within Q${q} (baht, not cumulative)`,
  };
}

/** The workflow, step by step. */
export function workflowSteps(reference: Reference, lang: Lang): string[] {
  const days = reference.data.report_deadline_days_after_quarter_end;
  const chain = reference.data.approval_chain_th.join(" → ");
  const tracker = TRACKER_SHEET_NAMES[lang];
  const ref = REFERENCE_SHEET_NAMES[lang];
  if (lang === "th") {
    return [
      `๑. กรอกโครงการในแผ่นงาน "${tracker}" หนึ่งแถวต่อหนึ่งโครงการ (ตารางขยายเองเมื่อพิมพ์ต่อท้าย) อย่าเปลี่ยนชื่อหัวคอลัมน์`,
      "๒. เลือกหน่วยงาน ประเภทโครงการ ยุทธศาสตร์ชาติ แผนแม่บทฯ และแผนการปฏิรูปประเทศจากรายการ",
      `๓. ทุกไตรมาส กรอกความก้าวหน้าสะสม (ร้อยละ) และเงินที่เบิกจ่ายภายในไตรมาส (บาท) ภายใน ${days} วันหลังสิ้นไตรมาส`,
      '๔. กด "ตรวจสอบ" ใน PYP Tracker (หรือใช้คำสั่ง pyp-tracker check) แล้วแก้ไขจนไม่มีข้อผิดพลาด',
      `๕. ส่งไฟล์ให้กลุ่ม ป.ย.ป. เพื่อรวบรวม คำนวณผลรายหน่วยงาน กลุ่มภารกิจ และภาพรวมกระทรวง จัดทำกราฟ และบันทึกข้อความเสนอขอความเห็นชอบตามลำดับ (M7): ${chain}`,
      `๖. แผ่นงาน "${ref}" เก็บข้อมูลอ้างอิง (ยุทธศาสตร์ แผนแม่บทฯ หน่วยงาน ฯลฯ) แก้ไขได้เพื่อใช้กับกระทรวงอื่น`,
      '๗. แบบติดตามที่จัดหน้าไว้สำหรับพิมพ์ก็ใช้ได้: ชื่อเรื่องเหนือหัวตาราง คอลัมน์ "ลำดับ" แถวหัวข้อกลุ่มภารกิจที่ผสานเซลล์ตลอดแถว หน่วยงานหรือยุทธศาสตร์ที่ผสานเซลล์ลงหลายแถว แถว "รวม กกจ." ที่ใช้สูตร =SUM(...) และแถว "รวมทั้งสิ้น" จะไม่ถูกนับเป็นโครงการ และยอดในแถวรวมจะถูกตรวจกับผลรวมของโครงการ',
    ];
  }
  return [
    `1. Enter one project per row on the "${tracker}" sheet (the table grows as you type below it). Do not rename the headers.`,
    "2. Pick the department, project type, national strategy, master plan and reform area from the lists.",
    `3. Each quarter, enter cumulative progress (%) and the amount disbursed within the quarter (baht), within ${days} days of the quarter's end.`,
    '4. Press "Check" in PYP Tracker (or run pyp-tracker check) and correct every error.',
    `5. Send the file to the PYP Group, which pools the trackers, computes department, cluster and ministry figures, draws the charts and writes the approval memos up the chain (M7): ${chain}.`,
    `6. The "${ref}" sheet holds the reference data (strategies, master plans, departments, …); edit it to use the tracker for another ministry.`,
    '7. A tracker laid out for printing works too: a title above the header, a "No." column, a cluster heading merged across the row, a department or strategy merged down over its projects, "Total" rows with =SUM(...) formulas and a grand total are not counted as projects, and the totals are checked against the projects\' sums.',
  ];
}

export const INSTRUCTION_TITLES: Record<
  Lang,
  { title: string; workflow: string; columns: string; header: [string, string, string] }
> = {
  th: {
    title: "คำอธิบายการใช้แบบติดตามโครงการ",
    workflow: "ขั้นตอนการทำงาน",
    columns: "คำอธิบายคอลัมน์",
    header: ["คอลัมน์", "จำเป็น", "วิธีกรอก"],
  },
  en: {
    title: "How to use the project tracker",
    workflow: "Workflow",
    columns: "Columns",
    header: ["Column", "Required", "What to enter"],
  },
};
