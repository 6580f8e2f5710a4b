// Figures panel: left-out rows first, then the ministry (explained), the chart, and cluster and department tables, as the summary sheet names them.
import React from "react";
import { Button, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { GroupFigures } from "../core/figures/types";
import { Lang } from "../core/findings";
import { departmentShortName } from "../core/outputs/doc-kit";
import { planLine } from "../core/outputs/plan-text";
import { PaneHost, TrackerChoice } from "../host/pane-host";
import { BarChart, InlineBar } from "./Bars";
import { BriefingAction } from "./BriefingAction";
import { formatCount, formatIsoDate, formatPct } from "./format";
import { MessageKey } from "./i18n";
import { useLang } from "./lang";
import { LeftOutWarning } from "./LeftOut";
import { useNarrow } from "./narrow";
import { Note, Problem } from "./Problem";
import { ShowRow, ShownRow } from "./RowPreview";
import { useAction } from "./use-action";
import { HiddenProjectsNote } from "./PrintedLayoutNotes";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  meta: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  ministry: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  explain: { color: tokens.colorNeutralForeground2 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  nameCell: { overflowWrap: "break-word" },
  table: { tableLayout: "auto" },
  cards: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  cardFields: { margin: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS },
  cardTerm: { color: tokens.colorNeutralForeground2, overflowWrap: "break-word", minWidth: 0 },
  cardValue: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

function nameOf(group: GroupFigures, lang: Lang): string {
  return lang === "th" ? group.name_th : group.name_en;
}

/** The columns of a group, named as in the summary sheet. */
const COLUMNS: readonly { key: MessageKey; value: (g: GroupFigures, lang: Lang, none: string) => string; bar?: (g: GroupFigures) => number | null; field: string }[] = [
  { key: "colReportedOf", value: (g, lang) => `${formatCount(g.reported, lang)} / ${formatCount(g.projects, lang)}`, field: "reported" },
  { key: "colProgress", value: (g, lang, none) => formatPct(g.progress_pct, lang, none), bar: (g) => g.progress_pct, field: "progress" },
  { key: "colWeighted", value: (g, lang, none) => formatPct(g.weighted_progress_pct, lang, none), field: "weighted" },
  { key: "colDisbursement", value: (g, lang, none) => formatPct(g.disbursement_pct, lang, none), bar: (g) => g.disbursement_pct, field: "disbursement" },
];

/** A wide pane: one table row per group. */
function GroupTable(props: { title: string; groups: readonly GroupFigures[]; testId: string }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  return (
    <Table size="extra-small" className={styles.table} aria-label={props.title} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("colName")}</TableHeaderCell>
          {COLUMNS.map((c) => (
            <TableHeaderCell key={c.key} className={styles.number}>
              {t(c.key)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.groups.map((g) => (
          <TableRow key={g.code} data-code={g.code}>
            <TableCell className={styles.nameCell}>{nameOf(g, lang)}</TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c.key} className={styles.number}>
                <span data-field={c.field}>{c.value(g, lang, t("noValue"))}</span>
                {c.bar && <InlineBar value={c.bar(g)} />}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A narrow pane (or 200 % zoom): each group a stacked card, nothing scrolls sideways. */
function GroupCards(props: { title: string; groups: readonly GroupFigures[]; testId: string }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  return (
    <ul className={styles.cards} aria-label={props.title} data-testid={props.testId}>
      {props.groups.map((g) => (
        <li key={g.code} className={styles.card} data-code={g.code}>
          <Text weight="semibold">{nameOf(g, lang)}</Text>
          <dl className={styles.cardFields}>
            {COLUMNS.map((c) => (
              <React.Fragment key={c.key}>
                <dt className={styles.cardTerm}>{t(c.key)}</dt>
                <dd className={styles.cardValue} data-field={c.field}>
                  {c.value(g, lang, t("noValue"))}
                </dd>
              </React.Fragment>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

export interface FiguresPanelProps {
  readonly host: PaneHost;
  readonly choice: TrackerChoice;
  readonly check: CheckResult | null;
  readonly onCheck: () => Promise<void>;
  readonly showRow: ShowRow;
}

export function FiguresPanel(props: FiguresPanelProps) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const narrow = useNarrow();
  const action = useAction();
  const figures = props.check?.analysis.figures ?? null;

  if (!props.check || !figures) {
    return (
      <section className={styles.panel} aria-label={t("tabFigures")} aria-busy={action.busy}>
        <Button appearance="primary" onClick={() => action.run(props.onCheck)} disabled={action.busy}>
          {t("computeFigures")}
        </Button>
        {action.busy && <Spinner size="tiny" label={t("checking")} />}
        <Problem error={action.error} onDismiss={action.clearError} />
      </section>
    );
  }
  const { ministry, clusters, departments } = figures;
  const Groups = narrow ? GroupCards : GroupTable;
  const none = t("noValue");
  // Short names when the pane is narrow; the full name stays in each bar's title (tooltip).
  const departmentBars = (pick: (d: GroupFigures) => number | null) =>
    departments.map((d) => ({
      label: narrow ? departmentShortName(props.check!.reference, d.code, lang) : nameOf(d, lang),
      fullLabel: nameOf(d, lang),
      value: pick(d),
    }));
  return (
    <section className={styles.panel} aria-label={t("tabFigures")}>
      <div className={styles.meta}>
        <Text weight="semibold">{t("figuresFor", { year: figures.fiscalYear ?? none, quarter: figures.quarter })}</Text>
        {figures.deadline && <Text>{t("deadline", { date: formatIsoDate(figures.deadline, lang) })}</Text>}
        <Text size={200} data-testid="plan-targets">
          {planLine(figures.targets, lang)}
        </Text>
        {props.check && <HiddenProjectsNote check={props.check} />}
      </div>
      <LeftOutWarning check={props.check} onShow={props.showRow.show} />
      <ShownRow check={props.check} showRow={props.showRow} />
      {figures.includedRows === 0 && <Note intent="warning">{t("noFigures")}</Note>}
      {props.check && <BriefingAction check={props.check} />}
      <div className={styles.ministry} data-testid="ministry">
        <Text as="h3" weight="semibold">{`${t("ministryTitle")} · ${nameOf(ministry, lang)}`}</Text>
        <Text size={200}>{t("colProgress")}</Text>
        <Text className={styles.big} data-testid="ministry-progress">
          {formatPct(ministry.progress_pct, lang, none)}
        </Text>
        <InlineBar value={ministry.progress_pct} />
        <Text data-testid="ministry-weighted">{`${t("colWeighted")}: ${formatPct(ministry.weighted_progress_pct, lang, none)}`}</Text>
        <Text>{`${t("colDisbursement")}: ${formatPct(ministry.disbursement_pct, lang, none)} (${t("planTarget")} ${formatPct(ministry.disbursement_target_pct, lang)})`}</Text>
        <Text>{`${t("colReportedOf")}: ${formatCount(ministry.reported, lang)} / ${formatCount(ministry.projects, lang)}`}</Text>
        <Text size={200} className={styles.explain} data-testid="ministry-explain">
          {t("ministryExplain", { reported: formatCount(ministry.reported, lang), projects: formatCount(ministry.projects, lang) })}
        </Text>
        <Text data-testid="ministry-behind">{t("behindPlan", { count: formatCount(ministry.behind_plan, lang) })}</Text>
      </div>
      {departments.length > 0 && (
        <BarChart
          title={t("progressChart")}
          data={departmentBars((d) => d.progress_pct)}
          total={{ label: t("ministryTitle"), value: ministry.progress_pct }}
          target={{ label: t("planTarget"), value: figures.targets.progress_pct }}
        />
      )}
      {departments.length > 0 && (
        <BarChart
          title={t("disbursementChart")}
          data={departmentBars((d) => d.disbursement_pct)}
          target={{ label: t("planTarget"), value: figures.targets.disbursement_pct }}
        />
      )}
      {clusters.length > 0 && (
        <>
          <Text as="h3" weight="semibold">
            {t("clustersTitle")}
          </Text>
          <Groups title={t("clustersTitle")} groups={clusters} testId="cluster-table" />
        </>
      )}
      <Text as="h3" weight="semibold">
        {t("departmentsTitle")}
      </Text>
      <Groups title={t("departmentsTitle")} groups={departments} testId="department-table" />
    </section>
  );
}
