// Writes a synthetic tracker to an .xlsx file with exceljs's streaming writer, shared strings and number formats as Excel keeps them.
import ExcelJS from "exceljs";
import { CellValue, isExcelError } from "../src/core/cell";
import { SyntheticSheet } from "./synthetic";

function excelJsValue(value: CellValue): ExcelJS.CellValue {
  if (isExcelError(value)) return { error: value.code as ExcelJS.CellErrorValue["error"] };
  return value;
}

export async function writeSyntheticXlsx(sheet: SyntheticSheet, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.values.forEach((values, r) => {
    const row = worksheet.addRow(values.map(excelJsValue));
    const formats = sheet.formats[r] ?? [];
    formats.forEach((format, c) => {
      if (format !== "General" && values[c] !== null) row.getCell(c + 1).numFmt = format;
    });
    row.commit();
  });
  worksheet.commit();
  await workbook.commit();
}
