// Detecting the tracker in a workbook: the best-matching sheet (or the named one), its header and data rows.
import { CellBlock } from "../cell";
import { BlockRequest, SheetInfo, WorkbookSource } from "../port";
import { REGISTRY_SHEET } from "../outputs/registry";
import { ColumnKey, REQUIRED_COLUMNS, TEMPLATE_HEADERS } from "./columns";
import { HEADER_SEARCH_ROWS, HeaderMatch, findHeader } from "./header";
import { TrackerError, TrackerLayout } from "./types";

/** A sheet needs at least this many known headers to count as a tracker. */
export const MIN_HEADER_SCORE = 3;
/** Columns read when looking for headers (trackers are narrow; hostile sheets can be 16,384 wide). */
export const HEADER_SEARCH_COLUMNS = 200;

export interface DetectOptions {
  /** Sheet named by the user; otherwise the best-matching sheet. */
  readonly sheet?: string;
  /** Sheets never considered (e.g. the reference sheet). */
  readonly skipSheet?: (name: string) => boolean;
}

function pickSheet(sheets: readonly SheetInfo[], file: string, wanted: string | undefined): SheetInfo[] {
  // Generated reports (and comparisons) are never trackers; a generated template or consolidated tracker is one.
  const isReport = (s: SheetInfo) =>
    s.generated !== null && (s.generated.round === "quarter" || s.generated.round === "import" || s.generated.round === "compare");
  if (wanted === undefined) return sheets.filter((s) => !isReport(s) && s.name !== REGISTRY_SHEET && s.lastRow > 0);
  const exact = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.trim().toLowerCase());
  if (!exact) {
    const names = sheets.filter((s) => s.name !== REGISTRY_SHEET).map((s) => `"${s.name}"`).join(", ");
    throw new TrackerError(
      file,
      "no-sheet",
      `ไม่พบแผ่นงานชื่อ "${wanted}" (มี: ${names})`,
      `no sheet named "${wanted}" (sheets: ${names})`,
    );
  }
  return [exact];
}

function layoutFrom(file: string, sheet: SheetInfo, m: HeaderMatch, firstRow: number): TrackerLayout {
  const headerRow = firstRow + m.rowIndex;
  const lastHeaderRow = headerRow + m.headerRows - 1;
  const table = sheet.tables.find((t) => t.headerRow === lastHeaderRow || t.headerRow === headerRow);
  const cols = Object.values(m.columns).filter((c) => c !== undefined);
  const lastColumn = Math.max(...cols.map((c) => c.column), ...m.unknownColumns.map((c) => c.column));
  return {
    file,
    sheet: sheet.name,
    headerRow,
    headerRows: m.headerRows,
    firstDataRow: table ? table.firstDataRow : lastHeaderRow + 1,
    lastDataRow: table ? table.lastDataRow : sheet.lastRow,
    lastColumn,
    columns: m.columns,
    unknownColumns: m.unknownColumns,
    table: table ? table.name : null,
    score: m.score,
  };
}

function missingColumnsError(file: string, sheet: string, missing: ColumnKey[]): TrackerError {
  const th = missing.map((k) => `"${TEMPLATE_HEADERS[k].th}"`).join(", ");
  const en = missing.map((k) => `"${TEMPLATE_HEADERS[k].en}"`).join(", ");
  return new TrackerError(
    file,
    "missing-columns",
    `แผ่นงาน "${sheet}" ไม่มีคอลัมน์ที่จำเป็น: ${th}`,
    `sheet "${sheet}" lacks required column(s): ${en}`,
  );
}

/** Finds the tracker of one workbook; throws TrackerError (one plain message) when there is none. */
export async function detectTracker(source: WorkbookSource, opts: DetectOptions = {}): Promise<TrackerLayout> {
  const file = source.label;
  const all = await source.listSheets();
  const candidates = pickSheet(all, file, opts.sheet).filter((s) => opts.sheet !== undefined || !opts.skipSheet?.(s.name));
  const requests: BlockRequest[] = candidates
    .filter((s) => s.lastRow > 0 && s.lastColumn > 0)
    .map((s) => ({
      sheet: s.name,
      firstRow: 1,
      rowCount: Math.min(s.lastRow, HEADER_SEARCH_ROWS + 1),
      firstColumn: 1,
      columnCount: Math.min(s.lastColumn, HEADER_SEARCH_COLUMNS),
    }));
  const heads: CellBlock[] = requests.length ? await source.readBlocks(requests) : [];
  let best: TrackerLayout | null = null;
  let bestRequired = -1;
  heads.forEach((block) => {
    const sheet = candidates.find((s) => s.name === block.sheet);
    const match = sheet ? findHeader(block.values, block.firstColumn) : null;
    if (!sheet || !match) return;
    if (!best || match.score > best.score || (match.score === best.score && match.requiredFound > bestRequired)) {
      best = layoutFrom(file, sheet, match, block.firstRow);
      bestRequired = match.requiredFound;
    }
  });
  const found = best as TrackerLayout | null;
  if (!found || found.score < MIN_HEADER_SCORE) {
    const where = opts.sheet ? `แผ่นงาน "${opts.sheet}"` : "ไฟล์นี้";
    const whereEn = opts.sheet ? `sheet "${opts.sheet}"` : "any sheet";
    throw new TrackerError(
      file,
      "no-tracker",
      `ไม่พบตารางติดตามโครงการใน${where} (ต้องมีแถวหัวตาราง เช่น "รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน" ภายใน ${HEADER_SEARCH_ROWS} แถวแรก)`,
      `no tracker found in ${whereEn} (expected a header row with e.g. "Project ID", "Project name", "Department" within the first ${HEADER_SEARCH_ROWS} rows)`,
    );
  }
  const missing = REQUIRED_COLUMNS.filter((k) => !found.columns[k]);
  if (missing.length) throw missingColumnsError(file, found.sheet, missing);
  return found;
}
