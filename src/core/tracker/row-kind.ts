// What a worksheet row of a tracker is (SPEC §2): a project, a section heading, a subtotal or total, or blank.
import { CellValue, isBlankValue } from "../cell";
import { foldText } from "../text";
import { readNumber } from "../values";
import { COLUMN_KEYS } from "./columns";
import { PrintedLayout } from "./printed-layout";

export type RowKind = "blank" | "project" | "section" | "total";

/**
 * Labels of a total row: text starting `รวม` or `ยอดรวม` (`รวม กกจ.`, `รวมทั้งสิ้น`,
 * `รวมกลุ่มภารกิจ…`), or `Total`, `Subtotal`, `Grand total`. Only rows without a project ID are
 * asked, so a project named `รวมพลัง…` with its ID stays a project.
 */
const TOTAL_LABEL = /^(?:ยอด)?รวม|^(?:grand\s*|sub\s*-?\s*)?totals?\b/;

/** First letters a total label can start with (ร ย t s g, either case): most IDs are settled by one look. */
const LABEL_START = /^\s*[\u0e23\u0e22tsgTSG]/;

/** True when the text labels a subtotal or total row. */
export function isTotalLabel(text: string): boolean {
  return LABEL_START.test(text) && TOTAL_LABEL.test(foldText(text).trim());
}

/** COLUMN_KEYS positions of the columns read as numbers (budget, progress and disbursement). */
const NUMBER_KEYS: readonly number[] = COLUMN_KEYS.flatMap((key, k) => (key === "budget" || /^q\d_/.test(key) ? [k] : []));
const ID = COLUMN_KEYS.indexOf("project_id");
const REMARKS = COLUMN_KEYS.indexOf("remarks");

/** A text cell that does not read as a number (`๑๒๕` and `1,250` are numbers written as text). */
function isWords(value: CellValue): boolean {
  return typeof value === "string" && readNumber(value).kind === "invalid";
}

/**
 * The kind of a row, from its cells as the sheet holds them (before merged-down values are given
 * to it). `values[c]` is worksheet column `firstColumn + c`; `indexes[k]` is where COLUMN_KEYS
 * position k sits in `values` (-1: absent). A row with a project ID is a project, unless that ID
 * cell is a total label or the start of the only thing on the row, a range merged across.
 */
export function rowKind(
  values: readonly CellValue[],
  row: number,
  firstColumn: number,
  indexes: Int32Array,
  layout: PrintedLayout,
): RowKind {
  const idAt = indexes[ID];
  const id = idAt >= 0 ? (values[idAt] ?? null) : null;
  const hasId = !isBlankValue(id);
  // Nearly every row has a plain ID: settled here without looking at its other cells.
  if (hasId && !(typeof id === "string" && isTotalLabel(id)) && !layout.startsMergeAcross(row, firstColumn + idAt)) return "project";
  // A formula with no calculated value reads blank, yet the cell is not empty.
  const empty = (c: number) => isBlankValue(values[c] ?? null) && !layout.isFormula(row, firstColumn + c);
  let knownBlank = true;
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    if (i >= 0 && !empty(i)) {
      knownBlank = false;
      break;
    }
  }
  let filled = 0;
  let only = -1;
  for (let c = 0; c < values.length; c++) {
    if (empty(c)) continue;
    filled++;
    only = c;
  }
  const single = filled === 1 && isWords(values[only]);
  // Text in columns the tracker does not know (a `ลำดับ` column) alone: a heading, else nothing.
  if (knownBlank) return single ? "section" : "blank";
  // Remarks are free text ("รวม 3 ครั้ง"): a label there says nothing about the row.
  const remarksAt = indexes[REMARKS];
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (c !== remarksAt && typeof v === "string" && isTotalLabel(v)) return "total";
  }
  if (single) return "section";
  // An ID that starts a range merged across, with more on the row: an ID all the same.
  if (hasId) return "project";
  if (layout.knowsFormulas && numbersAreFormulas(values, row, firstColumn, indexes, layout)) return "total";
  return "project";
}

/** True when the row's numeric cells that are not blank are all formulas, and there is one at least. */
function numbersAreFormulas(values: readonly CellValue[], row: number, firstColumn: number, indexes: Int32Array, layout: PrintedLayout): boolean {
  let formulas = 0;
  for (const k of NUMBER_KEYS) {
    const i = indexes[k];
    if (i < 0) continue;
    const v = values[i] ?? null;
    const formula = layout.isFormula(row, firstColumn + i);
    // A formula with no calculated value reads blank; it still marks the row as sums.
    if (isBlankValue(v) && !formula) continue;
    if (!formula) return false;
    formulas++;
  }
  return formulas > 0;
}
