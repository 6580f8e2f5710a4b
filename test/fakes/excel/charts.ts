// Charts of the fake: type, title, axes, data labels, series with their ranges and colours, position.
import { Area, areaAddress, parseArea, splitSheet } from "./address";
import { FakeClientObject, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import { FakeChartRecord, FakeChartSeriesRecord, FakeSheetArea, checkColor, newId } from "./state";
import type { FakeWorksheet } from "./worksheet";

const CHART_TYPES = ["BarClustered", "ColumnClustered", "BarStacked", "ColumnStacked", "Line", "Pie"];
const SERIES_BY = ["Auto", "Columns", "Rows"];

function sheetArea(range: FakeRange): FakeSheetArea {
  const r = range.resolveRange();
  if (!r) throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Chart data range is a null object.");
  return { sheetId: r.sheet.id, area: r.area };
}

function column(area: Area, j: number): Area {
  return { ...area, column: area.column + j, columns: 1 };
}

/** A part of a chart that writes fields of the chart's record at sync time. */
class ChartPart extends FakeClientObject {
  constructor(ctx: FakeRequestContext, path: string, protected readonly chart: () => FakeChartRecord) {
    super(ctx, path);
  }
  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }
  protected field(describe: string, value: unknown, write: (c: FakeChartRecord) => void, minor = 1): void {
    this.queue(`${describe} = ${JSON.stringify(value)}`, value, () => {
      this.requireApi(minor, `${this.constructor.name}.${describe}`);
      write(this.chart());
    });
  }
}

function num(v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid number ${String(v)}.`);
  return v;
}

export class FakeChartTitle extends ChartPart {
  set text(v: string) { this.field("text", v, (c) => void (c.title = v)); }
}

export class FakeChartAxisTitle extends ChartPart {
  constructor(ctx: FakeRequestContext, path: string, chart: () => FakeChartRecord, private readonly axis: "category" | "value") {
    super(ctx, path, chart);
  }
  set text(v: string) {
    this.field("text", v, (c) => void (this.axis === "category" ? (c.categoryAxisTitle = v) : (c.valueAxisTitle = v)));
  }
}

export class FakeChartAxis extends ChartPart {
  readonly title: FakeChartAxisTitle;
  constructor(ctx: FakeRequestContext, path: string, chart: () => FakeChartRecord, private readonly axis: "category" | "value") {
    super(ctx, path, chart);
    this.title = sealed(new FakeChartAxisTitle(ctx, `${path}.title`, chart, axis));
  }
  set maximum(v: number) { this.valueOnly("maximum", v, (c) => void (c.valueAxisMaximum = num(v))); }
  set minimum(v: number) { this.valueOnly("minimum", v, (c) => void (c.valueAxisMinimum = num(v))); }
  set numberFormat(v: string) { this.valueOnly("numberFormat", v, (c) => void (c.valueAxisNumberFormat = v), 8); }
  private valueOnly(name: string, v: unknown, write: (c: FakeChartRecord) => void, minor = 1): void {
    this.field(name, v, (c) => {
      if (this.axis !== "value") throw new FakeOfficeError(FakeErrorCode.invalidArgument, `${name} is not supported on the category axis here.`);
      write(c);
    }, minor);
  }
}

export class FakeChartDataLabels extends ChartPart {
  set showValue(v: boolean) { this.field("showValue", v, (c) => void (c.dataLabelsShowValue = v)); }
  set numberFormat(v: string) { this.field("numberFormat", v, (c) => void (c.dataLabelsNumberFormat = v), 8); }
}

export class FakeChartLegend extends ChartPart {
  set visible(v: boolean) { this.field("visible", v, (c) => void (c.legendVisible = v)); }
}

export class FakeChartSeriesFill extends ChartPart {
  constructor(ctx: FakeRequestContext, path: string, chart: () => FakeChartRecord, private readonly series: () => FakeChartSeriesRecord) {
    super(ctx, path, chart);
  }
  setSolidColor(color: string): void {
    this.queue(`setSolidColor(${JSON.stringify(color)})`, color, () => void (this.series().color = checkColor(color)));
  }
}

export class FakeChartSeries extends ChartPart {
  readonly format: { readonly fill: FakeChartSeriesFill };
  constructor(ctx: FakeRequestContext, path: string, chart: () => FakeChartRecord, private readonly series: () => FakeChartSeriesRecord) {
    super(ctx, path, chart);
    this.format = Object.freeze({ fill: sealed(new FakeChartSeriesFill(ctx, `${path}.format.fill`, chart, series)) });
  }
  set name(v: string) { this.field("name", v, () => void (this.series().name = v)); }
  setValues(range: FakeRange): void {
    this.queue(`setValues(${range.objectPath})`, range.objectPath, () => {
      this.requireApi(7, "ChartSeries.setValues");
      this.series().values = sheetArea(range);
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.queue(`setXAxisValues(${range.objectPath})`, range.objectPath, () => {
      this.requireApi(7, "ChartSeries.setXAxisValues");
      this.series().xValues = sheetArea(range);
    });
  }
}

export class FakeChartSeriesCollection extends ChartPart {
  getItemAt(index: number): FakeChartSeries {
    return sealed(new FakeChartSeries(this.ctx, `${this.objectPath}.getItemAt(${index})`, this.chart, () => {
      const s = this.chart().series[index];
      if (!s) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `No series at ${index}.`);
      return s;
    }));
  }
  add(name?: string): FakeChartSeries {
    let created: FakeChartSeriesRecord | null = null;
    this.queue(`add(${JSON.stringify(name ?? "")})`, name ?? null, () => {
      this.requireApi(7, "ChartSeriesCollection.add");
      const chart = this.chart();
      created = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null, color: null };
      chart.series.push(created);
    });
    return sealed(new FakeChartSeries(this.ctx, `${this.objectPath}.add(…)`, this.chart, () => {
      if (!created) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "Series not created.");
      return created;
    }));
  }
}

export class FakeChart extends ChartPart {
  readonly title = sealed(new FakeChartTitle(this.ctx, `${this.objectPath}.title`, this.chart));
  readonly dataLabels = sealed(new FakeChartDataLabels(this.ctx, `${this.objectPath}.dataLabels`, this.chart));
  readonly legend = sealed(new FakeChartLegend(this.ctx, `${this.objectPath}.legend`, this.chart));
  readonly series = sealed(new FakeChartSeriesCollection(this.ctx, `${this.objectPath}.series`, this.chart));
  readonly axes = Object.freeze({
    categoryAxis: sealed(new FakeChartAxis(this.ctx, `${this.objectPath}.axes.categoryAxis`, this.chart, "category")),
    valueAxis: sealed(new FakeChartAxis(this.ctx, `${this.objectPath}.axes.valueAxis`, this.chart, "value")),
  });

  set name(v: string) { this.field("name", v, (c) => void (c.name = v)); }

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
  constructor(ctx: FakeRequestContext, path: string, private readonly sheet: FakeWorksheet) {
    super(ctx, path, () => {
      throw new Error("collection has no chart");
    });
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartRecord | null = null;
    this.queue(`add(${JSON.stringify(type)}, ${sourceData.objectPath}, ${JSON.stringify(seriesBy)})`, null, () => {
      if (!CHART_TYPES.includes(type)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid chart type "${String(type)}".`);
      if (!SERIES_BY.includes(seriesBy)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid seriesBy "${String(seriesBy)}".`);
      const sheet = this.sheet.resolveSheet();
      const source = sheetArea(sourceData);
      const series = Array.from({ length: source.area.columns }, (_, j): FakeChartSeriesRecord => ({
        name: `Series${j + 1}`,
        values: { sheetId: source.sheetId, area: column(source.area, j) },
        xValues: null,
        color: null,
      }));
      created = {
        id: newId(this.ctx.state, "chart-"), name: `Chart ${sheet.charts.length + 1}`, type, seriesBy, title: null,
        categoryAxisTitle: null, valueAxisTitle: null, valueAxisMaximum: null, valueAxisMinimum: null, valueAxisNumberFormat: null,
        dataLabelsShowValue: false, dataLabelsNumberFormat: null, legendVisible: true, series, position: null,
      };
      sheet.charts.push(created);
    });
    return sealed(new FakeChart(this.ctx, `${this.objectPath}.add(…)`, () => {
      if (!created) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "Chart not created.");
      return created;
    }));
  }
}
