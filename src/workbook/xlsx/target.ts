// WorkbookTarget over a NEW exceljs workbook: generated sheets, their registry, and the final .xlsx bytes.
import type ExcelJS from "exceljs";
import {
  encodeRegistry,
  REGISTRY_SHEET,
  RegistryEntry,
  sameRun,
} from "../../core/outputs/registry";
import { DocChart, RangeRef, SheetDoc, uniqueSheetName } from "../../core/outputs/sheet-doc";
import {
  GeneratedMark,
  ProgressFn,
  SheetInfo,
  TableInfo,
  WorkbookTarget,
  WrittenSheet,
} from "../../core/port";
import { CellLookup, ChartFont } from "./charts/chart-xml";
import { finishPackage } from "./package-finish";
import { renderSheet, worksheetOptions } from "./render-sheet";
import { StyleCache } from "./styles";
import type { ZipDeflater } from "./zip-write";

/** What toBuffer needs of each written sheet beyond what exceljs keeps. */
interface WrittenDoc {
  readonly worksheetId: number;
  readonly doc: SheetDoc;
  readonly entry: RegistryEntry;
}

function lookupOf(doc: SheetDoc): CellLookup {
  const values = new Map(doc.cells.map((c) => [`${c.row}:${c.column}`, c.value]));
  return (row, column) => values.get(`${row}:${column}`) ?? null;
}

function extent(doc: SheetDoc): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  for (const cell of doc.cells) {
    if (cell.value === null) continue;
    lastRow = Math.max(lastRow, cell.row);
    lastColumn = Math.max(lastColumn, cell.column);
  }
  return { lastRow, lastColumn };
}

function tableInfo(name: string, range: RangeRef): TableInfo {
  const lastRow = Math.max(range.lastRow, range.firstRow + 1);
  return {
    name,
    headerRow: range.firstRow,
    firstDataRow: range.firstRow + 1,
    lastDataRow: lastRow,
    firstColumn: range.firstColumn,
    lastColumn: range.lastColumn,
  };
}

/** What differs between platforms: where exceljs's Workbook comes from, and a native deflate. */
export interface XlsxPlatform {
  readonly Workbook: typeof ExcelJS.Workbook;
  /** Compresses the package instead of JSZip's JavaScript deflate (Node: zlib). */
  readonly deflater?: ZipDeflater;
}

/**
 * Writes generated sheets into a new workbook (the user's files are only ever read). Native charts,
 * internal links and print areas are added to the zip by `toBuffer`, after exceljs has written it.
 * Made by `createXlsxTarget` (index.ts, browsers) or `createXlsxFileTarget` (node.ts).
 */
export class XlsxTarget implements WorkbookTarget {
  private readonly workbook: ExcelJS.Workbook;
  private readonly deflater?: ZipDeflater;
  private readonly styles = new StyleCache();
  private readonly tableNames = new Set<string>();
  private written: WrittenDoc[] = [];

  constructor(platform: XlsxPlatform) {
    this.workbook = new platform.Workbook();
    this.workbook.creator = "PYP Tracker";
    this.deflater = platform.deflater;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.written.map(({ worksheetId, doc, entry }) => ({
      name: this.worksheet(worksheetId).name,
      ...extent(doc),
      visible: true,
      generated: {
        key: entry.key,
        fiscalYear: entry.fiscalYear,
        quarter: entry.quarter,
        round: entry.round,
      },
      tables: (doc.tables ?? []).map((t) => tableInfo(t.name, t.range)),
    }));
  }

  async writeGenerated(
    docs: readonly SheetDoc[],
    mark: Omit<GeneratedMark, "key">,
    progress?: ProgressFn
  ): Promise<WrittenSheet[]> {
    const replaced = this.written.filter((w) =>
      docs.some((doc) => sameRun(w.entry, { ...mark, key: doc.key }))
    );
    const replacedIds = new Set(replaced.map((w) => w.worksheetId));
    // earlier sheets of the same run step aside (renamed) so the new ones can take their names
    replaced.forEach((w, i) => (this.worksheet(w.worksheetId).name = `~pyp-replaced-${i}`));
    // "History" is reserved by Excel (and refused by exceljs)
    const taken = [
      REGISTRY_SHEET,
      "History",
      ...this.written
        .filter((w) => !replacedIds.has(w.worksheetId))
        .map((w) => this.worksheet(w.worksheetId).name),
    ];
    const names = new Map<string, string>();
    for (const doc of docs) {
      const name = uniqueSheetName(doc.name, taken);
      taken.push(name);
      names.set(doc.name, name);
    }
    const sheetNameOf = (docName: string) => names.get(docName) ?? docName;
    const added: WrittenDoc[] = [];
    try {
      docs.forEach((doc, i) => {
        progress?.(i, docs.length, doc.name);
        const sheet = this.workbook.addWorksheet(sheetNameOf(doc.name), worksheetOptions(doc));
        const entry: RegistryEntry = {
          ...mark,
          key: doc.key,
          sheet: sheet.name,
          writtenAt: new Date().toISOString(),
        };
        added.push({ worksheetId: sheet.id, doc, entry });
        renderSheet(sheet, doc, { styles: this.styles, sheetNameOf, tableNames: this.tableNames });
      });
    } catch (error) {
      // all or nothing: drop what this call added and give the earlier sheets their names back
      for (const w of added) this.workbook.removeWorksheet(w.worksheetId);
      replaced.forEach((w) => (this.worksheet(w.worksheetId).name = w.entry.sheet));
      throw error;
    }
    for (const w of replaced) this.workbook.removeWorksheet(w.worksheetId);
    this.written = [...this.written.filter((w) => !replacedIds.has(w.worksheetId)), ...added];
    progress?.(docs.length, docs.length, "");
    return added.map((w) => ({
      key: w.doc.key,
      name: w.entry.sheet,
      charts: w.doc.charts.length,
      replaced: replaced.some((r) => r.entry.key === w.doc.key),
    }));
  }

  /** The finished .xlsx: the sheets, the very hidden registry sheet last, native charts. */
  async toBuffer(): Promise<Uint8Array> {
    if (this.written.length === 0)
      throw new Error("No generated sheet was written: an empty workbook cannot be saved");
    const old = this.workbook.getWorksheet(REGISTRY_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const registry = this.workbook.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    encodeRegistry(
      this.written.map((w) => ({ ...w.entry, sheet: this.worksheet(w.worksheetId).name }))
    ).forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = registry.getCell(r + 1, c + 1);
        cell.value = value;
        if (typeof value === "string") cell.numFmt = "@";
      })
    );
    // with a deflater, exceljs only stores its parts; finishPackage deflates each of them once
    const options = this.deflater ? { zip: { compression: "STORE" as const } } : undefined;
    const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer(options));
    const plan = {
      charts: this.written
        .filter((w) => w.doc.charts.length > 0)
        .map((w) => ({
          sheetName: this.worksheet(w.worksheetId).name,
          charts: w.doc.charts as DocChart[],
          lookup: lookupOf(w.doc),
          font: chartFont(w.doc),
        })),
      printAreas: this.written
        .filter((w) => w.doc.page?.printArea)
        .map((w) => ({
          sheetName: this.worksheet(w.worksheetId).name,
          range: w.doc.page!.printArea!,
        })),
      internalLinks: this.written.some((w) => w.doc.cells.some((cell) => cell.link !== undefined)),
    };
    return finishPackage(bytes, plan, this.deflater);
  }

  private worksheet(id: number): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(id);
    if (!sheet) throw new Error(`Internal: worksheet ${id} is gone`);
    return sheet;
  }
}

/** Chart text in the sheet's font, a size smaller for documents set in large Thai type. */
function chartFont(doc: SheetDoc): ChartFont {
  return { name: doc.font.name, size: Math.max(9, Math.min(doc.font.size, 14)) };
}
