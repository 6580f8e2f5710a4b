// The template's reference sheet: every reference table as a block (see reference-layout.ts), plus drop-down lists.
import { Lang } from "../findings";
import { CellStyle, DocCell, RangeRef, SheetDoc } from "../outputs/sheet-doc";
import { Reference } from "../reference";
import { REFERENCE_SHEET_NAMES } from "../reference/sheet";
import { projectTypeLabels } from "./project-types";
import {
  APPROVAL_BLOCK,
  APPROVAL_FIELD,
  LABEL_COLUMN,
  LIST_TABLES,
  ListTableKey,
  SETTINGS,
  SETTINGS_BLOCK,
  SETTINGS_HEADER,
  blockMarker,
  encodeField,
  settingValue,
} from "./reference-layout";
import { TARGETS_BLOCK, TARGETS_HEADER, TARGETS_TITLE, targetRows } from "./reference-targets";
import { templateFont } from "./style";

/** Tracker columns whose drop-down lists come from this sheet. */
export type DropDownKey =
  "department" | "project_type" | "strategy" | "master_plan" | "reform_area";

export interface ListSource {
  readonly sheet: string;
  readonly range: RangeRef;
}

export interface ReferenceSheetBuild {
  readonly doc: SheetDoc;
  readonly lists: Record<DropDownKey, ListSource>;
}

const MARKER: CellStyle = { bold: true, fill: "group" };
const TITLE: CellStyle = { italic: true, color: "muted" };
const HEADER: CellStyle = { bold: true, fill: "header", border: "thin" };
const DATA: CellStyle = { border: "thin", numberFormat: "@" };

const NOTES: Record<Lang, string[]> = {
  th: [
    "แก้ไขตารางในแผ่นงานนี้ได้ เพื่อใช้กับกระทรวงอื่นหรือปรับข้อมูลให้เป็นปัจจุบัน: ตารางที่มีในแผ่นงานนี้จะใช้แทนข้อมูลอ้างอิงในตัวโปรแกรม",
    "รูปแบบ: แต่ละตารางเริ่มด้วยชื่อในวงเล็บเหลี่ยมในคอลัมน์ A เช่น [departments] แถวถัดไปเป็นชื่อคอลัมน์ (ห้ามแก้ไข) แล้วจึงเป็นข้อมูลจนถึงแถวว่าง คอลัมน์ label ใช้สำหรับรายการเลือกเท่านั้น",
  ],
  en: [
    "You may edit the tables on this sheet to use the tracker for another ministry or to update the data: each table here replaces the built-in one.",
    "Layout: each table starts with its name in square brackets in column A, e.g. [departments]; the next row holds the field names (do not change them), then one row per item until a blank row. The label column only feeds the drop-down lists.",
  ],
};

/** Writes blocks top to bottom, remembering where each list column lands. */
class BlockWriter {
  readonly cells: DocCell[] = [];
  row = 0;
  readonly columns = new Map<string, { first: number; last: number; column: number }>();

  put(column: number, value: string | number | null, style: CellStyle): void {
    this.cells.push({ row: this.row, column, value, style });
  }

  block(
    key: string,
    title: string,
    header: readonly string[],
    rows: readonly (string | number | null)[][]
  ): void {
    this.row += 2;
    this.put(1, blockMarker(key), MARKER);
    this.put(2, title, TITLE);
    this.row++;
    header.forEach((h, i) => this.put(i + 1, h, HEADER));
    const first = this.row + 1;
    for (const values of rows) {
      this.row++;
      values.forEach((v, i) =>
        this.put(i + 1, v, typeof v === "number" ? { border: "thin" } : DATA)
      );
    }
    header.forEach((h, i) =>
      this.columns.set(`${key}.${h}`, { first, last: this.row, column: i + 1 })
    );
  }

  range(key: string, column: string): RangeRef {
    const c = this.columns.get(`${key}.${column}`);
    if (!c) throw new Error(`reference sheet has no column ${key}.${column}`);
    return { firstRow: c.first, firstColumn: c.column, lastRow: c.last, lastColumn: c.column };
  }
}

/** Drop-down label of a coded item: "3 ด้านการพัฒนา…". */
function codeLabel(item: { code: number; name_th: string; name_en: string }, lang: Lang): string {
  return `${item.code} ${lang === "th" ? item.name_th : item.name_en}`;
}

const LABELLED: ReadonlySet<ListTableKey> = new Set(["strategies", "master_plans", "reform_areas"]);

export function buildReferenceSheet(reference: Reference, lang: Lang): ReferenceSheetBuild {
  const data = reference.data;
  const name = REFERENCE_SHEET_NAMES[lang];
  const w = new BlockWriter();
  w.row = 1;
  w.put(1, lang === "th" ? "ข้อมูลอ้างอิง" : "Reference data", {
    bold: true,
    size: lang === "th" ? 20 : 14,
  });
  for (const note of NOTES[lang]) {
    w.row++;
    w.put(1, note, TITLE);
  }
  for (const spec of LIST_TABLES) {
    const items = data[spec.key] as readonly Record<string, unknown>[];
    const labelled = LABELLED.has(spec.key);
    const header = [...spec.fields.map((f) => f.key), ...(labelled ? [LABEL_COLUMN] : [])];
    const rows = items.map((item) => [
      ...spec.fields.map((f) => encodeField(f.kind, item[f.key])),
      ...(labelled
        ? [codeLabel(item as { code: number; name_th: string; name_en: string }, lang)]
        : []),
    ]);
    w.block(spec.key, spec.title[lang], header, rows);
  }
  w.block(
    APPROVAL_BLOCK,
    lang === "th" ? "ลำดับการอนุมัติ (M7) จากล่างขึ้นบน" : "Approval chain (M7), lowest first",
    [APPROVAL_FIELD],
    data.approval_chain_th.map((t) => [t])
  );
  w.block(
    SETTINGS_BLOCK,
    lang === "th" ? "ค่าตั้งต่าง ๆ" : "Settings",
    [...SETTINGS_HEADER, "description"],
    SETTINGS.map((s) => [s.key, settingValue(data, s.key), s.description[lang]])
  );
  w.block(TARGETS_BLOCK, TARGETS_TITLE[lang], [...TARGETS_HEADER], targetRows(data.quarter_targets));
  w.block(
    "project_types",
    lang === "th" ? "ประเภทโครงการ (รายการเลือกเท่านั้น)" : "Project types (drop-down only)",
    [LABEL_COLUMN],
    projectTypeLabels(lang).map((l) => [l])
  );
  const doc: SheetDoc = {
    key: "template-reference",
    name,
    font: templateFont(lang),
    columnWidths: [24, 45, 40, 40, 30, 40],
    cells: w.cells,
    merges: [],
    charts: [],
    showGridlines: true,
    page: {
      paper: "A4",
      orientation: "landscape",
      marginsCm: { left: 1.5, right: 1.5, top: 2, bottom: 2 },
      fitToWidth: true,
    },
    tabColor: "7F7F7F",
  };
  const source = (key: string, column: string): ListSource => ({
    sheet: name,
    range: w.range(key, column),
  });
  return {
    doc,
    lists: {
      department: source("departments", lang === "th" ? "name_th" : "name_en"),
      project_type: source("project_types", LABEL_COLUMN),
      strategy: source("strategies", LABEL_COLUMN),
      master_plan: source("master_plans", LABEL_COLUMN),
      reform_area: source("reform_areas", LABEL_COLUMN),
    },
  };
}
