// Small tracker .xlsx files written with exceljs for host and browser tests (template headers, one row per project).
import ExcelJS from "exceljs";
import { COLUMN_KEYS, TEMPLATE_HEADERS } from "../../src/core/tracker/columns";
import { TrackerRow } from "./fake-host";

export async function trackerFileBytes(rows: TrackerRow[], sheetName = "โครงการ"): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k].th));
  for (const row of rows) sheet.addRow(COLUMN_KEYS.map((k) => (row[k] ?? null) as ExcelJS.CellValue));
  return Uint8Array.from(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
