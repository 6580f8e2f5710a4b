// Bars drawn in the pane (SVG with theme tokens): progress % per department with the ministry total as a line.
import React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { barWidth, formatPct } from "./format";
import { useLang } from "./lang";

const useStyles = makeStyles({
  chart: { width: "100%", height: "auto", display: "block" },
  track: { fill: tokens.colorNeutralBackground3 },
  bar: { fill: tokens.colorBrandBackground },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground2, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  total: { stroke: tokens.colorPaletteRedBorder2, strokeWidth: 2, strokeDasharray: "4 3" },
  totalLabel: { fill: tokens.colorPaletteRedForeground2, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
});

export interface BarDatum {
  readonly label: string;
  readonly value: number | null;
}

const ROW = 22;
const LABEL_WIDTH = 120;
const VALUE_WIDTH = 52;
const WIDTH = 340;
const TRACK = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** Horizontal bars on a 0–100 scale; `total` draws a dashed vertical line (e.g. the ministry's %). */
export function BarChart(props: { title: string; data: readonly BarDatum[]; total?: { label: string; value: number | null } }) {
  const styles = useStyles();
  const { lang } = useLang();
  const top = props.total ? 16 : 4;
  const height = top + props.data.length * ROW + 4;
  const totalX = props.total && props.total.value !== null ? LABEL_WIDTH + (barWidth(props.total.value) / 100) * TRACK : null;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={props.title}>
      <title>{props.title}</title>
      {props.data.map((d, i) => {
        const y = top + i * ROW;
        return (
          <g key={`${d.label}-${i}`}>
            <text className={styles.label} x={LABEL_WIDTH - 6} y={y + 14} textAnchor="end">
              {d.label.length > 18 ? `${d.label.slice(0, 17)}…` : d.label}
            </text>
            <rect className={styles.track} x={LABEL_WIDTH} y={y + 4} width={TRACK} height={ROW - 8} rx={2} />
            <rect className={styles.bar} x={LABEL_WIDTH} y={y + 4} width={(barWidth(d.value) / 100) * TRACK} height={ROW - 8} rx={2} />
            <text className={styles.value} x={LABEL_WIDTH + TRACK + 4} y={y + 14}>
              {formatPct(d.value, lang)}
            </text>
          </g>
        );
      })}
      {totalX !== null && props.total && (
        <g>
          <line className={styles.total} x1={totalX} x2={totalX} y1={12} y2={height - 2} />
          <text className={styles.totalLabel} x={totalX} y={10} textAnchor="middle">
            {`${props.total.label} ${formatPct(props.total.value, lang)}`}
          </text>
        </g>
      )}
    </svg>
  );
}

/** A thin bar inside a table cell (decorative: the number beside it is the content). */
export function InlineBar(props: { value: number | null }) {
  const styles = useInlineStyles();
  return (
    <span className={styles.track} aria-hidden="true">
      <span className={styles.bar} style={{ width: `${barWidth(props.value)}%` }} />
    </span>
  );
}

const useInlineStyles = makeStyles({
  track: { display: "block", height: "6px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: "hidden" },
  bar: { display: "block", height: "100%", backgroundColor: tokens.colorBrandBackground },
});
