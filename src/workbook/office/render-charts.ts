// Native Excel charts from a SheetDoc: clustered bar/column charts fed from cells of their own sheet.
import { DocChart, RangeRef } from "../../core/outputs/sheet-doc";
import { cellAddress } from "../../core/cell";
import { rangeAddress } from "./areas";
import { payloadBytes } from "./budget";
import { note } from "./notes";
import { RenderContext, hexColor } from "./render-context";

function rangeOf(rc: RenderContext, r: RangeRef): Excel.Range {
  return rc.sheet.getRange(rangeAddress(r));
}

/** Operations one chart queues besides its series (for the request budget). */
const CHART_OPERATIONS = 10;

/**
 * Each chart is added from its first series' values, then every series gets its values, categories,
 * name and colour explicitly, so Excel never guesses series from the layout of the cells.
 */
export async function writeCharts(rc: RenderContext, charts: readonly DocChart[]): Promise<void> {
  for (const chart of charts) {
    if (chart.series.length === 0) continue;
    await rc.batch.reserve(payloadBytes(chart), CHART_OPERATIONS + chart.series.length * 5);
    const type =
      chart.type === "bar" ? Excel.ChartType.barClustered : Excel.ChartType.columnClustered;
    const first = chart.series[0].values;
    // One series from the first values range, whichever way it runs.
    const isRow = first.firstRow === first.lastRow && first.lastColumn > first.firstColumn;
    const seriesBy = isRow ? Excel.ChartSeriesBy.rows : Excel.ChartSeriesBy.columns;
    const added = rc.sheet.charts.add(type, rangeOf(rc, first), seriesBy);
    added.name = chart.id;
    added.title.text = chart.title;
    added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
    added.axes.valueAxis.title.text = chart.valueAxisTitle;
    if (chart.valueMax !== undefined) {
      added.axes.valueAxis.minimum = 0;
      added.axes.valueAxis.maximum = chart.valueMax;
    }
    added.legend.visible = chart.series.length > 1;
    chart.series.forEach((s, i) => {
      const series = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
      if (i > 0) series.setValues(rangeOf(rc, s.values));
      series.setXAxisValues(rangeOf(rc, chart.categories));
      series.name = s.name;
      series.format.fill.setSolidColor(hexColor(s.color));
    });
    // Data labels once every series exists: whether chart-level labels reach a series added later is
    // not documented (Excel.Chart.dataLabels), so they are never set before one.
    added.dataLabels.showValue = chart.dataLabels;
    if (rc.features.chartNumberFormats) {
      added.axes.valueAxis.numberFormat = chart.numberFormat;
      if (chart.dataLabels) added.dataLabels.numberFormat = chart.numberFormat;
    } else if (!rc.notes.some((n) => n.code === "no-chart-number-formats")) {
      rc.notes.push(note("no-chart-number-formats"));
    }
    const { row, column, rows, columns } = chart.anchor;
    added.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
  }
}
