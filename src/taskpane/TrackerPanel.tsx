// Tracker panel: which sheet is the tracker, its size, and the fiscal year and quarter to report.
import React from "react";
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { QUARTERS, Quarter } from "../core/tracker/columns";
import { Detection, TrackerChoice } from "../host/pane-host";
import { useLang } from "./lang";
import { Note } from "./Problem";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // One column in a narrow task pane, three side by side in the wide workspace.
  pickers: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 200px), 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  picker: { minWidth: 0 },
  found: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface TrackerPanelProps {
  readonly detection: Detection | null;
  readonly busy: boolean;
  readonly choice: TrackerChoice;
  readonly onChoice: (choice: TrackerChoice) => void;
  readonly onRedetect: () => void;
  readonly onMakeTemplate: () => void;
  /** Message after the template was made (sheets added, or file saved). */
  readonly templateNote: string | null;
}

const AUTO = "";

export function TrackerPanel(props: TrackerPanelProps) {
  const styles = useStyles();
  const { t, lang } = useLang();
  const { detection, choice } = props;
  const tracker = detection?.tracker ?? null;
  const sheetOptions = detection?.sheets ?? [];
  const years = tracker?.fiscalYears ?? [];

  return (
    <section className={styles.panel} aria-labelledby="tracker-title" aria-busy={props.busy}>
      <Text as="h2" id="tracker-title" weight="semibold" size={400}>
        {t("trackerTitle")}
      </Text>
      {props.busy && !detection && <Spinner size="tiny" label={t("detecting")} />}
      {tracker && (
        <Text className={styles.found} data-testid="tracker-found">
          {t("trackerFound", { sheet: tracker.sheet, rows: tracker.rows, headerRow: tracker.headerRow })}
          {tracker.table ? ` · ${t("trackerTable", { table: tracker.table })}` : ""}
        </Text>
      )}
      {detection && !tracker && (
        <Note intent="warning">
          <strong>{t("noTracker")}</strong>
          {detection.problem ? ` — ${detection.problem[lang]}` : ""}
        </Note>
      )}
      <div className={styles.pickers}>
        <Field className={styles.picker} label={t("sheetLabel")}>
          <Select
            value={choice.sheet ?? AUTO}
            disabled={props.busy || sheetOptions.length === 0}
            onChange={(_, data) => props.onChoice({ ...choice, sheet: data.value === AUTO ? undefined : data.value })}
          >
            <option value={AUTO}>{t("sheetAuto")}</option>
            {sheetOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.picker} label={t("fiscalYearLabel")}>
          <Select
            value={choice.fiscalYear === undefined ? AUTO : String(choice.fiscalYear)}
            disabled={props.busy || !tracker}
            onChange={(_, data) => props.onChoice({ ...choice, fiscalYear: data.value === AUTO ? undefined : Number(data.value) })}
          >
            <option value={AUTO}>{tracker?.fiscalYear ? t("fiscalYearAuto", { year: tracker.fiscalYear }) : t("fiscalYearNone")}</option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.picker} label={t("quarterLabel")}>
          <Select
            value={choice.quarter === undefined ? AUTO : String(choice.quarter)}
            disabled={props.busy || !tracker}
            onChange={(_, data) => props.onChoice({ ...choice, quarter: data.value === AUTO ? undefined : (Number(data.value) as Quarter) })}
          >
            <option value={AUTO}>{t("quarterAuto", { quarter: tracker?.quarter ?? 1 })}</option>
            {QUARTERS.map((q) => (
              <option key={q} value={String(q)}>
                {t("quarterOption", { quarter: q })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button size="small" onClick={props.onRedetect} disabled={props.busy}>
          {t("redetect")}
        </Button>
        {detection && !tracker && (
          <Button size="small" appearance="primary" onClick={props.onMakeTemplate} disabled={props.busy}>
            {t("makeTemplate")}
          </Button>
        )}
      </div>
      {props.templateNote && <Note intent="success">{props.templateNote}</Note>}
    </section>
  );
}
