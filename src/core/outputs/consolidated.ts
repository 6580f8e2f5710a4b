// The consolidated master tracker: every department's rows under template headers, with their source.
import { isExcelError } from "../cell";
import { Lang } from "../findings";
import { COLUMN_KEYS, ColumnKey, TEMPLATE_HEADERS } from "../tracker/columns";
import { Field, ProjectRow, TrackerLayout } from "../tracker/types";
import { DocCell, SheetDoc } from "./sheet-doc";

const SOURCE_HEADERS = {
  th: ["ไฟล์ต้นทาง", "แผ่นงานต้นทาง", "แถวต้นทาง"],
  en: ["Source file", "Source sheet", "Source row"],
};

function fieldOf(row: ProjectRow, key: ColumnKey): Field<unknown> {
  const m = /^q(\d)_(progress|disbursed)$/.exec(key);
  if (m) return row.fields[m[2] as "progress" | "disbursed"][Number(m[1]) - 1];
  return row.fields[key as Exclude<keyof ProjectRow["fields"], "progress" | "disbursed">];
}

/** A raw cell copied as it was: text stays text, numbers keep their number format. */
function copyCell(row: number, column: number, f: Field<unknown>): DocCell | null {
  const raw = f.raw;
  if (raw === null) return null;
  if (typeof raw === "number") {
    return { row, column, value: raw, style: f.format && f.format !== "General" ? { numberFormat: f.format } : undefined };
  }
  if (typeof raw === "boolean") return { row, column, value: raw ? "TRUE" : "FALSE" };
  if (isExcelError(raw)) return { row, column, value: raw.code };
  return { row, column, value: raw };
}

export function buildConsolidatedDoc(rows: readonly ProjectRow[], trackers: readonly TrackerLayout[], lang: Lang): SheetDoc {
  const keys = COLUMN_KEYS.filter((k) => trackers.some((t) => t.columns[k]));
  const headers = [...keys.map((k) => TEMPLATE_HEADERS[k][lang]), ...SOURCE_HEADERS[lang]];
  const cells: DocCell[] = headers.map((h, i) => ({ row: 1, column: i + 1, value: h, style: { bold: true, fill: "header", wrap: true, valign: "middle" } }));
  rows.forEach((r, i) => {
    const rowNumber = i + 2;
    keys.forEach((k, c) => {
      const cell = copyCell(rowNumber, c + 1, fieldOf(r, k));
      if (cell) cells.push(cell);
    });
    const n = keys.length;
    cells.push({ row: rowNumber, column: n + 1, value: r.file }, { row: rowNumber, column: n + 2, value: r.sheet }, { row: rowNumber, column: n + 3, value: r.row });
  });
  const lastRow = Math.max(2, rows.length + 1);
  return {
    key: "consolidated",
    name: lang === "th" ? "ตารางรวม" : "Master tracker",
    font: { name: "TH Sarabun New", size: 14 },
    columnWidths: headers.map((h, i) => (keys[i] === "project_name" ? 48 : Math.max(12, Math.min(30, h.length + 4)))),
    cells,
    merges: [],
    charts: [],
    freeze: { rows: 1, columns: 0 },
    showGridlines: true,
    tables: [{ name: "MasterTracker", range: { firstRow: 1, firstColumn: 1, lastRow, lastColumn: headers.length } }],
  };
}
