// The API set of every Excel member, read from the table generated out of @types/office-js (scripts/excel-api-sets.js).
import table from "./api-sets.json";

/** The highest ExcelApi minor version the typings know ("1.21" → 21): the fake's "latest" host. */
export const LATEST_EXCEL_API_MINOR = Number(table.latestExcelApi.split(".")[1]);

const members = table.members as Readonly<Record<string, string>>;

/** "ExcelApi 1.9" for "RangeFormat.indentLevel", or undefined when the typings name no set for it. */
export function apiSetOf(member: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(members, member) ? members[member] : undefined;
}

/**
 * True when a host supporting ExcelApi up to 1.`hostMinor` has `member`. Members annotated with another
 * set (ExcelApiOnline, ExcelApiDesktop) are not part of any ExcelApi version, so the fake's hosts lack
 * them; members the typings leave unannotated (load, toJSON, context) exist everywhere.
 */
export function hostHas(member: string, hostMinor: number): boolean {
  const set = apiSetOf(member);
  if (set === undefined) return true;
  const m = /^ExcelApi 1\.(\d+)$/.exec(set);
  return m !== null && Number(m[1]) <= hostMinor;
}
