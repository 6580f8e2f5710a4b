// buildSummaryDoc: the summary sheet of SPEC §5 (table, trend, chart data and charts) as a SheetDoc.
import { Lang } from "../findings";
import { Figures } from "../figures/types";
import { Reference } from "../reference";
import { COLORS, Grid, landscapePage, lineHeight, range, reportFont } from "./doc-kit";
import { label } from "./labels";
import { SheetDoc } from "./sheet-doc";
import { ChartSources, chartsHeight, summaryCharts, writeChartData, writeTrendTable } from "./summary-charts";
import { writeBehindPlanList } from "./summary-behind";
import { SUMMARY_COLUMNS, SUMMARY_WIDTHS, writeSummaryHeading, writeSummaryTable } from "./summary-table";

export interface SummaryOptions {
  readonly lang: Lang;
  /** Add the bar charts (and the chart data they read); default true. */
  readonly charts?: boolean;
}

export function buildSummaryDoc(figures: Figures, reference: Reference, opts: SummaryOptions): SheetDoc {
  const { lang } = opts;
  const grid = new Grid(lineHeight(lang));
  writeSummaryHeading(grid, figures, reference, lang);
  let last = writeSummaryTable(grid, figures, lang);
  if (figures.fiscalYear !== null) last = writeBehindPlanList(grid, figures, lang, last + 2);
  const sources: ChartSources = {};
  const hasGroups = figures.departments.length > 0;
  if (hasGroups && figures.quarter > 1) last = writeTrendTable(grid, figures, reference, lang, last + 2, sources);
  const withCharts = (opts.charts ?? true) && hasGroups;
  let charts: SheetDoc["charts"] = [];
  if (withCharts) {
    last = writeChartData(grid, figures, reference, lang, last + 2, sources);
    charts = summaryCharts(figures, lang, sources, last + 2);
    last += 1 + chartsHeight(charts.length);
  }
  return {
    key: "summary",
    name: label(lang, "summarySheet"),
    font: reportFont(lang),
    columnWidths: SUMMARY_WIDTHS,
    ...grid.sheetParts(),
    charts,
    page: landscapePage(range(1, 1, last, SUMMARY_COLUMNS)),
    showGridlines: false,
    tabColor: COLORS.tab,
  };
}
