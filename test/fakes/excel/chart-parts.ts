// Parts of a fake chart: title, axes, data labels, legend and series, each writing the chart's record.
import { FakeClientObject, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import type { FakeRange } from "./range";
import { FakeChartRecord, FakeChartSeriesRecord, FakeSheetArea, checkColor } from "./state";

export function sheetArea(range: FakeRange): FakeSheetArea {
  const r = range.resolveRange();
  if (!r)
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Chart data range is a null object.");
  return { sheetId: r.sheet.id, area: r.area };
}

/** A part of a chart that writes fields of the chart's record at sync time. */
export class ChartPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    protected readonly chart: () => FakeChartRecord
  ) {
    super(ctx, path);
  }
  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }
  protected field(
    describe: string,
    value: unknown,
    write: (c: FakeChartRecord) => void
  ): void {
    this.queue(`${describe} = ${JSON.stringify(value)}`, value, () => write(this.chart()));
  }
}

function num(v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid number ${String(v)}.`);
  return v;
}

export class FakeChartTitle extends ChartPart {
  set text(v: string) {
    this.field("text", v, (c) => void (c.title = v));
  }
}

export class FakeChartAxisTitle extends ChartPart {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    chart: () => FakeChartRecord,
    private readonly axis: "category" | "value"
  ) {
    super(ctx, path, chart);
  }
  set text(v: string) {
    this.field(
      "text",
      v,
      (c) => void (this.axis === "category" ? (c.categoryAxisTitle = v) : (c.valueAxisTitle = v))
    );
  }
}

export class FakeChartAxis extends ChartPart {
  readonly title: FakeChartAxisTitle;
  constructor(
    ctx: FakeRequestContext,
    path: string,
    chart: () => FakeChartRecord,
    private readonly axis: "category" | "value"
  ) {
    super(ctx, path, chart);
    this.title = sealed(new FakeChartAxisTitle(ctx, `${path}.title`, chart, axis));
  }
  set maximum(v: number) {
    this.valueOnly("maximum", v, (c) => void (c.valueAxisMaximum = num(v)));
  }
  set minimum(v: number) {
    this.valueOnly("minimum", v, (c) => void (c.valueAxisMinimum = num(v)));
  }
  set numberFormat(v: string) {
    this.valueOnly("numberFormat", v, (c) => void (c.valueAxisNumberFormat = v));
  }
  private valueOnly(
    name: string,
    v: unknown,
    write: (c: FakeChartRecord) => void
  ): void {
    this.field(
      name,
      v,
      (c) => {
        if (this.axis !== "value")
          throw new FakeOfficeError(
            FakeErrorCode.invalidArgument,
            `${name} is not supported on the category axis here.`
          );
        write(c);
      }
    );
  }
}

export class FakeChartDataLabels extends ChartPart {
  set showValue(v: boolean) {
    this.field("showValue", v, (c) => void (c.dataLabelsShowValue = v));
  }
  set numberFormat(v: string) {
    this.field("numberFormat", v, (c) => void (c.dataLabelsNumberFormat = v));
  }
}

export class FakeChartLegend extends ChartPart {
  set visible(v: boolean) {
    this.field("visible", v, (c) => void (c.legendVisible = v));
  }
}

export class FakeChartSeriesFill extends ChartPart {
  override get excelType(): string {
    return "ChartFill";
  }
  constructor(
    ctx: FakeRequestContext,
    path: string,
    chart: () => FakeChartRecord,
    private readonly series: () => FakeChartSeriesRecord
  ) {
    super(ctx, path, chart);
  }
  setSolidColor(color: string): void {
    this.queue(
      `setSolidColor(${JSON.stringify(color)})`,
      color,
      () => void (this.series().color = checkColor(color))
    );
  }
}

export class FakeChartSeries extends ChartPart {
  readonly format: { readonly fill: FakeChartSeriesFill };
  constructor(
    ctx: FakeRequestContext,
    path: string,
    chart: () => FakeChartRecord,
    private readonly series: () => FakeChartSeriesRecord
  ) {
    super(ctx, path, chart);
    this.format = Object.freeze({
      fill: sealed(new FakeChartSeriesFill(ctx, `${path}.format.fill`, chart, series)),
    });
  }
  set name(v: string) {
    this.field("name", v, () => void (this.series().name = v));
  }
  setValues(range: FakeRange): void {
    this.queue(`setValues(${range.objectPath})`, range.objectPath, () => {
      this.series().values = sheetArea(range);
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.queue(`setXAxisValues(${range.objectPath})`, range.objectPath, () => {
      this.series().xValues = sheetArea(range);
    });
  }
}

export class FakeChartSeriesCollection extends ChartPart {
  getItemAt(index: number): FakeChartSeries {
    return sealed(
      new FakeChartSeries(this.ctx, `${this.objectPath}.getItemAt(${index})`, this.chart, () => {
        const s = this.chart().series[index];
        if (!s) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `No series at ${index}.`);
        return s;
      })
    );
  }
  add(name?: string): FakeChartSeries {
    let created: FakeChartSeriesRecord | null = null;
    this.queue(`add(${JSON.stringify(name ?? "")})`, name ?? null, () => {
      const chart = this.chart();
      created = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: null,
        xValues: null,
        color: null,
      };
      chart.series.push(created);
    });
    return sealed(
      new FakeChartSeries(this.ctx, `${this.objectPath}.add(…)`, this.chart, () => {
        if (!created) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "Series not created.");
        return created;
      })
    );
  }
}
