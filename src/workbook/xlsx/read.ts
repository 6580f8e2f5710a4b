// Reading an .xlsx from its bytes (browser and Node): JSZip for the zip, our streaming tokenizer per part, straight into a compact store.
import JSZip from "jszip";
import { assertLooksLikeXlsx, XlsxReadError } from "./errors";
import { readCellFormats } from "./number-formats";
import {
  findWorkbookPath,
  PackageLayout,
  readPackageLayout,
  readSheetTables,
} from "./package-parts";
import { PartCodec, useCodec } from "./part-codec";
import { readFailure, zipReadError } from "./part-failure";
import { readSharedStrings } from "./shared-strings";
import { readSheetCells, StyleTable } from "./sheet-stream";
import { WorkbookStore, XlsxSource } from "./store";

export function toUint8Array(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** The zip and its workbook layout; every failure becomes an XlsxReadError naming the file. */
export async function openPackage(
  bytes: Uint8Array,
  label: string,
  codec?: PartCodec
): Promise<{ zip: JSZip; layout: PackageLayout }> {
  assertLooksLikeXlsx(bytes, label);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw zipReadError(label, error);
  }
  useCodec(zip, codec);
  let part = "_rels/.rels";
  try {
    const workbookPath = await findWorkbookPath(zip);
    if (workbookPath === null) throw new XlsxReadError(label, "not-xlsx");
    part = workbookPath;
    return { zip, layout: await readPackageLayout(zip, workbookPath) };
  } catch (error) {
    throw readFailure(label, error, part);
  }
}

/**
 * Reads a workbook: number formats and shared strings first (whatever their place in the zip),
 * then each worksheet streamed cell by cell into compact rows. Only values and number formats
 * are kept; nothing is evaluated. Used by the web workspace (bytes of a picked file) and, through
 * `openXlsxFile`, by the command line. Every failure is an XlsxReadError in plain words. `codec`:
 * the platform's native inflate and CRC-32 (Node's zlib for the command line); JSZip's otherwise.
 */
export async function openXlsx(
  bytes: Uint8Array | ArrayBuffer,
  label: string,
  codec?: PartCodec
): Promise<XlsxSource> {
  const { zip, layout } = await openPackage(toUint8Array(bytes), label, codec);
  let part = layout.stylesPath ?? layout.workbookPath;
  try {
    const formats = await readCellFormats(zip, layout.stylesPath);
    part = layout.sharedStringsPath ?? part;
    const sharedStrings = await readSharedStrings(zip, layout.sharedStringsPath);
    const store = new WorkbookStore();
    const ctx = {
      store,
      styles: new StyleTable(store, formats),
      sharedStrings,
      date1904: layout.date1904,
    };
    for (const sheetPart of layout.sheets) {
      part = sheetPart.path;
      const tables = await readSheetTables(zip, sheetPart.path);
      const sheet = store.addSheet(sheetPart.name, sheetPart.state, tables);
      await readSheetCells(zip, sheetPart.path, sheet, ctx);
    }
    return new XlsxSource(label, store);
  } catch (error) {
    throw readFailure(label, error, part);
  }
}
