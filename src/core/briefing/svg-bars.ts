// Horizontal bar charts as inline SVG: labelled, named for screen readers, readable in grey print (no chart library).
import { visibleLength } from "../outputs/doc-kit";
import { clip, esc } from "./html";

export interface BarSeries {
  readonly name: string;
  /** Fill colour; series differ in lightness so they stay apart in grey print. */
  readonly fill: string;
}

export interface BarCategory {
  readonly label: string;
  /** One value per series; null draws no bar and says "–". */
  readonly values: readonly (number | null)[];
}

/** A vertical line across the plot: the ministry's figure or the plan target. */
export interface BarMarker {
  readonly label: string;
  readonly value: number;
  readonly style: "target" | "ministry";
}

export interface BarChartSpec {
  readonly id: string;
  readonly title: string;
  /** One sentence for screen readers: what the chart shows. */
  readonly description: string;
  readonly series: readonly BarSeries[];
  readonly categories: readonly BarCategory[];
  /** Scale maximum (100 for percentages); bars beyond it are drawn to it. */
  readonly max: number;
  readonly format: (value: number | null) => string;
  /** Axis tick labels (round numbers: no decimals needed). */
  readonly tickFormat?: (value: number) => string;
  readonly markers?: readonly BarMarker[];
}

const WIDTH = 360;
const LEFT = 12;
const RIGHT = 56;
const FONT = 13;
const BAR = 13;
const GAP = 3;
const LABEL_LINE = 17;
/** Visible characters of a category label per line at FONT in WIDTH. */
const LABEL_CHARS = 44;
const CATEGORY_GAP = 8;
const HALO = 'paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"';
const MARKER_STYLE = {
  target: 'stroke="#000" stroke-width="2.5"',
  ministry: 'stroke="#8b0000" stroke-width="2" stroke-dasharray="5 3"',
};

/** x of a value on the plot. */
function xOf(value: number, max: number): number {
  const plot = WIDTH - LEFT - RIGHT;
  const clamped = Math.max(0, Math.min(max, value));
  return LEFT + (max > 0 ? (clamped / max) * plot : 0);
}

/** Swatches for the series (when more than one) and the marker lines, wrapped to the chart's width. */
function legend(spec: BarChartSpec, y: number): { svg: string; height: number } {
  const items: string[] = [];
  let x = LEFT;
  let row = 0;
  const add = (swatch: (x: number, top: number) => string, text: string) => {
    const width = 26 + text.length * 7;
    if (x + width > WIDTH && x > LEFT) {
      x = LEFT;
      row++;
    }
    const top = y + row * LABEL_LINE;
    items.push(`${swatch(x, top)}<text x="${x + 20}" y="${top + 11}">${esc(text)}</text>`);
    x += width;
  };
  if (spec.series.length > 1) {
    for (const s of spec.series) {
      add((sx, top) => `<rect x="${sx}" y="${top}" width="14" height="12" fill="${s.fill}" stroke="#000" stroke-width="0.5"/>`, s.name);
    }
  }
  for (const m of spec.markers ?? []) {
    add((sx, top) => `<line x1="${sx + 7}" x2="${sx + 7}" y1="${top - 1}" y2="${top + 13}" ${MARKER_STYLE[m.style]}/>`, `${m.label} ${spec.format(m.value)}`);
  }
  return { svg: items.join(""), height: items.length ? (row + 1) * LABEL_LINE + 4 : 0 };
}

/** A category label on one line, or two when long (broken at a space), the rest cut with an ellipsis. */
function labelLines(label: string): string[] {
  if (visibleLength(label) <= LABEL_CHARS) return [label];
  const head = clip(label, LABEL_CHARS);
  const space = head.lastIndexOf(" ");
  const first = space > 0 ? label.slice(0, space) : head.slice(0, -1);
  return [first, clip(label.slice(first.length).trim(), LABEL_CHARS)];
}

/** One chart as an <svg> element with role="img", a <title> and a <desc>, and every value written beside its bar. */
export function barChartSvg(spec: BarChartSpec): string {
  const key = legend(spec, 4);
  let y = 4 + key.height + 14;
  const axisTop = y - 4;
  const parts: string[] = [];
  // Written last, over the marker lines, each with a white halo: a number is never hidden by a line.
  const values: string[] = [];
  for (const c of spec.categories) {
    for (const line of labelLines(c.label)) {
      values.push(`<text x="${LEFT}" y="${y + FONT - 2}" font-weight="bold" ${HALO}>${esc(line)}</text>`);
      y += LABEL_LINE;
    }
    c.values.forEach((v, i) => {
      const fill = spec.series[i]?.fill ?? "#444";
      const end = v === null ? LEFT : xOf(v, spec.max);
      if (v !== null) parts.push(`<rect x="${LEFT}" y="${y}" width="${(end - LEFT).toFixed(1)}" height="${BAR}" fill="${fill}"/>`);
      const prefix = spec.series.length > 1 ? `${spec.series[i].name}: ` : "";
      values.push(`<text x="${(end + 4).toFixed(1)}" y="${y + BAR - 2}" ${HALO}>${esc(prefix + spec.format(v))}</text>`);
      y += BAR + GAP;
    });
    y += CATEGORY_GAP;
  }
  const axisBottom = y - CATEGORY_GAP;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const x = xOf(spec.max * f, spec.max).toFixed(1);
    return `<line x1="${x}" x2="${x}" y1="${axisTop}" y2="${axisBottom}" stroke="#bbb" stroke-width="0.5"/><text x="${x}" y="${axisTop - 2}" text-anchor="middle" font-size="10" fill="#333">${esc((spec.tickFormat ?? spec.format)(spec.max * f))}</text>`;
  });
  const markers = (spec.markers ?? []).map((m) => {
    const x = xOf(m.value, spec.max).toFixed(1);
    return `<line x1="${x}" x2="${x}" y1="${axisTop}" y2="${axisBottom}" ${MARKER_STYLE[m.style]}/>`;
  });
  const height = Math.ceil(y);
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return [
    `<svg role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="${FONT}" fill="#111" data-chart="${esc(spec.id)}">`,
    `<title id="${titleId}">${esc(spec.title)}</title><desc id="${descId}">${esc(spec.description)}</desc>`,
    key.svg,
    ...ticks,
    ...parts,
    ...markers,
    ...values,
    "</svg>",
  ].join("");
}
