// subtotal-mismatch: a total row's budget or disbursement differs from every sum of projects it could stand for.
import { defineRule } from "./define";
import { ColumnKey } from "../tracker/columns";
import { RowTable } from "../table/row-table";
import { LayoutRow, MoneyCell } from "../table/printed-rows";
import { displayText, readNumber } from "../values";

/** Baht: a total within a satang of a sum agrees with it. */
const TOLERANCE = 0.01;

/** Running sums of a money column over table positions (blank = 0): the sum of [a, b) is sums[b] - sums[a]. */
function runningSums(table: RowTable, key: ColumnKey): Float64Array {
  const q = /^q(\d)_disbursed$/.exec(key);
  const column = q ? table.resolved.disbursed[Number(q[1]) - 1] : table.resolved.budget;
  const sums = new Float64Array(table.length + 1);
  for (let i = 0; i < table.length; i++) {
    const v = column[i];
    sums[i + 1] = sums[i] + (v === v ? v : 0);
  }
  return sums;
}

/** The first table position of each source (its projects follow one another). */
function sourceStarts(table: RowTable): number[] {
  const starts = new Array<number>(table.sources.length).fill(table.length);
  for (let i = table.length - 1; i >= 0; i--) starts[table.sourceOf[i]] = i;
  return starts;
}

/** Which projects a total row may sum: [from, to) of table positions, three ways (SPEC §3). */
interface Spans {
  readonly sinceBoundary: number;
  readonly sinceSection: number;
  readonly all: number;
  readonly to: number;
}

function spansOf(rows: readonly LayoutRow[], index: number, start: number): Spans {
  const total = rows[index];
  let sinceBoundary = -1;
  let sinceSection = -1;
  for (let j = index - 1; j >= 0 && sinceSection < 0; j--) {
    const r = rows[j];
    if (r.source !== total.source) break;
    if (sinceBoundary < 0) sinceBoundary = r.before;
    if (r.kind === "section") sinceSection = r.before;
  }
  const clamp = (n: number) => Math.max(start, n);
  return { sinceBoundary: clamp(sinceBoundary), sinceSection: clamp(sinceSection), all: start, to: total.before };
}

export const subtotalMismatch = defineRule({
  id: "subtotal-mismatch",
  meta: {
    severity: "warning",
    description: {
      th: "ยอดรวมในแถวรวมไม่ตรงกับผลรวมของโครงการ",
      en: "A total row does not add up to its projects",
    },
  },
  messages: {
    mismatch: {
      th: "ยอดรวม {column} ในแถวนี้เป็น {total} แต่ผลรวมของโครงการแถว {rows} เป็น {sum}",
      en: "{column} total on this row is {total}, but the projects in rows {rows} add up to {sum}",
    },
    notANumber: {
      th: "ช่องยอดรวม {column} มีค่า {text} ซึ่งไม่ใช่ตัวเลข จึงไม่ได้ตรวจยอดรวม",
      en: "The {column} total holds {text}, not a number, so it was not checked",
    },
  },
  check({ table }, report) {
    const rows = table.printed.layoutRows;
    if (!rows.some((r) => r.kind === "total")) return;
    const starts = sourceStarts(table);
    const sums = new Map<ColumnKey, Float64Array>();
    const sumsOf = (key: ColumnKey) => sums.get(key) ?? sums.set(key, runningSums(table, key)).get(key)!;
    rows.forEach((total, index) => {
      if (total.kind !== "total") return;
      const spans = spansOf(rows, index, starts[total.source]);
      // A total above the first project has nothing to add up: it is not compared.
      if (spans.to <= spans.all) return;
      for (const cell of total.money) checkCell(cell, total, spans);
    });

    function checkCell(cell: MoneyCell, total: LayoutRow, spans: Spans): void {
      // A formula never calculated has no value to compare (formula-not-calculated speaks of projects only).
      if (cell.uncalculated) return;
      const outside = { source: total.source, row: total.row, column: cell.column, value: cell.value };
      const p = readNumber(cell.value, cell.format);
      if (p.kind === "blank") return;
      if (p.kind !== "ok") {
        report({ at: -1, outside, column: cell.key, messageId: "notANumber", data: { column: cell.key, text: displayText(cell.value) } });
        return;
      }
      const s = sumsOf(cell.key);
      const sum = (from: number) => s[spans.to] - s[from];
      const agrees = [spans.sinceBoundary, spans.sinceSection, spans.all].some((from) => Math.abs(p.value - sum(from)) <= TOLERANCE + 1e-9);
      if (agrees) return;
      // The sum named: the projects right above the total, or all above it after another total.
      const from = spans.sinceBoundary < spans.to ? spans.sinceBoundary : spans.all;
      report({
        at: -1,
        outside,
        column: cell.key,
        messageId: "mismatch",
        data: { column: cell.key, total: p.value, sum: Math.round(sum(from) * 100) / 100, rows: rowSpan(table, from, spans.to) },
      });
    }
  },
});

/** Worksheet rows of positions [from, to): "12–15", or "12" for one. */
function rowSpan(table: RowTable, from: number, to: number): string {
  const first = table.rowNumber[from];
  const last = table.rowNumber[to - 1];
  return first === last ? String(first) : `${first}–${last}`;
}
