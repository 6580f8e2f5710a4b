// Opening an .xlsx from bytes with a full exceljs load (browser and Node): the web workspace's reader.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellValueFromExcelJs } from "./cell-values";
import { assertLooksLikeXlsx, errorDetail, XlsxReadError } from "./errors";
import {
  findWorkbookPath,
  PackageLayout,
  readPackageLayout,
  readSheetTables,
} from "./package-parts";
import { WorkbookStore, XlsxSource } from "./store";

export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** The zip and its workbook layout; every failure becomes an XlsxReadError naming the file. */
export async function openPackage(
  bytes: Uint8Array,
  label: string
): Promise<{ zip: JSZip; layout: PackageLayout }> {
  assertLooksLikeXlsx(bytes, label);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new XlsxReadError(label, "corrupt", errorDetail(error));
  }
  const workbookPath = await findWorkbookPath(zip);
  if (workbookPath === null) throw new XlsxReadError(label, "not-xlsx");
  try {
    return { zip, layout: await readPackageLayout(zip, workbookPath) };
  } catch (error) {
    throw new XlsxReadError(label, "corrupt", errorDetail(error));
  }
}

/** Adds every worksheet of the layout to the store, with its tables, in tab order. */
export async function addSheetsOfLayout(store: WorkbookStore, zip: JSZip, layout: PackageLayout) {
  return Promise.all(
    layout.sheets.map(async (part) => ({ part, tables: await readSheetTables(zip, part.path) }))
  ).then((found) => found.map(({ part, tables }) => store.addSheet(part.name, part.state, tables)));
}

/**
 * Reads a whole workbook into memory. Suited to files a person opens in the web workspace;
 * the command line uses the streaming `openXlsxFile` (node.ts) for large trackers.
 */
export async function openXlsx(
  bytes: Uint8Array | ArrayBuffer,
  label: string
): Promise<XlsxSource> {
  const data = toUint8Array(bytes);
  const { zip, layout } = await openPackage(data, label);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxReadError(label, "corrupt", errorDetail(error));
  }
  const store = new WorkbookStore();
  const sheets = await addSheetsOfLayout(store, zip, layout);
  for (const sheet of sheets) {
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) continue;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        // Office.js reports merged cells other than the top-left one as empty; so do we
        if (cell.type === ExcelJS.ValueType.Merge) return;
        store.setCell(
          sheet,
          rowNumber,
          columnNumber,
          cellValueFromExcelJs(cell.value),
          cell.numFmt
        );
      });
    });
  }
  return new XlsxSource(label, store);
}
