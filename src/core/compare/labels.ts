// Words of a comparison, Thai and English: kind names for the sheet, the pane and the command line.
import { Lang, MessageData, formatMessage } from "../findings";
import { ChangeKind } from "./types";

export const KIND_LABELS: Readonly<Record<Lang, Readonly<Record<ChangeKind, string>>>> = {
  th: {
    added: "โครงการที่เพิ่มขึ้น",
    removed: "โครงการที่หายไป",
    "budget-changed": "งบประมาณเปลี่ยน",
    "linkage-changed": "การเชื่อมโยงแผนเปลี่ยน",
    "progress-went-back": "ความก้าวหน้าลดลงหรือถูกลบ",
    "disbursement-changed": "ผลการเบิกจ่ายที่รายงานแล้วเปลี่ยน",
    "name-changed": "ชื่อโครงการเปลี่ยน",
    "department-changed": "หน่วยงานเปลี่ยน",
    "fiscal-year-changed": "ปีงบประมาณเปลี่ยน",
  },
  en: {
    added: "Projects added",
    removed: "Projects removed",
    "budget-changed": "Budget changed",
    "linkage-changed": "Plan linkage changed",
    "progress-went-back": "Progress went back or was erased",
    "disbursement-changed": "Reported disbursement changed",
    "name-changed": "Project name changed",
    "department-changed": "Department changed",
    "fiscal-year-changed": "Fiscal year changed",
  },
};

const TH = {
  sheetName: "เปรียบเทียบ",
  title: "เปรียบเทียบตารางติดตามโครงการ: ฉบับเดิมกับฉบับใหม่",
  oldSide: "ฉบับเดิม: {files}",
  newSide: "ฉบับใหม่: {files}",
  fileLine: "{file} › {sheet} ({rows} แถว)",
  matched: "โครงการที่พบทั้งสองฉบับ {matched} โครงการ · การเปลี่ยนแปลง {changes} รายการ",
  colKind: "ประเภทการเปลี่ยนแปลง",
  colCount: "จำนวน",
  colNo: "ลำดับ",
  colId: "รหัสโครงการ",
  colName: "ชื่อโครงการ",
  colColumn: "คอลัมน์",
  colOld: "ค่าเดิม",
  colNew: "ค่าใหม่",
  colOldCell: "เซลล์ในฉบับเดิม",
  colNewCell: "เซลล์ในฉบับใหม่",
  noChanges: "ไม่พบการเปลี่ยนแปลง",
  wholeRow: "ทั้งแถว",
  duplicatesTitle: "รหัสโครงการซ้ำ (เปรียบเทียบเฉพาะแถวแรก) {count} รหัส",
  colSide: "ฉบับ",
  colCells: "เซลล์รหัสโครงการ",
  sideOld: "เดิม",
  sideNew: "ใหม่",
  withoutId: "แถวที่ไม่มีรหัสโครงการ (จับคู่ไม่ได้ จึงไม่นำมาเปรียบเทียบ): ฉบับเดิม {old} แถว ฉบับใหม่ {new} แถว",
};

const EN: Record<keyof typeof TH, string> = {
  sheetName: "Comparison",
  title: "Tracker comparison: earlier and current",
  oldSide: "Earlier: {files}",
  newSide: "Current: {files}",
  fileLine: "{file} › {sheet} ({rows} rows)",
  matched: "{matched} projects in both · {changes} changes",
  colKind: "Kind of change",
  colCount: "Count",
  colNo: "No.",
  colId: "Project ID",
  colName: "Project name",
  colColumn: "Column",
  colOld: "Earlier value",
  colNew: "Current value",
  colOldCell: "Cell (earlier)",
  colNewCell: "Cell (current)",
  noChanges: "No changes found",
  wholeRow: "whole row",
  duplicatesTitle: "Duplicated project IDs (only the first row is compared): {count}",
  colSide: "Side",
  colCells: "ID cells",
  sideOld: "earlier",
  sideNew: "current",
  withoutId: "Rows without a project ID (cannot be matched, left out): {old} earlier, {new} current",
};

export type CompareLabel = keyof typeof TH;

export function compareLabel(lang: Lang, key: CompareLabel, data: MessageData = {}): string {
  return formatMessage((lang === "th" ? TH : EN)[key], data);
}
