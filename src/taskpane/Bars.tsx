// Bars drawn in the pane (plain elements with theme tokens): % per department, the ministry as a marker, the plan target as a line.
import React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { barWidth, formatPct } from "./format";
import { useLang } from "./lang";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  caption: { fontWeight: tokens.fontWeightSemibold },
  legend: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  marker: { color: tokens.colorPaletteRedForeground2 },
  rows: {
    display: "grid",
    gridTemplateColumns: "minmax(70px, 38%) 1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  track: { position: "relative", height: "14px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { position: "absolute", left: 0, top: 0, bottom: 0, backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  total: { position: "absolute", top: "-2px", bottom: "-2px", borderLeft: `2px dashed ${tokens.colorPaletteRedBorder2}` },
  targetMarker: { color: tokens.colorNeutralForeground1 },
  target: { position: "absolute", top: "-3px", bottom: "-3px", borderLeft: `3px solid ${tokens.colorNeutralForeground1}` },
  value: { fontVariantNumeric: "tabular-nums", textAlign: "end", minWidth: "3.5em" },
});

export interface BarDatum {
  readonly label: string;
  /** The full name when `label` is a short one (shown as a tooltip). */
  readonly fullLabel?: string;
  readonly value: number | null;
}

interface Marker {
  readonly label: string;
  readonly value: number | null;
}

/**
 * Horizontal bars on a 0–100 scale; `total` marks a reference value (e.g. the ministry's %) on
 * every bar, `target` the plan's target as a solid line (told apart from `total` by style, not only colour).
 */
export function BarChart(props: { title: string; data: readonly BarDatum[]; total?: Marker; target?: Marker }) {
  const styles = useStyles();
  const { lang } = useLang();
  const total = props.total && props.total.value !== null ? props.total : null;
  const target = props.target && props.target.value !== null ? props.target : null;
  return (
    <figure className={styles.figure} aria-label={props.title} data-testid="bar-chart">
      <figcaption className={styles.caption}>{props.title}</figcaption>
      {total && (
        <span className={styles.legend}>
          <span className={styles.marker} aria-hidden="true">
            ┆{" "}
          </span>
          {`${total.label} ${formatPct(total.value, lang)}`}
        </span>
      )}
      {target && (
        <span className={styles.legend} data-testid="bar-target">
          <span className={styles.targetMarker} aria-hidden="true">
            ┃{" "}
          </span>
          {`${target.label} ${formatPct(target.value, lang)}`}
        </span>
      )}
      <div className={styles.rows}>
        {props.data.map((d, i) => (
          <React.Fragment key={`${d.label}-${i}`}>
            <span className={styles.label} title={d.fullLabel ?? d.label}>
              {d.label}
            </span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ width: `${barWidth(d.value)}%` }} />
              {total && <span className={styles.total} style={{ left: `${barWidth(total.value)}%` }} />}
              {target && <span className={styles.target} data-target={target.value} style={{ left: `${barWidth(target.value)}%` }} />}
            </span>
            <span className={styles.value}>{formatPct(d.value, lang)}</span>
          </React.Fragment>
        ))}
      </div>
    </figure>
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
