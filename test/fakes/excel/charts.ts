// Charts of the fake: type, title, axes, data labels, series with their ranges and colours, position.
import { Area, areaAddress, parseArea, splitSheet } from "./address";
import { sealed } from "./client-object";
import {
  ChartPart,
  FakeChartAxis,
  FakeChartDataLabels,
  FakeChartLegend,
  FakeChartSeriesCollection,
  FakeChartTitle,
  sheetArea,
} from "./chart-parts";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import { FakeChartRecord, FakeChartSeriesRecord, newId } from "./state";
import type { FakeWorksheet } from "./worksheet";

const CHART_TYPES = [
  "BarClustered",
  "ColumnClustered",
  "BarStacked",
  "ColumnStacked",
  "Line",
  "Pie",
];
const SERIES_BY = ["Auto", "Columns", "Rows"];

/**
 * The series a new chart takes from its source: one per column ("Columns") or one per row ("Rows").
 * Excel.ChartSeriesBy in @types/office-js: "In Excel on the web, "auto" will simply default to
 * "columns"" — the fake follows the web (on desktop "auto" guesses from the shape, which no test should
 * rely on).
 */
function seriesAreas(area: Area, seriesBy: string): Area[] {
  if (seriesBy === "Rows")
    return Array.from({ length: area.rows }, (_, i) => ({ ...area, row: area.row + i, rows: 1 }));
  return Array.from({ length: area.columns }, (_, j) => ({
    ...area,
    column: area.column + j,
    columns: 1,
  }));
}

export class FakeChart extends ChartPart {
  readonly title = sealed(new FakeChartTitle(this.ctx, `${this.objectPath}.title`, this.chart));
  readonly dataLabels = sealed(
    new FakeChartDataLabels(this.ctx, `${this.objectPath}.dataLabels`, this.chart)
  );
  readonly legend = sealed(new FakeChartLegend(this.ctx, `${this.objectPath}.legend`, this.chart));
  readonly series = sealed(
    new FakeChartSeriesCollection(this.ctx, `${this.objectPath}.series`, this.chart)
  );
  readonly axes = Object.freeze({
    categoryAxis: sealed(
      new FakeChartAxis(this.ctx, `${this.objectPath}.axes.categoryAxis`, this.chart, "category")
    ),
    valueAxis: sealed(
      new FakeChartAxis(this.ctx, `${this.objectPath}.axes.valueAxis`, this.chart, "value")
    ),
  });

  set name(v: string) {
    this.field("name", v, (c) => void (c.name = v));
  }

  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    const text = (r: FakeRange | string) => (typeof r === "string" ? r : r.objectPath);
    this.queue(`setPosition(${text(start)}, ${end === undefined ? "" : text(end)})`, null, () => {
      const local = (r: FakeRange | string) => {
        if (typeof r === "string") return parseArea(splitSheet(r).local);
        return sheetArea(r).area;
      };
      const a = local(start);
      const b = end === undefined ? null : local(end);
      const addr = (x: Area) => areaAddress({ row: x.row, column: x.column, rows: 1, columns: 1 });
      this.chart().position = { start: addr(a), end: b ? addr(b) : null };
    });
  }
}

export class FakeChartCollection extends ChartPart {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheet: FakeWorksheet
  ) {
    super(ctx, path, () => {
      throw new Error("collection has no chart");
    });
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartRecord | null = null;
    this.queue(
      `add(${JSON.stringify(type)}, ${sourceData.objectPath}, ${JSON.stringify(seriesBy)})`,
      null,
      () => {
        if (!CHART_TYPES.includes(type))
          throw new FakeOfficeError(
            FakeErrorCode.invalidArgument,
            `Invalid chart type "${String(type)}".`
          );
        if (!SERIES_BY.includes(seriesBy))
          throw new FakeOfficeError(
            FakeErrorCode.invalidArgument,
            `Invalid seriesBy "${String(seriesBy)}".`
          );
        const sheet = this.sheet.resolveSheet();
        const source = sheetArea(sourceData);
        const series = seriesAreas(source.area, seriesBy).map(
          (area, j): FakeChartSeriesRecord => ({
            name: `Series${j + 1}`,
            values: { sheetId: source.sheetId, area },
            xValues: null,
            color: null,
          })
        );
        created = {
          id: newId(this.ctx.state, "chart-"),
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          seriesBy,
          title: null,
          categoryAxisTitle: null,
          valueAxisTitle: null,
          valueAxisMaximum: null,
          valueAxisMinimum: null,
          valueAxisNumberFormat: null,
          dataLabelsShowValue: false,
          dataLabelsNumberFormat: null,
          legendVisible: true,
          series,
          position: null,
        };
        sheet.charts.push(created);
      }
    );
    return sealed(
      new FakeChart(this.ctx, `${this.objectPath}.add(…)`, () => {
        if (!created) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "Chart not created.");
        return created;
      })
    );
  }
}
