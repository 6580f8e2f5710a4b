// buildCompareDoc: the comparison sheet — counts per kind on top, then each kind's changes, old and new side by side.
import { KIND_LABELS, compareLabel } from "../compare/labels";
import { CHANGE_KINDS, CellPlace, Change, Comparison } from "../compare/types";
import { Lang } from "../findings";
import { TEMPLATE_HEADERS } from "../tracker/columns";
import { COUNT_FORMAT, Grid, HEADER_STYLE, MONEY_FORMAT, PERCENT_FORMAT, SECTION_STYLE, TITLE_STYLE, landscapePage, lineHeight, range, reportFont } from "./doc-kit";
import { CellStyle, SheetDoc } from "./sheet-doc";

export interface CompareSide {
  readonly file: string;
  readonly sheet: string;
  readonly rows: number;
}

export interface CompareDocInput {
  readonly old: readonly CompareSide[];
  readonly new: readonly CompareSide[];
  readonly comparison: Comparison;
}

export interface CompareDocOptions {
  readonly lang: Lang;
  /** NEW is the workbook this sheet goes into: each change links to its cell there. */
  readonly trackerInSameWorkbook: boolean;
}

const COLUMN_WIDTHS = [8, 18, 44, 24, 22, 22, 18, 18];
const CHANGE_HEADERS = ["colNo", "colId", "colName", "colColumn", "colOld", "colNew", "colOldCell", "colNewCell"] as const;
const WIDTH = CHANGE_HEADERS.length;

const BORDER: CellStyle = { border: "thin", valign: "top" };
const WRAPPED: CellStyle = { ...BORDER, wrap: true };
const COUNT: CellStyle = { ...BORDER, numberFormat: COUNT_FORMAT };
const MONEY: CellStyle = { ...BORDER, numberFormat: MONEY_FORMAT };
const PERCENT: CellStyle = { ...BORDER, numberFormat: PERCENT_FORMAT };
const LINK: CellStyle = { ...BORDER, underline: true, color: "accent" };
const TEXT: CellStyle = { ...BORDER, numberFormat: "@" };

function valueStyle(change: Change): CellStyle {
  const column = change.column ?? "";
  if (column === "budget" || column.endsWith("_disbursed")) return MONEY;
  if (column.endsWith("_progress")) return PERCENT;
  return typeof change.oldValue === "number" || typeof change.newValue === "number" ? BORDER : WRAPPED;
}

function where(p: CellPlace | null): string {
  return p && p.cell ? `${p.sheet}!${p.cell}` : "";
}

function sidesText(lang: Lang, sides: readonly CompareSide[]): string {
  return sides.map((s) => compareLabel(lang, "fileLine", { file: s.file, sheet: s.sheet, rows: s.rows })).join(" · ");
}

function header(grid: Grid, row: number, lang: Lang, labels: readonly Parameters<typeof compareLabel>[1][]): void {
  labels.forEach((key, i) => {
    grid.set(row, 1 + i, compareLabel(lang, key), HEADER_STYLE);
    grid.fit(row, compareLabel(lang, key), COLUMN_WIDTHS[i]);
  });
}

/** The counts table: one line per kind, all kinds, zero included; the kind spans the first three columns. */
function counts(grid: Grid, top: number, lang: Lang, comparison: Comparison): number {
  const line = (row: number, kind: string, count: string | number, style: CellStyle, countStyle: CellStyle) => {
    // Every cell of a merged range gets the border, or the line shows gaps.
    for (let c = 1; c <= 3; c++) grid.set(row, c, c === 1 ? kind : null, style);
    grid.merge(row, 1, 3);
    grid.set(row, 4, count, countStyle);
  };
  line(top, compareLabel(lang, "colKind"), compareLabel(lang, "colCount"), HEADER_STYLE, HEADER_STYLE);
  CHANGE_KINDS.forEach((kind, i) => line(top + 1 + i, KIND_LABELS[lang][kind], comparison.summary[kind], BORDER, COUNT));
  return top + CHANGE_KINDS.length;
}

function changeLine(grid: Grid, row: number, n: number, change: Change, opts: CompareDocOptions): void {
  const { lang } = opts;
  const column = change.column ? TEMPLATE_HEADERS[change.column][lang] : compareLabel(lang, "wholeRow");
  const style = valueStyle(change);
  const link = opts.trackerInSameWorkbook && change.newCell?.cell ? { sheet: change.newCell.sheet, cell: change.newCell.cell } : undefined;
  grid.set(row, 1, n, COUNT);
  grid.set(row, 2, change.projectId, TEXT);
  grid.set(row, 3, change.projectName, WRAPPED);
  grid.set(row, 4, column, WRAPPED);
  grid.set(row, 5, change.oldValue, style);
  grid.set(row, 6, change.newValue, style);
  grid.set(row, 7, where(change.oldCell), BORDER);
  grid.set(row, 8, where(change.newCell), link ? LINK : BORDER, link);
  grid.fit(row, change.projectName, COLUMN_WIDTHS[2]);
  for (const [i, v] of [change.oldValue, change.newValue].entries()) if (typeof v === "string") grid.fit(row, v, COLUMN_WIDTHS[4 + i]);
}

function duplicatesSection(grid: Grid, top: number, lang: Lang, comparison: Comparison): number {
  let row = top;
  grid.set(row, 1, compareLabel(lang, "duplicatesTitle", { count: comparison.duplicates.length }), SECTION_STYLE);
  grid.merge(row, 1, WIDTH);
  header(grid, ++row, lang, ["colSide", "colId", "colCells"]);
  grid.merge(row, 3, WIDTH);
  for (const d of comparison.duplicates) {
    grid.set(++row, 1, compareLabel(lang, d.side === "old" ? "sideOld" : "sideNew"), BORDER);
    grid.set(row, 2, d.projectId, TEXT);
    grid.set(row, 3, d.cells.map(where).join(", "), WRAPPED);
    grid.merge(row, 3, WIDTH);
  }
  return row;
}

export function buildCompareDoc(input: CompareDocInput, opts: CompareDocOptions): SheetDoc {
  const { lang } = opts;
  const { comparison } = input;
  const grid = new Grid(lineHeight(lang));
  const line = (row: number, text: string, style?: CellStyle) => {
    grid.set(row, 1, text, style);
    grid.merge(row, 1, WIDTH);
    grid.fit(row, text, COLUMN_WIDTHS.reduce((a, b) => a + b, 0));
  };
  line(1, compareLabel(lang, "title"), TITLE_STYLE);
  line(2, compareLabel(lang, "oldSide", { files: sidesText(lang, input.old) }));
  line(3, compareLabel(lang, "newSide", { files: sidesText(lang, input.new) }));
  line(4, compareLabel(lang, "matched", { matched: comparison.matched, changes: comparison.changes.length }), { bold: true });
  let row = counts(grid, 6, lang, comparison) + 1;
  if (comparison.withoutId.old + comparison.withoutId.new > 0) line(++row, compareLabel(lang, "withoutId", comparison.withoutId), { italic: true });
  if (comparison.changes.length === 0) line(++row + 1, compareLabel(lang, "noChanges"), { italic: true });
  for (const kind of CHANGE_KINDS) {
    const ofKind = comparison.changes.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    row += 2;
    line(row, `${KIND_LABELS[lang][kind]} (${ofKind.length})`, SECTION_STYLE);
    header(grid, ++row, lang, CHANGE_HEADERS);
    ofKind.forEach((c, i) => changeLine(grid, ++row, i + 1, c, opts));
  }
  if (comparison.duplicates.length > 0) row = duplicatesSection(grid, row + 2, lang, comparison);
  const lastRow = Math.max(row, grid.lastRow());
  return {
    key: "compare",
    name: compareLabel(lang, "sheetName"),
    font: reportFont(lang),
    columnWidths: COLUMN_WIDTHS,
    ...grid.sheetParts(),
    charts: [],
    page: landscapePage(range(1, 1, lastRow, WIDTH)),
    showGridlines: false,
    tabColor: "7030A0",
  };
}
