// The template's instructions sheet: workflow and column guide, in Thai (English first, then Thai, with lang en).
import { Lang } from "../findings";
import { DocCell, RangeRef, SheetDoc } from "../outputs/sheet-doc";
import { Reference } from "../reference";
import { COLUMN_KEYS, TEMPLATE_HEADERS } from "../tracker/columns";
import { INSTRUCTION_TITLES, columnGuide, workflowSteps } from "./instructions-text";
import { templateFont } from "./style";

export const INSTRUCTIONS_SHEET_NAMES: Record<Lang, string> = { th: "คำอธิบาย", en: "Instructions" };

const WIDTHS = [34, 26, 70];

function section(reference: Reference, lang: Lang, startRow: number, cells: DocCell[], merges: RangeRef[]): number {
  const t = INSTRUCTION_TITLES[lang];
  let row = startRow;
  cells.push({ row, column: 1, value: t.title, style: { bold: true, size: lang === "th" ? 22 : 16 } });
  row += 2;
  cells.push({ row, column: 1, value: t.workflow, style: { bold: true, color: "accent" } });
  for (const step of workflowSteps(reference, lang)) {
    row++;
    cells.push({ row, column: 1, value: step, style: { wrap: true, valign: "top" } });
    merges.push({ firstRow: row, firstColumn: 1, lastRow: row, lastColumn: WIDTHS.length });
  }
  row += 2;
  cells.push({ row, column: 1, value: t.columns, style: { bold: true, color: "accent" } });
  row++;
  t.header.forEach((h, i) => cells.push({ row, column: i + 1, value: h, style: { bold: true, fill: "header", border: "thin" } }));
  for (const key of COLUMN_KEYS) {
    row++;
    const guide = columnGuide(key, lang);
    const style = { border: "thin" as const, wrap: true, valign: "top" as const };
    cells.push({ row, column: 1, value: TEMPLATE_HEADERS[key][lang], style: { ...style, bold: true } });
    cells.push({ row, column: 2, value: guide.required, style });
    cells.push({ row, column: 3, value: guide.what, style });
  }
  return row;
}

export function buildInstructionsSheet(reference: Reference, lang: Lang): SheetDoc {
  const cells: DocCell[] = [];
  const merges: RangeRef[] = [];
  // English readers get English first; the Thai text follows for their Thai colleagues.
  const languages: Lang[] = lang === "th" ? ["th"] : ["en", "th"];
  let row = 1;
  for (const l of languages) row = section(reference, l, row, cells, merges) + 3;
  return {
    key: "template-instructions",
    name: INSTRUCTIONS_SHEET_NAMES[lang],
    font: templateFont(lang),
    columnWidths: WIDTHS,
    cells,
    merges,
    charts: [],
    showGridlines: false,
    tabColor: "548235",
  };
}
