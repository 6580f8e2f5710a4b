// buildValidationDoc: every finding with rule, severity, message, file, sheet and cell (SPEC §5).
import { cellAddress } from "../cell";
import { Finding, Lang, countBySeverity } from "../findings";
import { COUNT_FORMAT, Grid, HEADER_STYLE, TITLE_STYLE, landscapePage, lineHeight, range, reportFont } from "./doc-kit";
import { LabelKey, label } from "./labels";
import { CellStyle, SheetDoc } from "./sheet-doc";

export interface ValidationOptions {
  readonly lang: Lang;
  /** The tracker sits in the workbook the sheet goes into, so each finding links to its cell. */
  readonly trackerInSameWorkbook: boolean;
}

const HEADERS: readonly LabelKey[] = ["colNo", "colRule", "colSeverity", "colMessage", "colFile", "colSheet", "colCell", "colValue"];
const COLUMN_WIDTHS = [7, 24, 12, 70, 24, 18, 10, 30];
/** Title, counts, a blank row, then the header. */
export const VALIDATION_HEADER_ROW = 4;

/** Styles of a finding line, made once: every line shares them (and writers cache styles by object). */
const BORDER: CellStyle = { border: "thin", valign: "top" };
const NUMBER_STYLE: CellStyle = { ...BORDER, numberFormat: COUNT_FORMAT };
const ERROR_STYLE: CellStyle = { ...BORDER, fill: "error" };
const WARNING_STYLE: CellStyle = { ...BORDER, fill: "warning" };
const WRAPPED_STYLE: CellStyle = { ...BORDER, wrap: true };
const LINK_STYLE: CellStyle = { ...BORDER, underline: true, color: "accent" };

export function buildValidationDoc(findings: readonly Finding[], opts: ValidationOptions): SheetDoc {
  const { lang } = opts;
  const grid = new Grid(lineHeight(lang));
  grid.set(1, 1, label(lang, "validationTitle"), TITLE_STYLE);
  grid.merge(1, 1, HEADERS.length);
  const counts = countBySeverity(findings);
  grid.set(2, 1, label(lang, "validationCounts", counts), { bold: true });
  grid.merge(2, 1, HEADERS.length);
  HEADERS.forEach((h, i) => {
    grid.set(VALIDATION_HEADER_ROW, 1 + i, label(lang, h), HEADER_STYLE);
    grid.fit(VALIDATION_HEADER_ROW, label(lang, h), COLUMN_WIDTHS[i]);
  });
  let row = VALIDATION_HEADER_ROW;
  findings.forEach((f, i) => {
    row++;
    const isError = f.severity === "error";
    const cellText = f.cell ?? label(lang, "rowOnly", { row: f.row });
    // A finding about a whole row links to the row's first cell.
    const link = opts.trackerInSameWorkbook ? { sheet: f.sheet, cell: f.cell ?? cellAddress(f.row, 1) } : undefined;
    grid.set(row, 1, i + 1, NUMBER_STYLE);
    grid.set(row, 2, f.rule, BORDER);
    grid.set(row, 3, label(lang, isError ? "severityError" : "severityWarning"), isError ? ERROR_STYLE : WARNING_STYLE);
    grid.set(row, 4, f.message[lang], WRAPPED_STYLE);
    grid.set(row, 5, f.file, BORDER);
    grid.set(row, 6, f.sheet, BORDER);
    grid.set(row, 7, cellText, link ? LINK_STYLE : BORDER, link);
    grid.set(row, 8, f.value, WRAPPED_STYLE);
    grid.fit(row, f.message[lang], COLUMN_WIDTHS[3]);
    grid.fit(row, f.value, COLUMN_WIDTHS[7]);
  });
  if (findings.length === 0) {
    row++;
    grid.set(row, 1, label(lang, "noFindings"), { italic: true });
    grid.merge(row, 1, HEADERS.length);
  }
  return {
    key: "validation",
    name: label(lang, "validationSheet"),
    font: reportFont(lang),
    columnWidths: COLUMN_WIDTHS,
    ...grid.sheetParts(),
    charts: [],
    freeze: { rows: VALIDATION_HEADER_ROW, columns: 0 },
    page: landscapePage(range(1, 1, row, HEADERS.length)),
    showGridlines: false,
    tabColor: "C00000",
  };
}
