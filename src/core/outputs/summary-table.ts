// The summary sheet's heading and its table: departments by cluster, cluster subtotals, ministry total.
import { Lang } from "../findings";
import { Figures, GroupFigures } from "../figures/types";
import { Reference } from "../reference";
import { COUNT_FORMAT, Grid, HEADER_STYLE, MONEY_FORMAT, PERCENT_FORMAT, TITLE_STYLE, displayDate, localName } from "./doc-kit";
import { LabelKey, label } from "./labels";
import { planLine } from "./plan-text";
import { CellStyle } from "./sheet-doc";

/** Name column + ten figure columns. */
export const SUMMARY_COLUMNS = 11;
/** Column widths in characters; the chart blocks below reuse columns A–D. */
export const SUMMARY_WIDTHS: readonly number[] = [50, 16, 14, 14, 14, 16, 18, 18, 14, 16, 16];
/** Row of the table's header: title, deadline, four rows on what was left out, the plan targets, a blank row. */
export const SUMMARY_HEADER_ROW = 9;

type Metric = { key: keyof GroupFigures; format: string; header: LabelKey };

const METRICS: readonly Metric[] = [
  { key: "projects", format: COUNT_FORMAT, header: "colProjects" },
  { key: "reported", format: COUNT_FORMAT, header: "colReported" },
  { key: "completed", format: COUNT_FORMAT, header: "colCompleted" },
  { key: "progress_pct", format: PERCENT_FORMAT, header: "colProgress" },
  { key: "weighted_progress_pct", format: PERCENT_FORMAT, header: "colWeighted" },
  { key: "budget", format: MONEY_FORMAT, header: "colBudget" },
  { key: "disbursed", format: MONEY_FORMAT, header: "colDisbursed" },
  { key: "disbursement_pct", format: PERCENT_FORMAT, header: "colDisbursementPct" },
  { key: "disbursement_target_pct", format: PERCENT_FORMAT, header: "colDisbursementTarget" },
  { key: "behind_plan", format: COUNT_FORMAT, header: "colBehindPlan" },
];

/** Title, ministry and deadline, how many rows were read, included and left out and why, and the plan targets. */
export function writeSummaryHeading(grid: Grid, figures: Figures, reference: Reference, lang: Lang): void {
  const title =
    figures.fiscalYear === null
      ? label(lang, "summaryTitleNoYear")
      : label(lang, "summaryTitle", { fy: figures.fiscalYear, q: figures.quarter });
  grid.set(1, 1, title, TITLE_STYLE);
  grid.merge(1, 1, SUMMARY_COLUMNS);
  grid.height(1, 30);
  const ministry = localName(reference.data.ministry, lang);
  const line =
    figures.deadline === null
      ? label(lang, "noDeadline", { ministry })
      : label(lang, "deadlineLine", { ministry, date: displayDate(figures.deadline, lang) });
  grid.set(2, 1, line, { bold: true });
  grid.merge(2, 1, SUMMARY_COLUMNS);
  const counts: [LabelKey, number][] = [
    ["rowsTotal", figures.rows],
    ["rowsIncluded", figures.includedRows],
    ["rowsOtherYear", figures.exclusions.otherYear],
    ["rowsWithErrors", figures.exclusions.withErrors],
  ];
  counts.forEach(([key, n], i) => {
    grid.set(3 + i, 1, label(lang, key));
    grid.set(3 + i, 2, n, { numberFormat: COUNT_FORMAT, align: "right" });
  });
  grid.set(7, 1, planLine(figures.targets, lang), { bold: true });
  grid.merge(7, 1, SUMMARY_COLUMNS);
}

/** A header row whose wrapped titles all show whole. */
export function writeHeaderRow(grid: Grid, row: number, titles: readonly string[]): void {
  titles.forEach((t, i) => {
    grid.set(row, 1 + i, t, HEADER_STYLE);
    grid.fit(row, t, SUMMARY_WIDTHS[i]);
  });
}

/** A name in column A, wrapped, its row grown to fit (an indent level takes about 2 characters). */
export function writeName(grid: Grid, row: number, name: string, style: CellStyle): void {
  grid.set(row, 1, name, { ...style, border: "thin", wrap: true });
  grid.fit(row, name, SUMMARY_WIDTHS[0] - 2 * (style.indent ?? 0));
}

function writeMetrics(grid: Grid, row: number, name: string, g: GroupFigures, style: CellStyle): void {
  writeName(grid, row, name, style);
  METRICS.forEach((m, i) => {
    const value = g[m.key] as number | null;
    // A missing percentage reads as "-" for people; no chart reads these cells.
    if (value === null) grid.set(row, 2 + i, "-", { ...style, border: "thin", align: "right" });
    else grid.set(row, 2 + i, value, { ...style, border: "thin", numberFormat: m.format });
  });
}

function writeGroupTitle(grid: Grid, row: number, text: string): void {
  grid.set(row, 1, text, { bold: true, fill: "group", border: "thin" });
  grid.merge(row, 1, SUMMARY_COLUMNS);
}

/** The table from SUMMARY_HEADER_ROW; returns its last row. */
export function writeSummaryTable(grid: Grid, figures: Figures, lang: Lang): number {
  let row = SUMMARY_HEADER_ROW;
  writeHeaderRow(grid, row, [label(lang, "colGroup"), ...METRICS.map((m) => label(lang, m.header))]);
  if (figures.departments.length === 0) {
    row++;
    writeGroupTitle(grid, row, label(lang, "noDepartments"));
  }
  for (const cluster of figures.clusters) {
    writeGroupTitle(grid, ++row, localName(cluster, lang));
    for (const d of figures.departments.filter((x) => x.cluster === cluster.code)) {
      writeMetrics(grid, ++row, localName(d, lang), d, { indent: 1 });
    }
    const total = label(lang, "clusterTotal", { name: localName(cluster, lang) });
    writeMetrics(grid, ++row, total, cluster, { bold: true, fill: "subtotal" });
  }
  const clustered = new Set(figures.clusters.map((c) => c.code));
  const outside = figures.departments.filter((d) => d.cluster === null || !clustered.has(d.cluster));
  if (outside.length > 0) {
    writeGroupTitle(grid, ++row, label(lang, "noCluster"));
    for (const d of outside) writeMetrics(grid, ++row, localName(d, lang), d, { indent: 1 });
  }
  const ministryTotal = label(lang, "ministryTotal", { name: localName(figures.ministry, lang) });
  writeMetrics(grid, ++row, ministryTotal, figures.ministry, { bold: true, fill: "total" });
  return row;
}
