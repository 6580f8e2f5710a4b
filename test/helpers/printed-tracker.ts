// Test helper: a tracker laid out for printing as ministries do (issue 13), as cells, formulas, merges and hidden rows.
import ExcelJS from "exceljs";
import { CellValue } from "../../src/core/cell";
import { CellRange } from "../../src/core/port";
import { MemorySheet } from "../../src/workbook/memory/source";

export interface PrintedProject {
  readonly id: string;
  readonly name: string;
  /** Thai abbreviation, as printed trackers write departments. */
  readonly department: string;
  readonly strategy: number;
  readonly masterPlan: number;
  readonly budget: number;
  readonly progress: readonly [number, number];
  readonly disbursed: readonly [number, number];
  readonly hidden: boolean;
}

export interface PrintedTracker {
  /** What Excel shows: calculated values, blank where a merged range covers a cell but its first. */
  readonly values: CellValue[][];
  /** Formulas (without "=") by 1-based "row,column". */
  readonly formulas: ReadonlyMap<string, string>;
  readonly merges: readonly CellRange[];
  readonly hiddenRows: readonly number[];
  readonly projects: readonly PrintedProject[];
  readonly sectionRows: readonly number[];
  readonly subtotalRows: readonly number[];
  readonly grandTotalRow: number;
  readonly headerRow: number;
}

export const PRINTED_HEADERS = [
  "ลำดับ",
  "รหัสโครงการ",
  "ชื่อโครงการ",
  "หน่วยงาน",
  "ยุทธศาสตร์ชาติ",
  "แผนแม่บทฯ",
  "ปีงบประมาณ",
  "รหัสงบประมาณ",
  "งบประมาณ (บาท)",
  "ความก้าวหน้า ไตรมาส 1 (%)",
  "ความก้าวหน้า ไตรมาส 2 (%)",
  "เบิกจ่าย ไตรมาส 1 (บาท)",
  "เบิกจ่าย ไตรมาส 2 (บาท)",
  "รวมเบิกจ่าย (บาท)",
];
const WIDTH = PRINTED_HEADERS.length;
/** 1-based columns. */
const COL = { seq: 1, id: 2, name: 3, dept: 4, strategy: 5, plan: 6, year: 7, code: 8, budget: 9, p1: 10, p2: 11, d1: 12, d2: 13, sum: 14 };

const CLUSTERS: readonly { title: string; departments: readonly { abbr: string; projects: number }[] }[] = [
  { title: "กลุ่มภารกิจด้านส่งเสริมขีดความสามารถในการแข่งขันของประเทศ", departments: [{ abbr: "กกจ.", projects: 4 }, { abbr: "กพร.", projects: 3 }] },
  { title: "กลุ่มภารกิจด้านประกันความมั่นคงในการทำงาน", departments: [{ abbr: "กสร.", projects: 3 }, { abbr: "สปส.", projects: 2 }] },
  { title: "กลุ่มภารกิจด้านนโยบายและอำนวยการ", departments: [{ abbr: "สป.รง.", projects: 2 }] },
];
/** Strategy and master plan of each run of two projects (linked in the reference). */
const PLANS: readonly [number, number][] = [
  [3, 11],
  [4, 15],
  [3, 12],
];

function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

/**
 * The tracker: a title merged across, a header with a `ลำดับ` column, per cluster a section row
 * merged across, per department its projects (department merged down, strategy and master plan
 * merged down over runs of two), a `รวม …` subtotal (label merged over the first three columns;
 * SUM and AVERAGE formulas), a formula column, a `รวมทั้งสิ้น` grand total, one hidden project.
 * `brokenSum`: the first subtotal's budget SUM stops one row short (the range not extended);
 * `idPrefix`: the first digits of the project IDs (another department file).
 */
export function printedTracker(opts: { brokenSum?: boolean; idPrefix?: string; budgetFormula?: boolean } = {}): PrintedTracker {
  const values: CellValue[][] = [];
  const formulas = new Map<string, string>();
  const merges: CellRange[] = [];
  const projects: PrintedProject[] = [];
  const sectionRows: number[] = [];
  const subtotalRows: number[] = [];
  const hiddenRows: number[] = [];
  const put = (row: number, column: number, value: CellValue, formula?: string) => {
    while (values.length < row) values.push(new Array<CellValue>(WIDTH).fill(null));
    values[row - 1][column - 1] = value;
    if (formula) formulas.set(`${row},${column}`, formula);
  };
  const mergeAcross = (row: number, first: number, last: number) => merges.push({ firstRow: row, firstColumn: first, lastRow: row, lastColumn: last });
  put(1, 1, "แบบติดตามผลการดำเนินงานโครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ กระทรวงแรงงาน");
  mergeAcross(1, 1, WIDTH);
  const headerRow = 3;
  PRINTED_HEADERS.forEach((h, c) => put(headerRow, c + 1, h));
  let row = headerRow + 1;
  let n = 0;
  for (const cluster of CLUSTERS) {
    put(row, 1, cluster.title);
    mergeAcross(row, 1, WIDTH);
    sectionRows.push(row++);
    for (const dept of cluster.departments) {
      const first = row;
      for (let p = 0; p < dept.projects; p++, row++, n++) {
        const [strategy, masterPlan] = PLANS[Math.floor(p / 2) % PLANS.length];
        const budget = 1_250_000 + n * 375_500;
        const progress: [number, number] = [((n * 13) % 60) + 10, Math.min(100, ((n * 13) % 60) + 30 + (n % 3) * 25)];
        const disbursed: [number, number] = [Math.round(budget * 0.2), Math.round(budget * 0.3 + n)];
        const id = `${opts.idPrefix ?? "6900"}${String(n + 1).padStart(4, "0")}`;
        const project = { id, name: `โครงการพัฒนาแรงงาน ${id}`, department: dept.abbr, strategy, masterPlan, budget, progress, disbursed, hidden: n === 5 };
        projects.push(project);
        if (project.hidden) hiddenRows.push(row);
        put(row, COL.seq, n + 1);
        put(row, COL.id, project.id);
        put(row, COL.name, project.name);
        // Merged down: the value sits in the first row of its run only.
        if (p === 0) put(row, COL.dept, dept.abbr);
        if (p % 2 === 0) {
          put(row, COL.strategy, strategy);
          put(row, COL.plan, masterPlan);
        }
        put(row, COL.year, 2569);
        put(row, COL.code, `2569${String(n + 1).padStart(16, "0")}`);
        // budgetFormula: the first project's budget is a formula (a sum of two lines of its plan).
        put(row, COL.budget, budget, opts.budgetFormula && n === 0 ? `${budget - 250_000}+250000` : undefined);
        put(row, COL.p1, progress[0]);
        put(row, COL.p2, progress[1]);
        put(row, COL.d1, disbursed[0]);
        put(row, COL.d2, disbursed[1]);
        put(row, COL.sum, disbursed[0] + disbursed[1], `${letter(COL.d1)}${row}+${letter(COL.d2)}${row}`);
      }
      const last = row - 1;
      if (last > first) merges.push({ firstRow: first, firstColumn: COL.dept, lastRow: last, lastColumn: COL.dept });
      for (let run = first; run <= last; run += 2) {
        if (run + 1 > last) continue;
        merges.push({ firstRow: run, firstColumn: COL.strategy, lastRow: run + 1, lastColumn: COL.strategy });
        merges.push({ firstRow: run, firstColumn: COL.plan, lastRow: run + 1, lastColumn: COL.plan });
      }
      const own = projects.slice(projects.length - (last - first + 1));
      put(row, COL.seq, `รวม ${dept.abbr}`);
      mergeAcross(row, COL.seq, COL.name);
      const broken = opts.brokenSum === true && subtotalRows.length === 0;
      const budgetLast = broken ? last - 1 : last;
      const budgetSum = own.slice(0, own.length - (broken ? 1 : 0)).reduce((s, p) => s + p.budget, 0);
      put(row, COL.budget, budgetSum, `SUM(${letter(COL.budget)}${first}:${letter(COL.budget)}${budgetLast})`);
      const mean = (q: 0 | 1) => own.reduce((s, p) => s + p.progress[q], 0) / own.length;
      put(row, COL.p1, mean(0), `AVERAGE(${letter(COL.p1)}${first}:${letter(COL.p1)}${last})`);
      put(row, COL.p2, mean(1), `AVERAGE(${letter(COL.p2)}${first}:${letter(COL.p2)}${last})`);
      const sum = (q: 0 | 1) => own.reduce((s, p) => s + p.disbursed[q], 0);
      put(row, COL.d1, sum(0), `SUM(${letter(COL.d1)}${first}:${letter(COL.d1)}${last})`);
      put(row, COL.d2, sum(1), `SUM(${letter(COL.d2)}${first}:${letter(COL.d2)}${last})`);
      put(row, COL.sum, sum(0) + sum(1), `SUM(${letter(COL.sum)}${first}:${letter(COL.sum)}${last})`);
      subtotalRows.push(row++);
    }
  }
  const grandTotalRow = row;
  put(row, COL.seq, "รวมทั้งสิ้น");
  mergeAcross(row, COL.seq, COL.name);
  for (const column of [COL.budget, COL.d1, COL.d2, COL.sum]) {
    const total = subtotalRows.reduce((s, r) => s + (values[r - 1][column - 1] as number), 0);
    put(row, column, total, subtotalRows.map((r) => `${letter(column)}${r}`).join("+"));
  }
  return { values, formulas, merges, hiddenRows, projects, sectionRows, subtotalRows, grandTotalRow, headerRow };
}

/** The tracker as a MemorySource sheet: values as Excel shows them, with merges, formula cells and hidden rows. */
export function printedMemorySheet(t: PrintedTracker, name = "ติดตามโครงการ"): MemorySheet {
  const formulas = [...t.formulas.keys()].map((key) => {
    const [row, column] = key.split(",").map(Number);
    return { firstRow: row, firstColumn: column, lastRow: row, lastColumn: column };
  });
  return { name, values: t.values, merges: t.merges, formulas, hiddenRows: t.hiddenRows };
}

/**
 * The tracker written by exceljs, which does not calculate: every formula is stored without a
 * value, as programs that write spreadsheets do. LibreOffice recalculates it into a second file.
 */
export async function printedTrackerXlsx(t: PrintedTracker, name = "ติดตามโครงการ"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  t.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const formula = t.formulas.get(`${r + 1},${c + 1}`);
      if (formula) sheet.getCell(r + 1, c + 1).value = { formula } as ExcelJS.CellFormulaValue;
      else if (value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  for (const m of t.merges) sheet.mergeCells(m.firstRow, m.firstColumn, m.lastRow, m.lastColumn);
  for (const r of t.hiddenRows) sheet.getRow(r).hidden = true;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The ministry's figures computed from the projects alone, for quarter `q` (independently of the engine). */
export function projectFigures(projects: readonly PrintedProject[], q: 1 | 2) {
  const budget = projects.reduce((s, p) => s + p.budget, 0);
  const disbursed = projects.reduce((s, p) => s + p.disbursed.slice(0, q).reduce((a, b) => a + b, 0), 0);
  return {
    projects: projects.length,
    progress_pct: projects.reduce((s, p) => s + p.progress[q - 1], 0) / projects.length,
    budget,
    disbursed,
    completed: projects.filter((p) => p.progress[q - 1] === 100).length,
  };
}
