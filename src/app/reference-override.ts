// Reference override: a reference sheet in a workbook replaces tables of the built-in reference (SPEC §1).
import { WorkbookSource } from "../core/port";
import { Reference } from "../core/reference";
import { isReferenceSheetName, mergeReference, readReferenceSheet } from "../core/reference/sheet";
import { TrackerError } from "../core/tracker/types";

export interface ReferenceOverride {
  readonly reference: Reference;
  readonly source: string;
  readonly isReferenceSheet: (name: string) => boolean;
}

/** The first workbook's reference sheet, merged over `base`; null when no workbook has one. */
export async function loadReferenceOverride(
  sources: readonly WorkbookSource[],
  base: Reference,
): Promise<ReferenceOverride | null> {
  for (const source of sources) {
    const sheets = await source.listSheets();
    const sheet = sheets.find((s) => isReferenceSheetName(s.name) && s.lastRow > 0);
    if (!sheet) continue;
    const [block] = await source.readBlocks([
      { sheet: sheet.name, firstRow: 1, rowCount: sheet.lastRow, firstColumn: 1, columnCount: Math.min(sheet.lastColumn, 50) },
    ]);
    const { patch, problems } = readReferenceSheet(block.values);
    if (problems.length) {
      const p = problems[0];
      throw new TrackerError(source.label, "unreadable", `แผ่นงานอ้างอิง "${sheet.name}": ${p.th}`, `reference sheet "${sheet.name}": ${p.en}`);
    }
    try {
      return { reference: mergeReference(base, patch, { file: source.label, sheet: sheet.name }), source: `${source.label} › ${sheet.name}`, isReferenceSheet: isReferenceSheetName };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new TrackerError(source.label, "unreadable", `แผ่นงานอ้างอิง "${sheet.name}" ไม่ถูกต้อง: ${msg}`, `reference sheet "${sheet.name}" is not valid: ${msg}`);
    }
  }
  return null;
}
