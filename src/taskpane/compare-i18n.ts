// The Compare panel's words, Thai and English (its own dictionary, so the pane's shared one stays as it is).
import { Lang, MessageData, formatMessage } from "../core/findings";

const en = {
  tabCompare: "Compare",
  compareIntro:
    "Pick the earlier tracker (.xlsx), e.g. last quarter's. Projects are matched by project ID, never by row; the file is read on this computer and never uploaded.",
  chooseEarlier: "Earlier tracker (.xlsx)",
  compareButton: "Compare",
  comparing: "Comparing…",
  compareSummary: "{matched} projects in both · {changes} changes",
  compareNone: "No changes: the same projects with the same values.",
  compareSides: "Earlier: {old} · Current: {new}",
  changeSelect: "Select {cell} on {sheet}",
  changesOf: "{count} changes",
  changesMore: "Showing {shown} of {total}; the comparison sheet lists them all.",
  earlierCell: "earlier {cell}",
  insertComparison: "Insert the comparison sheet",
  downloadComparison: "Save the comparison workbook",
  duplicatesNote: "Project IDs on several rows (only the first is compared): {list}",
  sideOld: "earlier",
  sideNew: "current",
};

type CompareKey = keyof typeof en;

const th: Record<CompareKey, string> = {
  tabCompare: "เปรียบเทียบ",
  compareIntro:
    "เลือกไฟล์ตารางติดตามฉบับก่อนหน้า (.xlsx) เช่น ของไตรมาสที่แล้ว ระบบจับคู่โครงการด้วยรหัสโครงการ ไม่ใช่ตามลำดับแถว ไฟล์ถูกอ่านในเครื่องนี้ ไม่ถูกส่งออกไปที่ใด",
  chooseEarlier: "ตารางติดตามฉบับก่อนหน้า (.xlsx)",
  compareButton: "เปรียบเทียบ",
  comparing: "กำลังเปรียบเทียบ…",
  compareSummary: "พบทั้งสองฉบับ {matched} โครงการ · เปลี่ยนแปลง {changes} รายการ",
  compareNone: "ไม่มีการเปลี่ยนแปลง: โครงการและค่าตรงกันทุกรายการ",
  compareSides: "ฉบับเดิม: {old} · ฉบับปัจจุบัน: {new}",
  changeSelect: "เลือกเซลล์ {cell} ในแผ่นงาน {sheet}",
  changesOf: "{count} รายการ",
  changesMore: "แสดง {shown} จาก {total} รายการ ดูทั้งหมดได้ในแผ่นงานเปรียบเทียบ",
  earlierCell: "ฉบับเดิม {cell}",
  insertComparison: "แทรกแผ่นงานเปรียบเทียบ",
  downloadComparison: "บันทึกไฟล์ผลการเปรียบเทียบ",
  duplicatesNote: "รหัสโครงการที่ซ้ำหลายแถว (เปรียบเทียบเฉพาะแถวแรก): {list}",
  sideOld: "ฉบับเดิม",
  sideNew: "ฉบับปัจจุบัน",
};

export const COMPARE_DICTIONARIES: Readonly<Record<Lang, Readonly<Record<CompareKey, string>>>> = { en, th };

export type CompareTranslate = (key: CompareKey, data?: MessageData) => string;

export function compareTranslator(lang: Lang): CompareTranslate {
  const dict = COMPARE_DICTIONARIES[lang];
  return (key, data) => (data ? formatMessage(dict[key], data) : dict[key]);
}
