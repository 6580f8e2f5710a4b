// Which rows carry an error-severity finding: the rows the figures leave out (SPEC §4).
import { Finding } from "./findings";

/**
 * Rows with at least one error-severity finding, by file, sheet and worksheet row. Findings name
 * their row by place rather than by object; nested look-ups spare building a key string for each
 * of 100,000 rows.
 */
export class ErrorRows {
  private readonly byFile = new Map<string, Map<string, Set<number>>>();

  constructor(findings: readonly Finding[]) {
    for (const f of findings) {
      if (f.severity !== "error") continue;
      let bySheet = this.byFile.get(f.file);
      if (!bySheet) {
        bySheet = new Map();
        this.byFile.set(f.file, bySheet);
      }
      let rows = bySheet.get(f.sheet);
      if (!rows) {
        rows = new Set();
        bySheet.set(f.sheet, rows);
      }
      rows.add(f.row);
    }
  }

  has(row: { readonly file: string; readonly sheet: string; readonly row: number }): boolean {
    return this.byFile.get(row.file)?.get(row.sheet)?.has(row.row) ?? false;
  }
}
