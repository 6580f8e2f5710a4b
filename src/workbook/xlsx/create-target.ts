// New-workbook targets as browsers make them: exceljs's whole (browser) build and JSZip's deflate; Node's is in node.ts.
import ExcelJS from "exceljs";
import { GeneratedMark } from "../../core/port";
import { SheetDoc } from "../../core/outputs/sheet-doc";
import { XlsxTarget } from "./target";

export function createXlsxTarget(): XlsxTarget {
  return new XlsxTarget({ Workbook: ExcelJS.Workbook });
}

/** Writes the docs into a new workbook and returns its bytes (one call for simple uses). */
export async function workbookToBuffer(
  docs: readonly SheetDoc[],
  mark: Omit<GeneratedMark, "key">
): Promise<Uint8Array> {
  const target = createXlsxTarget();
  await target.writeGenerated(docs, mark);
  return target.toBuffer();
}
