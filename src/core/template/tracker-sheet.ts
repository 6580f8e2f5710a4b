// The template's tracker sheet: title, the 21 template headers as an Excel table, drop-downs and formats.
import { cellAddress } from "../cell";
import { Lang } from "../findings";
import { CellStyle, DocCell, DocValidation, RangeRef, SheetDoc } from "../outputs/sheet-doc";
import { Reference } from "../reference";
import { COLUMN_KEYS, ColumnKey, TEMPLATE_HEADERS } from "../tracker/columns";
import { DropDownKey, ListSource } from "./reference-sheet";
import { templateFont } from "./style";

/** Blank data rows of the new tracker's table (it grows as planners type below it). */
export const TEMPLATE_DATA_ROWS = 200;
export const TRACKER_TITLE_ROW = 1;
export const TRACKER_HEADER_ROW = 2;
export const TRACKER_TABLE_NAME = "PYP_Projects";
export const TRACKER_SHEET_NAMES: Record<Lang, string> = { th: "โครงการ", en: "Projects" };

/** Number formats of the data cells: codes stay text (leading zeros, 20-digit budget codes). */
const FORMATS: Partial<Record<ColumnKey, string>> = {
  project_id: "@",
  budget_code: "@",
  sub_plan: "@",
  fiscal_year: "0",
  budget: "#,##0.00",
  q1_progress: "0.00",
  q2_progress: "0.00",
  q3_progress: "0.00",
  q4_progress: "0.00",
  q1_disbursed: "#,##0.00",
  q2_disbursed: "#,##0.00",
  q3_disbursed: "#,##0.00",
  q4_disbursed: "#,##0.00",
};

/** Column widths in characters, sized for the Thai headers and typical entries. */
const WIDTHS: Record<ColumnKey, number> = {
  project_id: 16,
  project_name: 40,
  department: 30,
  division: 20,
  project_type: 22,
  fiscal_year: 11,
  budget_code: 24,
  budget: 16,
  strategy: 30,
  master_plan: 30,
  sub_plan: 10,
  reform_area: 26,
  q1_progress: 12,
  q2_progress: 12,
  q3_progress: 12,
  q4_progress: 12,
  q1_disbursed: 15,
  q2_disbursed: 15,
  q3_disbursed: 15,
  q4_disbursed: 15,
  remarks: 40,
};

const PROMPTS: Record<DropDownKey, Record<Lang, string>> = {
  department: { th: "เลือกหน่วยงานจากรายการ", en: "Pick the department from the list" },
  project_type: {
    th: "เลือกประเภทโครงการ (ว่าง = โครงการประจำปีงบประมาณ)",
    en: "Pick the project type (blank = annual)",
  },
  strategy: { th: "เลือกยุทธศาสตร์ชาติ (๑–๖)", en: "Pick the national strategy (1–6)" },
  master_plan: {
    th: "เลือกแผนแม่บทฯ ที่อยู่ภายใต้ยุทธศาสตร์ที่เลือก",
    en: "Pick a master plan of the chosen strategy",
  },
  reform_area: {
    th: "เลือกแผนการปฏิรูปประเทศ (จำเป็นสำหรับ Big Rock)",
    en: "Pick the reform area (required for Big Rock)",
  },
};

export function columnOfKey(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key) + 1;
}

const FIRST_DATA_ROW = TRACKER_HEADER_ROW + 1;
const LAST_DATA_ROW = TRACKER_HEADER_ROW + TEMPLATE_DATA_ROWS;

function dataRange(key: ColumnKey): RangeRef {
  const column = columnOfKey(key);
  return {
    firstRow: FIRST_DATA_ROW,
    firstColumn: column,
    lastRow: LAST_DATA_ROW,
    lastColumn: column,
  };
}

export function buildTrackerSheet(
  reference: Reference,
  lang: Lang,
  lists: Record<DropDownKey, ListSource>
): SheetDoc {
  const ministry = reference.data.ministry;
  const cells: DocCell[] = [
    {
      row: TRACKER_TITLE_ROW,
      column: 1,
      value:
        lang === "th"
          ? `แบบติดตามโครงการตามยุทธศาสตร์ชาติ ${ministry.name_th}`
          : `National strategy project tracker: ${ministry.name_en}`,
      style: { bold: true, size: lang === "th" ? 20 : 14 },
    },
  ];
  const header: CellStyle = {
    bold: true,
    fill: "header",
    wrap: true,
    align: "center",
    valign: "middle",
  };
  COLUMN_KEYS.forEach((key, i) =>
    cells.push({
      row: TRACKER_HEADER_ROW,
      column: i + 1,
      value: TEMPLATE_HEADERS[key][lang],
      style: header,
    })
  );
  // Blank cells carry the column's number format, so typed values land in the right form.
  for (const key of COLUMN_KEYS) {
    const numberFormat = FORMATS[key];
    if (!numberFormat) continue;
    for (let row = FIRST_DATA_ROW; row <= LAST_DATA_ROW; row++)
      cells.push({ row, column: columnOfKey(key), value: null, style: { numberFormat } });
  }
  const validations: DocValidation[] = (Object.keys(lists) as DropDownKey[]).map((key) => ({
    range: dataRange(key),
    source: lists[key],
    prompt: PROMPTS[key][lang],
  }));
  const lastColumn = COLUMN_KEYS.length;
  return {
    key: "template-tracker",
    name: TRACKER_SHEET_NAMES[lang],
    font: templateFont(lang),
    columnWidths: COLUMN_KEYS.map((k) => WIDTHS[k]),
    rowHeights: [{ row: TRACKER_HEADER_ROW, height: lang === "th" ? 48 : 30 }],
    cells,
    merges: [],
    charts: [],
    freeze: { rows: TRACKER_HEADER_ROW, columns: 2 },
    showGridlines: true,
    // 21 columns never fit a page; landscape at full size keeps printed rows readable.
    page: {
      paper: "A4",
      orientation: "landscape",
      marginsCm: { left: 1.5, right: 1.5, top: 2, bottom: 2 },
      fitToWidth: false,
    },
    validations,
    tables: [
      {
        name: TRACKER_TABLE_NAME,
        range: { firstRow: TRACKER_HEADER_ROW, firstColumn: 1, lastRow: LAST_DATA_ROW, lastColumn },
        style: "TableStyleMedium2",
      },
    ],
    tabColor: "1F4E79",
  };
}

/** A1 range text of the table, e.g. "A2:U202" (for messages and tests). */
export function trackerTableAddress(): string {
  return `${cellAddress(TRACKER_HEADER_ROW, 1)}:${cellAddress(LAST_DATA_ROW, COLUMN_KEYS.length)}`;
}
