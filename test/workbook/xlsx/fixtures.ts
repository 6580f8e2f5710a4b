// Workbooks the .xlsx reader tests read: a Thai tracker with every kind of cell value, a table, hidden sheets.
import ExcelJS from "exceljs";
import { encodeRegistry, REGISTRY_SHEET } from "../../../src/core/outputs/registry";
import { putRows, xlsxBytes } from "../../helpers/xlsx-build";

export const TRACKER_SHEET = "ติดตามโครงการ ปี 2569";
export const TABLE_SHEET = "สรุป & ตาราง";
export const HIDDEN_SHEET = "ซ่อน";

/** 2025-12-31 as an Excel serial, computed from the 1900 system's day zero (1899-12-30). */
export const DEC_31_2025 = (Date.UTC(2025, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000;

/**
 * Sheet 1: title row merged over A1:H1, Thai headers on row 3, data on rows 4, 5 and 7 (6 blank).
 * Sheet 2: an Excel table B2:C6 whose last row is a totals row. Sheet 3 hidden, then the registry.
 */
export function mixedWorkbook(): Promise<Uint8Array> {
  return xlsxBytes((workbook: ExcelJS.Workbook) => {
    const tracker = workbook.addWorksheet(TRACKER_SHEET);
    tracker.getCell("A1").value = "รายงานติดตามโครงการ กระทรวงแรงงาน";
    tracker.mergeCells("A1:H1");
    putRows(tracker, 3, [
      [
        "รหัสโครงการ",
        "ชื่อโครงการ",
        "หน่วยงาน",
        "ความก้าวหน้า ไตรมาส 1 (%)",
        "วันที่รายงาน",
        "งบประมาณ (บาท)",
        "หมายเหตุ",
        "ผลรวม",
      ],
      [
        "P-001",
        { richText: [{ text: "โครงการ" }, { font: { bold: true }, text: "ฝึกอบรม" }] },
        "DOE",
        { v: 0.45, f: "0%" },
        { v: new Date(Date.UTC(2025, 11, 31)), f: "d/m/yyyy" },
        { v: 1250000.5, f: "#,##0.00" },
        { text: "ลิงก์", hyperlink: "https://example.org" },
        { formula: "F4*2", result: 2501001 },
      ],
      [
        "P-002",
        "โครงการสอง",
        "กกจ.",
        { v: { formula: "1/0", result: { error: "#DIV/0!" } }, f: "0%" },
        { error: "#N/A" },
        true,
        { formula: "TRUE()", result: true },
        { formula: "A1", date1904: false } as ExcelJS.CellFormulaValue,
      ],
      [],
      [
        "P-003",
        "  โครงการสาม  ",
        "DOL",
        30,
        undefined,
        "1,000",
        "_x000D_ literal",
        { sharedFormula: "H4", result: 42 },
      ],
    ]);

    const summary = workbook.addWorksheet(TABLE_SHEET);
    summary.addTable({
      name: "Projects",
      ref: "B2",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "รหัส", totalsRowLabel: "รวม" },
        { name: "งบ", totalsRowFunction: "sum" },
      ],
      rows: [
        ["A", 1],
        ["B", 2],
        ["C", 3],
      ],
    });

    workbook.addWorksheet(HIDDEN_SHEET, { state: "hidden" }).getCell("C3").value = "ลับ";
    const registry = workbook.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    putRows(
      registry,
      1,
      encodeRegistry([
        {
          sheet: TABLE_SHEET,
          key: "summary",
          fiscalYear: 2569,
          quarter: 1,
          round: "quarter",
          writtenAt: "2026-01-05",
        },
        {
          sheet: "ไม่มีแล้ว",
          key: "linkage",
          fiscalYear: 2569,
          quarter: 1,
          round: "quarter",
          writtenAt: "2026-01-05",
        },
      ])
    );
  });
}
