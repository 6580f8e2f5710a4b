// Streams one worksheet's XML into the store: only values and number formats are kept, row by row.
import { CellValue, excelError } from "../../core/cell";
import { DATE1904_OFFSET, isDateFormat, richTextToString, roundSerialToMs } from "./cell-values";
import { decodeCellRef } from "./package-parts";
import { SheetCells, WorkbookStore } from "./store";
import { decodeOoxmlText } from "./xml";

/** The SAX events exceljs's `parse-sax` yields (saxes under the hood). */
export interface SaxEvent {
  eventType: "opentag" | "text" | "closetag";
  value: string | { name: string; attributes: Record<string, string> };
}
export type SaxParse = (chunks: AsyncIterable<unknown>) => AsyncIterable<SaxEvent[]>;

/** A shared string as exceljs's streaming reader caches it: text, or rich-text runs. */
export type SharedString = string | { richText: { text?: unknown }[] } | null | undefined;

export interface SheetStreamContext {
  readonly store: WorkbookStore;
  readonly sheet: SheetCells;
  readonly sharedStrings: readonly SharedString[];
  /** Number format of a cell style id (cellXfs index); undefined = General. */
  readonly formatOfStyle: (styleId: number) => string | undefined;
  readonly date1904: boolean;
}

/**
 * Zip chunks as text. One decoder for the whole part keeps a multi-byte character that straddles
 * two chunks whole (decoding chunk by chunk, as exceljs does, breaks Thai text).
 */
export async function* decodeUtf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    yield typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf(":") + 1);
}

function sharedStringText(entry: SharedString, index: number): string {
  if (entry === undefined) throw new Error(`shared string ${index} is missing`);
  // exceljs gives null for an empty <si><t/></si>: an empty string, not a broken file.
  if (entry === null) return "";
  return decodeOoxmlText(typeof entry === "string" ? entry : richTextToString(entry.richText));
}

/** The cell's value from its type attribute and cached `<v>` text (formulas are never evaluated). */
function cellValue(
  type: string,
  raw: string,
  format: string | undefined,
  ctx: SheetStreamContext
): CellValue {
  switch (type) {
    case "s": {
      const index = parseInt(raw, 10);
      return sharedStringText(ctx.sharedStrings[index], index);
    }
    case "str":
      return raw;
    case "b":
      return parseInt(raw, 10) !== 0;
    case "e":
      return excelError(raw);
    default: {
      const n = parseFloat(raw);
      if (!Number.isFinite(n)) return null;
      if (!isDateFormat(format)) return n;
      // dates are handed on as 1900-system serials, rounded to the millisecond like the full loader
      return roundSerialToMs(ctx.date1904 ? n + DATE1904_OFFSET : n);
    }
  }
}

/**
 * Parses `<sheetData>` of one worksheet. Cells without an `r` attribute follow the previous cell,
 * rows without one follow the previous row, as the format allows.
 */
export async function streamSheetCells(
  chunks: AsyncIterable<unknown>,
  parseSax: SaxParse,
  ctx: SheetStreamContext
) {
  let inSheetData = false;
  let rowNumber = 0;
  let column = 0;
  let type = "n";
  let styleId = 0;
  let valueText: string | null = null;
  let inlineText: string | null = null;
  let capture: "v" | "t" | null = null;
  let inInline = false;
  let inPhonetic = false;

  for await (const events of parseSax(chunks)) {
    for (const event of events) {
      if (event.eventType === "text") {
        if (capture === "v") valueText = (valueText ?? "") + (event.value as string);
        else if (capture === "t") inlineText = (inlineText ?? "") + (event.value as string);
        continue;
      }
      const node = event.value as { name: string; attributes: Record<string, string> };
      const name = localName(node.name);
      if (event.eventType === "opentag") {
        if (name === "sheetData") inSheetData = true;
        if (!inSheetData) continue;
        if (name === "row") {
          rowNumber = node.attributes.r ? parseInt(node.attributes.r, 10) : rowNumber + 1;
          column = 0;
        } else if (name === "c") {
          column = node.attributes.r ? decodeCellRef(node.attributes.r).column : column + 1;
          type = node.attributes.t ?? "n";
          styleId = node.attributes.s ? parseInt(node.attributes.s, 10) : 0;
          valueText = inlineText = null;
        } else if (name === "v") capture = "v";
        else if (name === "is") inInline = true;
        else if (name === "rPh") inPhonetic = true;
        else if (name === "t" && inInline && !inPhonetic) capture = "t";
      } else {
        if (name === "sheetData") inSheetData = false;
        else if (name === "v" || name === "t") capture = null;
        else if (name === "is") inInline = false;
        else if (name === "rPh") inPhonetic = false;
        else if (name === "c" && inSheetData) {
          const format = styleId ? ctx.formatOfStyle(styleId) : undefined;
          let value: CellValue = null;
          if (type === "inlineStr") value = inlineText;
          else if (valueText !== null) value = cellValue(type, valueText, format, ctx);
          ctx.store.setCell(ctx.sheet, rowNumber, column, value, format);
        }
      }
    }
  }
}
