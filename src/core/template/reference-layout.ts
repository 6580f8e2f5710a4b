// The reference sheet's machine-readable layout: one block per table, shared by the template and the reader.
import { CellValue, isBlankValue, isExcelError } from "../cell";
import { LocalText } from "../findings";
import { ReferenceData } from "../reference/schema";
import { cleanText, thaiDigitsToAscii } from "../text";

/**
 * Layout: a block starts with its marker in column A ("[strategies]"), then a header row of field
 * names, then one row per item until a blank row or the next marker. Rows before the first marker
 * (title, notes) are ignored, and so are columns whose header is not a field (e.g. "label").
 */
export function blockMarker(key: string): string {
  return `[${key}]`;
}

/** The block key of a marker cell ("[strategies]" → "strategies"), or null. */
export function markerKey(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^\s*\[\s*([A-Za-z_][A-Za-z0-9_]*)\s*\]\s*$/.exec(value);
  return m ? m[1].toLowerCase() : null;
}

/** How a field is written in and read from a cell. */
export type FieldKind = "int" | "text" | "optionalText" | "nullableText" | "intList" | "digits";

export interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
}

export type ListTableKey =
  "strategies" | "master_plans" | "sub_plans" | "reform_areas" | "clusters" | "departments";

/** A list table of the reference: which ReferenceData field it fills, and its columns. */
export interface TableSpec {
  readonly key: ListTableKey;
  readonly title: LocalText;
  readonly fields: readonly FieldSpec[];
}

const code: FieldSpec = { key: "code", kind: "int" };
const nameTh: FieldSpec = { key: "name_th", kind: "text" };
const nameEn: FieldSpec = { key: "name_en", kind: "text" };

export const LIST_TABLES: readonly TableSpec[] = [
  {
    key: "strategies",
    title: { th: "ยุทธศาสตร์ชาติ", en: "National strategies" },
    fields: [code, nameTh, nameEn],
  },
  {
    key: "master_plans",
    title: {
      th: "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ (strategies = ยุทธศาสตร์ที่เชื่อมโยง คั่นด้วยจุลภาค)",
      en: "Master plans (strategies = linked strategies, comma-separated)",
    },
    fields: [code, nameTh, nameEn, { key: "strategies", kind: "intList" }],
  },
  {
    key: "sub_plans",
    title: { th: "แผนย่อยของแผนแม่บทฯ (รหัส ๔ หรือ ๖ หลัก)", en: "Sub-plans (4- or 6-digit codes)" },
    fields: [
      { key: "code", kind: "digits" },
      { key: "master_plan", kind: "int" },
      nameTh,
      { key: "name_en", kind: "optionalText" },
    ],
  },
  {
    key: "reform_areas",
    title: { th: "แผนการปฏิรูปประเทศ", en: "National reform areas" },
    fields: [code, nameTh, nameEn],
  },
  {
    key: "clusters",
    title: { th: "กลุ่มภารกิจ", en: "Mission clusters" },
    fields: [
      { key: "code", kind: "text" },
      nameTh,
      nameEn,
      { key: "head_title_th", kind: "text" },
      { key: "head_title_en", kind: "optionalText" },
    ],
  },
  {
    key: "departments",
    title: {
      th: "หน่วยงาน (cluster ว่าง = ไม่สังกัดกลุ่มภารกิจ)",
      en: "Departments (blank cluster = none)",
    },
    fields: [
      { key: "code", kind: "text" },
      nameTh,
      nameEn,
      { key: "abbr_th", kind: "text" },
      { key: "cluster", kind: "nullableText" },
      { key: "head_title_th", kind: "text" },
    ],
  },
];

/** Block of the approval chain (M7), one title per row, lowest first. */
export const APPROVAL_BLOCK = "approval_chain";
export const APPROVAL_FIELD = "title_th";

/** Block of single values: one "key | value" row each. */
export const SETTINGS_BLOCK = "settings";
export const SETTINGS_HEADER = ["key", "value"] as const;

type SettingKind = "text" | "int";

/** Settings keys, each mapped to a place in ReferenceData. */
export const SETTINGS: readonly {
  readonly key: string;
  readonly kind: SettingKind;
  readonly description: LocalText;
}[] = [
  {
    key: "ministry_name_th",
    kind: "text",
    description: { th: "ชื่อกระทรวง", en: "Ministry name (Thai)" },
  },
  {
    key: "ministry_name_en",
    kind: "text",
    description: { th: "ชื่อกระทรวง (อังกฤษ)", en: "Ministry name (English)" },
  },
  {
    key: "ministry_letter_code_th",
    kind: "text",
    description: { th: "อักษรย่อเลขที่หนังสือ เช่น รง", en: "Letter code, e.g. รง" },
  },
  {
    key: "final_approver_title_th",
    kind: "text",
    description: { th: "ผู้อนุมัติขั้นสุดท้าย", en: "Final approver (Thai title)" },
  },
  {
    key: "reporting_office_th",
    kind: "text",
    description: { th: "ส่วนราชการผู้รายงาน (ในบันทึกข้อความ)", en: "Reporting office (memo header)" },
  },
  {
    key: "budget_code_pattern",
    kind: "text",
    description: {
      th: "รูปแบบรหัสงบประมาณ (regular expression)",
      en: "Budget code pattern (regular expression)",
    },
  },
  {
    key: "report_deadline_days_after_quarter_end",
    kind: "int",
    description: { th: "จำนวนวันที่ต้องรายงานหลังสิ้นไตรมาส", en: "Days after quarter end to report" },
  },
];

/** Blocks that only feed the template's drop-downs; the reader skips them. */
export const LIST_ONLY_BLOCKS: readonly string[] = ["project_types"];
/** Column with drop-down labels ("3 ด้าน…"); the reader skips it. */
export const LABEL_COLUMN = "label";

/** A setting's value in the reference data. */
export function settingValue(data: ReferenceData, key: string): string | number {
  switch (key) {
    case "ministry_name_th":
      return data.ministry.name_th;
    case "ministry_name_en":
      return data.ministry.name_en;
    case "ministry_letter_code_th":
      return data.ministry.letter_code_th;
    case "report_deadline_days_after_quarter_end":
      return data.report_deadline_days_after_quarter_end;
    default:
      return data[key as "final_approver_title_th" | "reporting_office_th" | "budget_code_pattern"];
  }
}

/** A field value written to a cell: lists as "2, 4, 5", absent optional text as blank. */
export function encodeField(kind: FieldKind, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (kind === "intList") return (value as number[]).join(", ");
  if (kind === "int") return value as number;
  return String(value);
}

export type Decoded = { ok: true; value: unknown } | { ok: false; why: LocalText };

const WHY_BLANK: LocalText = { th: "ว่าง", en: "is blank" };
const WHY_NOT_INT: LocalText = { th: "ต้องเป็นจำนวนเต็ม", en: "must be a whole number" };

function asInteger(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  if (typeof value !== "string") return null;
  const t = thaiDigitsToAscii(cleanText(value));
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** One cell read for one field kind. */
export function decodeField(spec: FieldSpec, value: CellValue): Decoded {
  if (isExcelError(value))
    return {
      ok: false,
      why: { th: `มีค่าผิดพลาด ${value.code}`, en: `holds the error ${value.code}` },
    };
  const blank = isBlankValue(value);
  const text = typeof value === "string" ? cleanText(value) : value === null ? "" : String(value);
  switch (spec.kind) {
    case "int": {
      if (blank) return { ok: false, why: WHY_BLANK };
      const n = asInteger(value);
      return n === null ? { ok: false, why: WHY_NOT_INT } : { ok: true, value: n };
    }
    case "intList": {
      if (blank) return { ok: true, value: [] };
      const parts =
        typeof value === "number"
          ? [value]
          : text
              .split(/[,;\s]+/)
              .filter((p) => p !== "")
              .map(asInteger);
      return parts.every((p) => p !== null)
        ? { ok: true, value: parts }
        : { ok: false, why: WHY_NOT_INT };
    }
    case "digits": {
      if (blank) return { ok: false, why: WHY_BLANK };
      let digits = thaiDigitsToAscii(text).replace(/[\s\-./]/g, "");
      // A sub-plan typed as a number loses its leading zero (0101 → 101): put it back.
      if (typeof value === "number" && (digits.length === 3 || digits.length === 5))
        digits = `0${digits}`;
      return { ok: true, value: digits };
    }
    case "text":
      return blank ? { ok: false, why: WHY_BLANK } : { ok: true, value: text };
    case "optionalText":
      return { ok: true, value: blank ? undefined : text };
    case "nullableText":
      return { ok: true, value: blank ? null : text };
  }
}
