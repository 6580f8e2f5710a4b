// Notes the adapter leaves when it degrades (a feature the host lacks) or limits a request, in Thai and English.
import { Lang } from "../../core/findings";
import { OfficeFeatures } from "./features";

export type NoteCode =
  | "no-gridlines"
  | "no-data-validation"
  | "no-chart-number-formats"
  | "no-page-layout"
  | "no-fill-pattern"
  | "no-indent"
  | "highlight-truncated"
  | "highlight-sheet-missing";

export interface AdapterNote {
  readonly code: NoteCode;
  readonly th: string;
  readonly en: string;
}

const TEXT: Record<NoteCode, (detail: string) => { th: string; en: string }> = {
  "no-gridlines": () => ({
    th: "Excel รุ่นนี้ซ่อนเส้นตารางไม่ได้ (ต้องการ ExcelApi 1.8) แผ่นงานจึงแสดงเส้นตาราง",
    en: "This Excel cannot hide gridlines (needs ExcelApi 1.8); sheets show them",
  }),
  "no-data-validation": () => ({
    th: "Excel รุ่นนี้สร้างรายการดรอปดาวน์ไม่ได้ (ต้องการ ExcelApi 1.8) จึงข้ามรายการดรอปดาวน์",
    en: "This Excel cannot add drop-down lists (needs ExcelApi 1.8); they were skipped",
  }),
  "no-chart-number-formats": () => ({
    th: "Excel รุ่นนี้กำหนดรูปแบบตัวเลขของแผนภูมิไม่ได้ (ต้องการ ExcelApi 1.8) จึงใช้รูปแบบอัตโนมัติ",
    en: "This Excel cannot set chart number formats (needs ExcelApi 1.8); automatic formats are used",
  }),
  "no-page-layout": (sheets) => ({
    th: `Excel รุ่นนี้ตั้งค่าหน้ากระดาษไม่ได้ (ต้องการ ExcelApi 1.9) โปรดตั้ง A4 และระยะขอบเองก่อนพิมพ์: ${sheets}`,
    en: `This Excel cannot set up pages (needs ExcelApi 1.9); set A4 and margins before printing: ${sheets}`,
  }),
  "no-fill-pattern": () => ({
    th: "Excel รุ่นนี้แยกพื้นสีขาวจากไม่มีพื้นไม่ได้ (ต้องการ ExcelApi 1.9) เซลล์พื้นขาวจะคืนเป็นไม่มีพื้น",
    en: "This Excel cannot tell a white fill from no fill (needs ExcelApi 1.9); white cells are restored without fill",
  }),
  "no-indent": () => ({
    th: "Excel รุ่นนี้ตั้งการเยื้องข้อความในเซลล์ไม่ได้ (ต้องการ ExcelApi 1.9) ข้อความจึงชิดซ้าย",
    en: "This Excel cannot indent cell text (needs ExcelApi 1.9); indented text sits flush left",
  }),
  "highlight-truncated": (count) => ({
    th: `ไฮไลต์เฉพาะ ${count} เซลล์แรก`,
    en: `Only the first ${count} cells were highlighted`,
  }),
  "highlight-sheet-missing": (sheets) => ({
    th: `ไม่พบแผ่นงาน จึงไม่ได้ไฮไลต์/คืนค่า: ${sheets}`,
    en: `Sheets not found, cells not highlighted/restored: ${sheets}`,
  }),
};

export function note(code: NoteCode, detail = ""): AdapterNote {
  return { code, ...TEXT[code](detail) };
}

export function noteText(n: AdapterNote, lang: Lang): string {
  return lang === "th" ? n.th : n.en;
}

/** What will degrade on this host before anything is written (for the pane to show up front). */
export function expectedDegradations(features: OfficeFeatures): AdapterNote[] {
  const notes: AdapterNote[] = [];
  if (!features.gridlines) notes.push(note("no-gridlines"));
  if (!features.dataValidation) notes.push(note("no-data-validation"));
  if (!features.chartNumberFormats) notes.push(note("no-chart-number-formats"));
  if (!features.pageLayout) notes.push(note("no-page-layout", "—"));
  if (!features.fillPattern) notes.push(note("no-fill-pattern"));
  if (!features.indentLevel) notes.push(note("no-indent"));
  return notes;
}
