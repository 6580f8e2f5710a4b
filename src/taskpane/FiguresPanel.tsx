// Figures panel: ministry, cluster and department progress with bars, from the same check the Check panel ran.
import React from "react";
import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { GroupFigures } from "../core/figures/types";
import { Lang } from "../core/findings";
import { PaneHost, TrackerChoice } from "../host/pane-host";
import { BarChart, InlineBar } from "./Bars";
import { formatCount, formatIsoDate, formatPct } from "./format";
import { useLang } from "./lang";
import { Note, Problem } from "./Problem";
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
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  nameCell: { overflowWrap: "anywhere" },
  table: { tableLayout: "auto" },
});

function nameOf(group: GroupFigures, lang: Lang): string {
  return lang === "th" ? group.name_th : group.name_en;
}

function GroupTable(props: { title: string; groups: readonly GroupFigures[]; testId: string }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  return (
    <Table size="extra-small" className={styles.table} aria-label={props.title} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("colName")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("colProjects")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("colProgress")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("colDisbursement")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.groups.map((g) => (
          <TableRow key={g.code} data-code={g.code}>
            <TableCell className={styles.nameCell}>{nameOf(g, lang)}</TableCell>
            <TableCell className={styles.number}>
              {formatCount(g.reported, lang)}/{formatCount(g.projects, lang)}
            </TableCell>
            <TableCell className={styles.number}>
              <span data-field="progress">{formatPct(g.progress_pct, lang, t("noValue"))}</span>
              <InlineBar value={g.progress_pct} />
            </TableCell>
            <TableCell className={styles.number}>
              <span data-field="disbursement">{formatPct(g.disbursement_pct, lang, t("noValue"))}</span>
              <InlineBar value={g.disbursement_pct} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function FiguresPanel(props: { host: PaneHost; choice: TrackerChoice; check: CheckResult | null; onChecked: (c: CheckResult) => void }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const compute = () => action.run(async () => props.onChecked(await props.host.check(props.choice)));
  const figures = props.check?.analysis.figures ?? null;

  if (!figures) {
    return (
      <section className={styles.panel} aria-label={t("tabFigures")} aria-busy={action.busy}>
        <Button appearance="primary" onClick={compute} disabled={action.busy}>
          {t("computeFigures")}
        </Button>
        {action.busy && <Spinner size="tiny" label={t("checking")} />}
        <Problem error={action.error} onDismiss={action.clearError} />
      </section>
    );
  }
  const { ministry, clusters, departments, exclusions } = figures;
  return (
    <section className={styles.panel} aria-label={t("tabFigures")}>
      <div className={styles.meta}>
        <Text weight="semibold">{t("figuresFor", { year: figures.fiscalYear ?? t("noValue"), quarter: figures.quarter })}</Text>
        {figures.deadline && <Text>{t("deadline", { date: formatIsoDate(figures.deadline, lang) })}</Text>}
        {figures.excludedRows > 0 && (
          <Text size={200}>
            {t("excluded", { count: figures.excludedRows, otherYear: exclusions.otherYear, withErrors: exclusions.withErrors })}
          </Text>
        )}
        {props.check && <HiddenProjectsNote check={props.check} />}
      </div>
      {figures.includedRows === 0 && <Note intent="warning">{t("noFigures")}</Note>}
      <div className={styles.ministry} data-testid="ministry">
        <Text weight="semibold">{`${t("ministryTitle")} · ${nameOf(ministry, lang)}`}</Text>
        <Text size={200}>{t("colProgress")}</Text>
        <Text className={styles.big} data-testid="ministry-progress">
          {formatPct(ministry.progress_pct, lang, t("noValue"))}
        </Text>
        <InlineBar value={ministry.progress_pct} />
        <Text>{`${t("colDisbursement")} ${formatPct(ministry.disbursement_pct, lang, t("noValue"))} · ${t("colReported")} ${formatCount(ministry.reported, lang)}/${formatCount(ministry.projects, lang)}`}</Text>
      </div>
      {departments.length > 0 && (
        <BarChart
          title={t("progressChart")}
          data={departments.map((d) => ({ label: nameOf(d, lang), value: d.progress_pct }))}
          total={{ label: t("ministryTitle"), value: ministry.progress_pct }}
        />
      )}
      {clusters.length > 0 && (
        <>
          <Text as="h3" weight="semibold">
            {t("clustersTitle")}
          </Text>
          <GroupTable title={t("clustersTitle")} groups={clusters} testId="cluster-table" />
        </>
      )}
      <Text as="h3" weight="semibold">
        {t("departmentsTitle")}
      </Text>
      <GroupTable title={t("departmentsTitle")} groups={departments} testId="department-table" />
    </section>
  );
}
