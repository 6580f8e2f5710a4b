// The template's instructions sheet: workflow and column guide, in Thai (English first, then Thai, with lang en).
import { Lang } from "../findings";
import { wrappedLines } from "../outputs/memo-layout";
import { DocCell, RangeRef, SheetDoc } from "../outputs/sheet-doc";
import { Reference } from "../reference";
import { COLUMN_KEYS, TEMPLATE_HEADERS } from "../tracker/columns";
import { INSTRUCTION_TITLES, columnGuide, workflowSteps } from "./instructions-text";
import { templateFont } from "./style";

export const INSTRUCTIONS_SHEET_NAMES: Record<Lang, string> = { th: "คำอธิบาย", en: "Instructions" };

const WIDTHS = [30, 24, 60];
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

type RowHeight = { row: number; height: number };

interface Sheet {
  readonly cells: DocCell[];
  readonly merges: RangeRef[];
  readonly heights: RowHeight[];
  /** Points per wrapped line in the sheet's font. */
  readonly lineHeight: number;
}

function section(
  reference: Reference,
  lang: Lang,
  startRow: number,
  { cells, merges, heights, lineHeight }: Sheet
): number {
  // Wrapped rows get their height here: not every spreadsheet program fits rows to wrapped text.
  const fit = (row: number, texts: [string, number][]) => {
    const lines = Math.max(...texts.map(([text, width]) => wrappedLines(text, width)));
    if (lines > 1) heights.push({ row, height: lines * lineHeight });
  };
  const t = INSTRUCTION_TITLES[lang];
  let row = startRow;
  cells.push({
    row,
    column: 1,
    value: t.title,
    style: { bold: true, size: lang === "th" ? 22 : 16 },
  });
  row += 2;
  cells.push({ row, column: 1, value: t.workflow, style: { bold: true, color: "accent" } });
  for (const step of workflowSteps(reference, lang)) {
    row++;
    cells.push({ row, column: 1, value: step, style: { wrap: true, valign: "top" } });
    fit(row, [[step, TOTAL_WIDTH]]);
    merges.push({ firstRow: row, firstColumn: 1, lastRow: row, lastColumn: WIDTHS.length });
  }
  row += 2;
  cells.push({ row, column: 1, value: t.columns, style: { bold: true, color: "accent" } });
  row++;
  t.header.forEach((h, i) =>
    cells.push({
      row,
      column: i + 1,
      value: h,
      style: { bold: true, fill: "header", border: "thin" },
    })
  );
  for (const key of COLUMN_KEYS) {
    row++;
    const guide = columnGuide(key, lang);
    const style = { border: "thin" as const, wrap: true, valign: "top" as const };
    cells.push({
      row,
      column: 1,
      value: TEMPLATE_HEADERS[key][lang],
      style: { ...style, bold: true },
    });
    cells.push({ row, column: 2, value: guide.required, style });
    cells.push({ row, column: 3, value: guide.what, style });
    fit(row, [
      [TEMPLATE_HEADERS[key][lang], WIDTHS[0]],
      [guide.required, WIDTHS[1]],
      [guide.what, WIDTHS[2]],
    ]);
  }
  return row;
}

export function buildInstructionsSheet(reference: Reference, lang: Lang): SheetDoc {
  const sheet: Sheet = {
    cells: [],
    merges: [],
    heights: [],
    lineHeight: templateFont(lang).size * 1.5,
  };
  // English readers get English first; the Thai text follows for their Thai colleagues.
  const languages: Lang[] = lang === "th" ? ["th"] : ["en", "th"];
  let row = 1;
  for (const l of languages) row = section(reference, l, row, sheet) + 3;
  return {
    key: "template-instructions",
    name: INSTRUCTIONS_SHEET_NAMES[lang],
    font: templateFont(lang),
    columnWidths: WIDTHS,
    rowHeights: sheet.heights,
    cells: sheet.cells,
    merges: sheet.merges,
    charts: [],
    showGridlines: false,
    page: {
      paper: "A4",
      orientation: "portrait",
      marginsCm: { left: 2, right: 1.5, top: 2, bottom: 2 },
      fitToWidth: true,
    },
    tabColor: "548235",
  };
}
