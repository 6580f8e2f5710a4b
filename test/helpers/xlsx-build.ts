// Test helper: small .xlsx files written with exceljs (so each test shows how its input was made), and temp paths.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** A cell as a plain exceljs value, or `{ v, f }` with a number format. */
export type BuildCell = ExcelJS.CellValue | { v: ExcelJS.CellValue; f: string };

function isFormatted(cell: BuildCell): cell is { v: ExcelJS.CellValue; f: string } {
  return (
    typeof cell === "object" &&
    cell !== null &&
    !(cell instanceof Date) &&
    "f" in cell &&
    "v" in cell
  );
}

/** Writes `rows` from worksheet row `firstRow`, column A onwards; `undefined` leaves a cell empty. */
export function putRows(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  rows: readonly (readonly BuildCell[])[]
): void {
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell === undefined) return;
      const target = sheet.getCell(firstRow + r, c + 1);
      if (isFormatted(cell)) {
        target.value = cell.v;
        target.numFmt = cell.f;
      } else {
        target.value = cell;
      }
    });
  });
}

/** Builds a workbook with `build` and returns its .xlsx bytes. */
export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A fresh temp directory; call `cleanup` in afterAll. */
export function tempDir(prefix: string): {
  dir: string;
  file: (name: string, bytes: Uint8Array) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `pyp-${prefix}-`));
  return {
    dir,
    file(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Loads .xlsx bytes with exceljs, for assertions on what a writer produced. */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
