// Node-only: opening an .xlsx file with exceljs's streaming reader, so 100,000-row trackers stay small in memory.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { basename } from "path";
import { errorDetail, XlsxReadError } from "./errors";
import { addSheetsOfLayout, openPackage } from "./read";
import { decodeUtf8, SaxParse, SharedString, streamSheetCells } from "./sheet-stream";
import { SheetCells, WorkbookStore, XlsxSource } from "./store";

// exceljs's own SAX driver, so sheet XML is parsed exactly as exceljs parses it.
const parseSax = require("exceljs/lib/utils/parse-sax") as SaxParse;

/**
 * The parts of exceljs's WorkbookReader we rely on beyond its typings: the cached shared strings
 * and styles, its style and workbook parsers (to load those small parts before any sheet whatever
 * the zip order: it reads a sheet met before them without styles, or crashes without the workbook),
 * and the raw chunk iterator of each worksheet it emits. Tests over crafted zips pin this down.
 */
interface StreamingReader {
  sharedStrings?: SharedString[];
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  parse(): AsyncIterable<{ eventType: string; value: { iterator: AsyncIterable<unknown> } }>;
  on(event: "entry", listener: (entry: { type: string; id?: string }) => void): void;
}

/**
 * exceljs decodes each zip chunk of sharedStrings.xml on its own, so a Thai character (3 bytes in
 * UTF-8) split between two chunks turns into "\uFFFD" (exceljs issues #2063, #2316). A decoding
 * stream keeps the split bytes for the next chunk.
 */
function decodeSharedStringsAsUtf8(reader: StreamingReader): void {
  const parseSharedStrings = reader._parseSharedStrings.bind(reader);
  reader._parseSharedStrings = (entry) => {
    entry.setEncoding("utf8");
    return parseSharedStrings(entry);
  };
}

async function readFileBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new XlsxReadError(label, "not-found");
    throw new XlsxReadError(label, "unreadable", errorDetail(error));
  }
}

/**
 * Opens an .xlsx file for reading. Values and number formats are copied into compact arrays as
 * each sheet streams past; exceljs cell objects are never built. `label` defaults to the base name.
 */
export async function openXlsxFile(
  path: string,
  label: string = basename(path)
): Promise<XlsxSource> {
  const bytes = await readFileBytes(path, label);
  const { zip, layout } = await openPackage(bytes, label);
  const store = new WorkbookStore();
  const sheets = await addSheetsOfLayout(store, zip, layout);
  const sheetByPath = new Map<string, SheetCells>(
    layout.sheets.map((part, i) => [part.path, sheets[i]])
  );

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  }) as unknown as StreamingReader;
  decodeSharedStringsAsUtf8(reader);
  const stylesXml = zip.file("xl/styles.xml");
  if (stylesXml) await reader._parseStyles(stylesXml.nodeStream());
  await reader._parseWorkbook(zip.file(layout.workbookPath)!.nodeStream());

  // exceljs names each worksheet entry by its number just before it emits the sheet
  let currentPath = "";
  reader.on("entry", (entry) => {
    if (entry.type === "worksheet") currentPath = `xl/worksheets/sheet${entry.id}.xml`;
  });
  const formatCache = new Map<number, string | undefined>();
  const formatOfStyle = (styleId: number) => {
    if (!formatCache.has(styleId))
      formatCache.set(styleId, reader.styles.getStyleModel(styleId)?.numFmt);
    return formatCache.get(styleId);
  };
  try {
    for await (const event of reader.parse()) {
      if (event.eventType !== "worksheet") continue;
      const sheet = sheetByPath.get(currentPath);
      if (!sheet) continue;
      await streamSheetCells(decodeUtf8(event.value.iterator), parseSax, {
        store,
        sheet,
        sharedStrings: reader.sharedStrings ?? [],
        formatOfStyle,
        date1904: layout.date1904,
      });
    }
  } catch (error) {
    throw new XlsxReadError(label, "corrupt", errorDetail(error));
  }
  return new XlsxSource(label, store);
}
