// Types of scripts/excel-api-sets.js for the test that keeps the committed table in sync with the typings.
export interface ApiSetTable {
  readonly source: string;
  /** The highest "ExcelApi 1.N" any member names, e.g. "1.19". */
  readonly latestExcelApi: string;
  /** "Type.member" (or "Type") → "ExcelApi 1.N" (or another set, e.g. "ExcelApiOnline 1.1"). */
  readonly members: Readonly<Record<string, string>>;
}
export declare const OUT: string;
export declare function buildApiSets(typingsPath?: string): ApiSetTable;
export declare function serialise(table: ApiSetTable): string;
