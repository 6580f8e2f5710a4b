// OfficeWorkbook: the WorkbookSource and WorkbookTarget over the workbook open in Excel, within one Excel.run.
import { CellBlock } from "../../core/cell";
import { Lang } from "../../core/findings";
import { SheetDoc } from "../../core/outputs/sheet-doc";
import {
  BlockRequest,
  GeneratedMark,
  ProgressFn,
  SheetInfo,
  SheetLayout,
  WorkbookSource,
  WorkbookTarget,
  WrittenSheet,
} from "../../core/port";
import { withContext } from "./errors";
import { OfficeFeatures, detectFeatures } from "./features";
import { CellRef, HIGHLIGHT_SHEET } from "./highlight";
import { clearHighlightedCells, highlightCells } from "./highlight-actions";
import { SheetListing, loadSheetListing } from "./listing";
import { AdapterNote, noteText } from "./notes";
import { readCellBlocks } from "./read";
import { readSheetLayout } from "./layout";
import { GeneratedRun } from "../../core/outputs/runs";
import { LastVisibleSheetError, listedRuns, removeRunSheets } from "./remove-run";

export interface OfficeWorkbookOptions {
  /** Requirement sets to rely on; detected from `Office.context.requirements` when absent. */
  readonly features?: OfficeFeatures;
  /** Language of `lastNotes` (default Thai). */
  readonly lang?: Lang;
}

/**
 * Construct one per `Excel.run` (one user action): the sheet listing is cached for the action and
 * dropped after every write. Every method rethrows Office errors with what it was doing.
 */
export class OfficeWorkbook implements WorkbookSource, WorkbookTarget {
  readonly features: OfficeFeatures;
  /** What the last write or highlight degraded or limited, in `lang`; empty when nothing did. */
  lastNotes: string[] = [];
  /** The same notes with both languages and a stable code. */
  lastNoteDetails: AdapterNote[] = [];
  /** Cells the last clearHighlight restored. */
  lastRestoredCells = 0;
  private listing: SheetListing | null = null;
  private readonly lang: Lang;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly label: string,
    options: OfficeWorkbookOptions = {}
  ) {
    this.features = options.features ?? detectFeatures();
    this.lang = options.lang ?? "th";
  }

  /** Sheets in workbook order; the product's very hidden highlight record is left out. */
  async listSheets(): Promise<SheetInfo[]> {
    const listing = await this.sheetListing();
    return listing.sheets.filter((s) => s.name !== HIGHLIGHT_SHEET);
  }

  async readBlocks(requests: readonly BlockRequest[]): Promise<CellBlock[]> {
    try {
      return await readCellBlocks(this.context, requests);
    } catch (error) {
      const sheets = [...new Set(requests.map((r) => `"${r.sheet}"`))].join(", ");
      throw withContext(`${this.label}: reading ${sheets}`, error);
    }
  }

  async readLayout(area: BlockRequest): Promise<SheetLayout> {
    try {
      return await readSheetLayout(this.context, area, this.features);
    } catch (error) {
      throw withContext(`${this.label}: reading merged cells of "${area.sheet}"`, error);
    }
  }

  async writeGenerated(
    docs: readonly SheetDoc[],
    mark: Omit<GeneratedMark, "key">,
    progress?: ProgressFn
  ): Promise<WrittenSheet[]> {
    // The write path (styles, charts, page set-up) loads with the first write: the pane's first
    // screen only reads, and its start is smaller without it.
    const { writeGeneratedSheets } = await import(/* webpackChunkName: "office-write" */ "./generated");
    const listing = await this.sheetListing();
    this.listing = null;
    try {
      const result = await writeGeneratedSheets(
        this.context,
        docs,
        mark,
        listing,
        this.features,
        progress
      );
      this.setNotes(result.notes);
      return result.written;
    } catch (error) {
      throw withContext(this.label, error);
    }
  }

  /** Activates the sheet and selects the cell ("clicking a finding selects its cell"). */
  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      const worksheet = this.context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      return await this.context.sync();
    } catch (error) {
      throw withContext(`${this.label}: selecting '${sheet}'!${address}`, error);
    }
  }

  /** Fills the cells with the highlight colour after recording their fills; returns the cells highlighted. */
  async highlight(cells: readonly CellRef[]): Promise<number> {
    const listing = await this.sheetListing();
    this.listing = null;
    try {
      const result = await highlightCells(this.context, cells, listing, this.features);
      this.setNotes(result.notes);
      return result.cells;
    } catch (error) {
      throw withContext(`${this.label}: highlighting cells`, error);
    }
  }

  /** Restores every highlighted cell's original fill exactly (`lastRestoredCells` says how many). */
  async clearHighlight(): Promise<void> {
    const listing = await this.sheetListing();
    this.listing = null;
    try {
      const result = await clearHighlightedCells(this.context, listing, this.features);
      this.setNotes(result.notes);
      this.lastRestoredCells = result.cells;
    } catch (error) {
      throw withContext(`${this.label}: clearing the highlight`, error);
    }
  }

  /** The runs of generated sheets the registry lists, newest first. */
  async listRuns(): Promise<GeneratedRun[]> {
    return listedRuns(await this.sheetListing());
  }

  /** Deletes the sheets of one run (by `GeneratedRun.id`) and nothing else; returns their names. */
  async removeRun(id: string): Promise<string[]> {
    const listing = await this.sheetListing();
    this.listing = null;
    try {
      return await removeRunSheets(this.context, listing, id);
    } catch (error) {
      if (error instanceof LastVisibleSheetError) throw error;
      throw withContext(`${this.label}: removing generated sheets`, error);
    }
  }

  private async sheetListing(): Promise<SheetListing> {
    if (this.listing) return this.listing;
    try {
      this.listing = await loadSheetListing(this.context);
      return this.listing;
    } catch (error) {
      throw withContext(`${this.label}: listing sheets`, error);
    }
  }

  private setNotes(notes: AdapterNote[]): void {
    this.lastNoteDetails = notes;
    this.lastNotes = notes.map((n) => noteText(n, this.lang));
  }
}
