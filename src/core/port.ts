// WorkbookPort: what the engine needs from a workbook. Adapters (xlsx, Office.js) implement it.
import { CellBlock } from "./cell";
import { SheetDoc } from "./outputs/sheet-doc";

/** An Excel table (ListObject) on a sheet, 1-based rows and columns. */
export interface TableInfo {
  readonly name: string;
  readonly headerRow: number;
  /** Data rows only: a totals row is outside [firstDataRow, lastDataRow]. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

export interface SheetInfo {
  readonly name: string;
  /** Last used row and column (1-based; 0 for an empty sheet). */
  readonly lastRow: number;
  readonly lastColumn: number;
  readonly visible: boolean;
  /** Made by this product (listed in its registry of generated sheets). */
  readonly generated: GeneratedMark | null;
  readonly tables: readonly TableInfo[];
}

export interface BlockRequest {
  readonly sheet: string;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly firstColumn: number;
  readonly columnCount: number;
}

/** A cell range, 1-based and inclusive. */
export interface CellRange {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * What a sheet laid out for printing holds besides values (SPEC §2): merged ranges, formulas and
 * hidden rows, for the area asked. `null` says the host cannot tell (an older Excel), so the
 * engine reads on without it and the face says what could not be read.
 */
export interface SheetLayout {
  /** Merged ranges that meet the area, whole (they may reach outside it). */
  readonly merges: readonly CellRange[] | null;
  /** Cells of the area holding a formula. */
  readonly formulas: readonly CellRange[] | null;
  /** Formula cells with no calculated value stored in the file (never in Excel itself, which calculates). */
  readonly uncalculated: readonly CellRange[];
  /** Worksheet rows of the area that are hidden (by a filter or by hand), ascending. */
  readonly hiddenRows: readonly number[] | null;
}

/** Read side: sheets and blocks of values with number formats. */
export interface WorkbookSource {
  /** File name or "current workbook": named in findings and errors. */
  readonly label: string;
  listSheets(): Promise<SheetInfo[]>;
  /** Reads several blocks in one round trip (Office: one sync). Missing cells are null / "General". */
  readBlocks(requests: readonly BlockRequest[]): Promise<CellBlock[]>;
  /** Merged ranges, formulas and hidden rows of one area (one round trip). */
  readLayout(area: BlockRequest): Promise<SheetLayout>;
}

/** Which run a generated sheet belongs to: running again with the same key replaces it. */
export interface GeneratedMark {
  /** Output kind key of the SheetDoc, e.g. "summary", "memo-C1". */
  readonly key: string;
  readonly fiscalYear: number;
  /** 0 for outputs that are not per quarter (import round, template). */
  readonly quarter: number;
  readonly round: "quarter" | "import" | "template" | "consolidate" | "compare";
}

export interface WrittenSheet {
  readonly key: string;
  readonly name: string;
  readonly charts: number;
  /** True when an earlier generated sheet of the same run was replaced. */
  readonly replaced: boolean;
}

/** Progress callback for long writes: done of total steps. */
export type ProgressFn = (done: number, total: number, label: string) => void;

/** Write side: generated sheets only. Never touches sheets the product did not make. */
export interface WorkbookTarget {
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Writes the docs as generated sheets marked with `mark` (key taken from each doc). Earlier
   * generated sheets with the same key/fiscalYear/quarter/round are replaced; a clash with any
   * other sheet name gets a new name. All-or-nothing: on failure no half-written sheet remains.
   */
  writeGenerated(docs: readonly SheetDoc[], mark: Omit<GeneratedMark, "key">, progress?: ProgressFn): Promise<WrittenSheet[]>;
}
