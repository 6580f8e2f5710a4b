// The summary sheet's list of projects behind plan, by name under their department (SPEC §4).
import { Lang } from "../findings";
import { Figures } from "../figures/types";
import { Grid, PERCENT_FORMAT, SECTION_STYLE, localName } from "./doc-kit";
import { label } from "./labels";
import { targetNumber } from "./plan-text";
import { SUMMARY_COLUMNS, writeHeaderRow, writeName } from "./summary-table";

/** Projects named per department; past this, one line says how many more (the tracker is the full list). */
export const BEHIND_LIST_LIMIT = 200;

/** Writes the list from `startRow`; returns its last row. Departments with no project behind plan are left out. */
export function writeBehindPlanList(grid: Grid, figures: Figures, lang: Lang, startRow: number): number {
  const { targets } = figures;
  grid.set(startRow, 1, label(lang, "behindTitle", { target: targetNumber(targets.progress_pct), q: targets.quarter }), SECTION_STYLE);
  grid.merge(startRow, 1, SUMMARY_COLUMNS);
  let row = startRow + 1;
  const late = figures.departments.filter((d) => d.behind_plan > 0);
  if (late.length === 0) {
    grid.set(row, 1, label(lang, "noneBehind"), { italic: true });
    return row;
  }
  writeHeaderRow(grid, row, [label(lang, "colProjectName"), label(lang, "colProjectId"), label(lang, "colProjectProgress")]);
  for (const d of late) {
    grid.set(++row, 1, `${localName(d, lang)} (${d.behind_plan})`, { bold: true, fill: "group", border: "thin" });
    grid.merge(row, 1, 3);
    const shown = d.behindPlanProjects.slice(0, BEHIND_LIST_LIMIT);
    for (const p of shown) {
      writeName(grid, ++row, p.projectName, { indent: 1 });
      grid.set(row, 2, p.projectId, { border: "thin" });
      grid.set(row, 3, p.progress, { border: "thin", numberFormat: PERCENT_FORMAT });
    }
    const more = d.behindPlanProjects.length - shown.length;
    if (more > 0) grid.set(++row, 1, label(lang, "moreProjects", { count: more }), { italic: true, indent: 1 });
  }
  return row;
}
