// The summary's trend table, the chart data block and the bar-chart specs that read from it.
import { Lang } from "../findings";
import { Figures } from "../figures/types";
import { Reference } from "../reference";
import { QUARTERS } from "../tracker/columns";
import { COLORS, Grid, PERCENT_FORMAT, SECTION_STYLE, departmentShortName, localName, range } from "./doc-kit";
import { label } from "./labels";
import { DocChart, RangeRef } from "./sheet-doc";
import { writeHeaderRow, writeName } from "./summary-table";

/** Where each chart finds its categories and values on the sheet. */
export interface ChartSources {
  departments?: { categories: RangeRef; progress: RangeRef; disbursement: RangeRef };
  clusters?: { categories: RangeRef; progress: RangeRef };
  trend?: { categories: RangeRef; quarters: RangeRef[] };
}

const CHART_ROWS = 18;
const CHART_COLUMNS = 6;
const PERCENT = { numberFormat: PERCENT_FORMAT, border: "thin" } as const;

function ministryLabel(figures: Figures, lang: Lang): string {
  return label(lang, "ministryTotal", { name: localName(figures.ministry, lang) });
}

/** Departments × quarters 1…Q, then the ministry; returns the last row written. */
export function writeTrendTable(grid: Grid, figures: Figures, reference: Reference, lang: Lang, startRow: number, sources: ChartSources): number {
  const quarters = QUARTERS.filter((q) => q <= figures.quarter);
  grid.set(startRow, 1, label(lang, "trendTitle"), SECTION_STYLE);
  const header = startRow + 1;
  writeHeaderRow(grid, header, [label(lang, "colGroup"), label(lang, "shortName"), ...quarters.map((q) => label(lang, "quarterColumn", { q }))]);
  let row = header;
  for (const d of figures.departments) {
    writeName(grid, ++row, localName(d, lang), {});
    grid.set(row, 2, departmentShortName(reference, d.code, lang), { border: "thin" });
    d.trend.forEach((v, i) => grid.set(row, 3 + i, v, PERCENT));
  }
  const totalStyle = { border: "thin", bold: true, fill: "total" } as const;
  writeName(grid, ++row, ministryLabel(figures, lang), totalStyle);
  grid.set(row, 2, label(lang, "ministryShort"), totalStyle);
  figures.ministry.trend.forEach((v, i) => grid.set(row, 3 + i, v, { ...PERCENT, bold: true, fill: "total" }));
  sources.trend = {
    categories: range(header + 1, 2, row, 2),
    quarters: quarters.map((_, i) => range(header + 1, 3 + i, row, 3 + i)),
  };
  return row;
}

/** Contiguous blocks the charts read: departments + ministry, then clusters. Returns the last row. */
export function writeChartData(grid: Grid, figures: Figures, reference: Reference, lang: Lang, startRow: number, sources: ChartSources): number {
  grid.set(startRow, 1, label(lang, "chartDataTitle"), SECTION_STYLE);
  const header = startRow + 1;
  writeHeaderRow(grid, header, [label(lang, "colGroup"), label(lang, "shortName"), label(lang, "seriesProgress"), label(lang, "seriesDisbursement")]);
  let row = header;
  for (const d of figures.departments) {
    writeName(grid, ++row, localName(d, lang), {});
    grid.set(row, 2, departmentShortName(reference, d.code, lang), { border: "thin" });
    grid.line(row, 3, [d.progress_pct, d.disbursement_pct], PERCENT);
  }
  writeName(grid, ++row, ministryLabel(figures, lang), { bold: true });
  grid.set(row, 2, label(lang, "ministryShort"), { border: "thin", bold: true });
  grid.line(row, 3, [figures.ministry.progress_pct, figures.ministry.disbursement_pct], { ...PERCENT, bold: true });
  sources.departments = {
    categories: range(header + 1, 2, row, 2),
    progress: range(header + 1, 3, row, 3),
    disbursement: range(header + 1, 4, row, 4),
  };
  if (figures.clusters.length === 0) return row;
  const clusterHeader = row + 2;
  writeHeaderRow(grid, clusterHeader, [label(lang, "colCluster"), label(lang, "clusterCode"), label(lang, "seriesProgress")]);
  row = clusterHeader;
  for (const c of figures.clusters) {
    writeName(grid, ++row, localName(c, lang), {});
    grid.set(row, 2, c.code, { border: "thin" });
    grid.set(row, 3, c.progress_pct, PERCENT);
  }
  sources.clusters = { categories: range(clusterHeader + 1, 1, row, 1), progress: range(clusterHeader + 1, 3, row, 3) };
  return row;
}

/** The charts of SPEC §5, stacked from `startRow`, each fed from the sheet's own cells. */
export function summaryCharts(figures: Figures, lang: Lang, sources: ChartSources, startRow: number): DocChart[] {
  const fyq = { fy: figures.fiscalYear ?? "", q: figures.quarter };
  const percentChart = { valueMax: 100, dataLabels: true, numberFormat: PERCENT_FORMAT } as const;
  const specs: Omit<DocChart, "anchor">[] = [];
  const d = sources.departments;
  if (d) {
    specs.push({
      id: "progress-by-department",
      type: "column",
      title: label(lang, "chartProgressByDepartment", fyq),
      categoryAxisTitle: label(lang, "axisDepartment"),
      valueAxisTitle: label(lang, "axisProgress"),
      categories: d.categories,
      series: [{ name: label(lang, "seriesProgress"), values: d.progress, color: COLORS.progress }],
      ...percentChart,
    });
  }
  if (sources.clusters) {
    specs.push({
      id: "progress-by-cluster",
      type: "bar",
      title: label(lang, "chartProgressByCluster", fyq),
      categoryAxisTitle: label(lang, "axisCluster"),
      valueAxisTitle: label(lang, "axisProgress"),
      categories: sources.clusters.categories,
      series: [{ name: label(lang, "seriesProgress"), values: sources.clusters.progress, color: COLORS.cluster }],
      ...percentChart,
    });
  }
  if (d) {
    specs.push({
      id: "disbursement-by-department",
      type: "column",
      title: label(lang, "chartDisbursementByDepartment", fyq),
      categoryAxisTitle: label(lang, "axisDepartment"),
      valueAxisTitle: label(lang, "axisDisbursement"),
      categories: d.categories,
      series: [{ name: label(lang, "seriesDisbursement"), values: d.disbursement, color: COLORS.disbursement }],
      ...percentChart,
    });
  }
  const t = sources.trend;
  if (t) {
    specs.push({
      id: "progress-trend",
      type: "column",
      title: label(lang, "chartTrend", fyq),
      categoryAxisTitle: label(lang, "axisDepartment"),
      valueAxisTitle: label(lang, "axisProgress"),
      categories: t.categories,
      series: t.quarters.map((values, i) => ({
        name: label(lang, "quarterColumn", { q: i + 1 }),
        values,
        // The reported quarter gets the darkest shade, whatever Q is.
        color: COLORS.quarters[COLORS.quarters.length - t.quarters.length + i],
      })),
      ...percentChart,
    });
  }
  return specs.map((spec, i) => ({
    ...spec,
    anchor: { row: startRow + i * (CHART_ROWS + 1), column: 1, rows: CHART_ROWS, columns: CHART_COLUMNS },
  }));
}

/** Rows the charts take below `startRow`. */
export function chartsHeight(count: number): number {
  return count === 0 ? 0 : count * (CHART_ROWS + 1) - 1;
}
