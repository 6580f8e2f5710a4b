// DrawingML for one native clustered bar/column chart (xl/charts/chartN.xml), fed from cells of its own sheet.
import { columnLetters } from "../../../core/cell";
import { ChartSeries, DocChart, RangeRef } from "../../../core/outputs/sheet-doc";
import { escapeXml } from "../xml";

const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Ids tying the bar chart to its two axes (any unsigned ints, unique within the chart). */
const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

/** The cell values the chart's caches are filled from (so viewers draw without recalculating). */
export type CellLookup = (row: number, column: number) => string | number | null;

export interface ChartFont {
  readonly name: string;
  /** Base size in points; titles are drawn a little larger. */
  readonly size: number;
}

/** `'Sheet name'!$A$5:$A$10`, quoting the sheet name as Excel does (apostrophes doubled). */
export function absoluteRange(sheet: string, range: RangeRef): string {
  const corner = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const from = corner(range.firstRow, range.firstColumn);
  const to = corner(range.lastRow, range.lastColumn);
  return `${quoted}!${from === to ? from : `${from}:${to}`}`;
}

/** Cells of a range in reading order (a chart range is one row or one column). */
function rangeCells(range: RangeRef): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  for (let row = range.firstRow; row <= range.lastRow; row++) {
    for (let column = range.firstColumn; column <= range.lastColumn; column++)
      cells.push({ row, column });
  }
  return cells;
}

function runProperties(font: ChartFont, size: number, bold: boolean, color?: string): string {
  const fill = color ? `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` : "";
  const face = escapeXml(font.name);
  return (
    `<a:defRPr sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}">${fill}` +
    `<a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface="${face}"/></a:defRPr>`
  );
}

/** Text properties (`c:txPr`) giving every label of an element the chart font. */
function textProperties(font: ChartFont, size: number, bold = false, color?: string): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(font, size, bold, color)}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;
}

function title(text: string, font: ChartFont, size: number): string {
  const face = escapeXml(font.name);
  const run =
    `<a:r><a:rPr lang="th-TH" sz="${Math.round(size * 100)}" b="1">` +
    `<a:latin typeface="${face}"/><a:ea typeface="${face}"/><a:cs typeface="${face}"/></a:rPr>` +
    `<a:t>${escapeXml(text)}</a:t></a:r>`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(font, size, true)}</a:pPr>${run}</a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function stringCache(values: (string | null)[]): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`))
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numberCache(values: (number | null)[], format: string): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function categoryText(value: string | number | null): string | null {
  if (value === null) return null;
  return typeof value === "number" ? String(value) : value;
}

function seriesNumber(value: string | number | null): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function dataLabels(chart: DocChart, font: ChartFont): string {
  if (!chart.dataLabels) return "";
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.numberFormat)}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(font, font.size - 1)}` +
    `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function series(
  chart: DocChart,
  s: ChartSeries,
  index: number,
  sheet: string,
  lookup: CellLookup,
  font: ChartFont
): string {
  const categories = rangeCells(chart.categories).map((c) => categoryText(lookup(c.row, c.column)));
  const values = rangeCells(s.values).map((c) => seriesNumber(lookup(c.row, c.column)));
  const color = /^[0-9A-Fa-f]{6}$/.test(s.color) ? s.color.toUpperCase() : "1F4E79";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    dataLabels(chart, font) +
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRange(sheet, chart.categories))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRange(sheet, s.values))}</c:f>${numberCache(values, chart.numberFormat)}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

const GRIDLINE = `<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>`;

/**
 * The value axis shows whole numbers when its scale reaches 10 or more: ticks fall on round values,
 * and "20.00" labels only crowd the axis (data labels keep the chart's own format).
 */
export function valueAxisFormat(format: string, scaleMax: number): string {
  return scaleMax >= 10 ? format.replace(/\.[0#?]+/g, "") : format;
}

function axes(chart: DocChart, font: ChartFont, largestValue: number): string {
  const horizontal = chart.type === "bar";
  // horizontal bars list the first category at the top, as the table beside them does
  const categoryOrientation = horizontal ? "maxMin" : "minMax";
  const limits =
    chart.valueMax === undefined ? "" : `<c:max val="${chart.valueMax}"/><c:min val="0"/>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${categoryOrientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>${title(chart.categoryAxisTitle, font, font.size)}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${textProperties(font, font.size)}<c:crossAx val="${VALUE_AXIS_ID}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>${limits}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines>${GRIDLINE}</c:majorGridlines>` +
    `${title(chart.valueAxisTitle, font, font.size)}` +
    `<c:numFmt formatCode="${escapeXml(valueAxisFormat(chart.numberFormat, chart.valueMax ?? largestValue))}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(font, font.size)}` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return categoryAxis + valueAxis;
}

/** The whole chart part. Series names are literal text; categories and values point at the sheet. */
export function chartXml(
  chart: DocChart,
  sheet: string,
  lookup: CellLookup,
  font: ChartFont
): string {
  const allSeries = chart.series.map((s, i) => series(chart, s, i, sheet, lookup, font)).join("");
  const largestValue = Math.max(
    0,
    ...chart.series.flatMap((s) =>
      rangeCells(s.values).map((c) => Math.abs(seriesNumber(lookup(c.row, c.column)) ?? 0))
    )
  );
  const legend =
    chart.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(font, font.size)}</c:legend>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<c:lang val="th-TH"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, font, font.size + 2)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${chart.type === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${allSeries}<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>` +
    `${axes(chart, font, largestValue)}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProperties(font, font.size)}</c:chartSpace>`
  );
}
