// Test trackers as plain cells (values + number formats), fed to both the fake Excel and MemorySource.
import { CellValue, excelError } from "../../../src/core/cell";
import { COLUMN_KEYS, ColumnKey, TEMPLATE_HEADERS } from "../../../src/core/tracker/columns";
import { MemorySource } from "../../../src/workbook/memory/source";
import { FakeSheetSpec, createWorkbookState, installFakeOffice } from "../../fakes/excel";
import { ALL_FEATURES, OfficeFeatures } from "../../../src/workbook/office/features";
import { OfficeWorkbook } from "../../../src/workbook/office/workbook";

export interface CellsSheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly formats: string[][];
}

const DEPARTMENTS = [
  "DOE",
  "กพร.",
  "Department of Labour Protection and Welfare",
  "SSO",
  "OPS",
  "XYZ",
];
const PLANS: [number, number, string][] = [
  [3, 11, "1104"],
  [4, 15, "1501"],
  [1, 1, "0101"],
  [3, 12, "1201"],
];

/** One tracker row: a mix of clean rows and rows every rule family catches (errors, text numbers, …). */
function trackerRow(i: number): Record<ColumnKey, { v: CellValue; f?: string }> {
  const [strategy, plan, sub] = PLANS[i % PLANS.length];
  const percentCell = i % 3 === 0;
  const progress = (q: number) => {
    const value = Math.min(100, ((i * 7) % 60) + q * 10);
    return percentCell ? { v: value / 100, f: "0%" } : { v: value };
  };
  return {
    project_id: { v: i % 97 === 5 ? "P-000001" : `P-${String(i + 1).padStart(6, "0")}`, f: "@" },
    project_name: {
      v: i % 41 === 3 ? '=HYPERLINK("http://x","y")' : `โครงการพัฒนาฝีมือแรงงาน ${i + 1}`,
    },
    department: { v: DEPARTMENTS[i % DEPARTMENTS.length] },
    division: { v: i % 2 ? "กองแผนงาน" : null },
    project_type: { v: i % 10 === 4 ? "Big Rock" : "โครงการประจำปีงบประมาณ" },
    fiscal_year: { v: i % 53 === 7 ? 2026 : 2569 },
    budget_code: { v: i % 29 === 2 ? "1234-5678" : "12345678901234567890" },
    budget: {
      v: i % 50 === 7 ? excelError("#N/A") : i % 13 === 1 ? "1,250,000.50" : 500_000 + i * 1000,
    },
    strategy: { v: i % 31 === 9 ? "ยุทธศาสตร์ที่ ๗" : strategy },
    master_plan: { v: i % 37 === 11 ? `(${plan})` : plan },
    sub_plan: { v: sub, f: "@" },
    reform_area: { v: i % 10 === 4 && i % 20 !== 4 ? 5 : null },
    q1_progress: progress(1),
    q2_progress: i % 11 === 6 ? { v: "ไม่มีข้อมูล" } : progress(2),
    q3_progress: { v: null },
    q4_progress: { v: null },
    q1_disbursed: { v: i % 17 === 8 ? -5 : 100_000 + i },
    q2_disbursed: { v: i % 19 === 0 ? "๑๒๕" : 50_000 },
    q3_disbursed: { v: null },
    q4_disbursed: { v: null },
    remarks: { v: i % 23 === 1 ? "+SUM(1,2) ล่าช้า" : i % 23 === 2 ? "@ผู้รับผิดชอบ" : null },
  };
}

/** A tracker with two title rows above a Thai header row, then `rows` project rows. */
export function trackerSheet(rows: number, name = "ติดตามโครงการ"): CellsSheet {
  const width = COLUMN_KEYS.length;
  const values: CellValue[][] = [
    ["แบบติดตามโครงการ ปีงบประมาณ พ.ศ. ๒๕๖๙"],
    [],
    COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k].th),
  ];
  const formats: string[][] = [[], [], new Array<string>(width).fill("General")];
  for (let i = 0; i < rows; i++) {
    const row = trackerRow(i);
    values.push(COLUMN_KEYS.map((k) => row[k].v));
    formats.push(COLUMN_KEYS.map((k) => row[k].f ?? "General"));
  }
  return { name, values, formats };
}

export interface OfficeSetup {
  readonly state: ReturnType<typeof createWorkbookState>;
  /** A fresh OfficeWorkbook on a fresh context (as one Excel.run would make). */
  workbook(features?: OfficeFeatures): OfficeWorkbook;
  uninstall(): void;
}

/** Installs the fake Office globally over these sheets. */
export function officeOver(sheets: readonly FakeSheetSpec[], excelApi = "1.17"): OfficeSetup {
  const state = createWorkbookState(sheets, { excelApi });
  const office = installFakeOffice(globalThis, state);
  return {
    state,
    workbook: (features) =>
      new OfficeWorkbook(office.newContext() as unknown as Excel.RequestContext, "x", {
        features: features ?? (excelApi === "1.17" ? ALL_FEATURES : undefined),
        lang: "en",
      }),
    uninstall: office.uninstall,
  };
}

export function memoryOver(sheets: readonly CellsSheet[]): MemorySource {
  return new MemorySource(
    "x",
    sheets.map((s) => ({ name: s.name, values: s.values, formats: s.formats }))
  );
}
