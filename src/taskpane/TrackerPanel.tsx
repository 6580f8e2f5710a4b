// Tracker panel: which sheet is the tracker, its size, and the fiscal year and quarter; one line once a tracker is found.
import React, { useState } from "react";
import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { QUARTERS, Quarter } from "../core/tracker/columns";
import { Detection, TrackerChoice } from "../host/pane-host";
import { formatCount } from "./format";
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
  // A select is as wide as its longest option unless told otherwise (200 % zoom leaves 175 px).
  select: { minWidth: 0, maxWidth: "100%" },
  selectElement: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  found: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  lineText: { minWidth: 0, overflowWrap: "break-word", color: tokens.colorNeutralForeground2 },
});

export interface TrackerPanelProps {
  readonly detection: Detection | null;
  readonly busy: boolean;
  readonly choice: TrackerChoice;
  readonly onChoice: (choice: TrackerChoice) => void;
  readonly onRedetect: () => void;
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
  const [open, setOpen] = useState(false);
  const missingColumn = detection?.problemKind === "missing-columns";

  // Once a tracker is found the settings fold into one line, so the actions and their results stay in view.
  if (tracker && !open) {
    const year = choice.fiscalYear ?? tracker.fiscalYear ?? t("noValue");
    const quarter = choice.quarter ?? tracker.quarter;
    return (
      <section className={styles.line} aria-labelledby="tracker-title" aria-busy={props.busy}>
        <Text as="h2" id="tracker-title" weight="semibold" size={300}>
          {t("trackerTitle")}
        </Text>
        <Text className={styles.lineText} data-testid="tracker-found">
          {t("trackerLine", { sheet: tracker.sheet, rows: formatCount(tracker.rows, lang), year, quarter })}
        </Text>
        <Button size="small" appearance="subtle" aria-expanded={false} onClick={() => setOpen(true)} data-testid="tracker-change">
          {t("changeSettings")}
        </Button>
        {props.templateNote && <Note intent="success">{props.templateNote}</Note>}
      </section>
    );
  }

  return (
    <section className={styles.panel} aria-labelledby="tracker-title" aria-busy={props.busy}>
      <Text as="h2" id="tracker-title" weight="semibold" size={400}>
        {t("trackerTitle")}
      </Text>
      {props.busy && !detection && <Spinner size="tiny" label={t("detecting")} />}
      {tracker && (
        <Text className={styles.found} data-testid="tracker-found">
          {t("trackerFound", { sheet: tracker.sheet, rows: formatCount(tracker.rows, lang), headerRow: tracker.headerRow })}
          {tracker.table ? ` · ${t("trackerTable", { table: tracker.table })}` : ""}
        </Text>
      )}
      {detection && !tracker && (
        <Note intent="warning">
          <strong>{t(missingColumn ? "trackerMissingColumn" : "noTracker")}</strong>
          {detection.problem ? ` — ${detection.problem[lang]}` : ""}
        </Note>
      )}
      <div className={styles.pickers}>
        <Field className={styles.picker} label={t("sheetLabel")}>
          <Select
            className={styles.select}
            select={{ className: styles.selectElement }}
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
            className={styles.select}
            select={{ className: styles.selectElement }}
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
            className={styles.select}
            select={{ className: styles.selectElement }}
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
        {tracker && (
          <Button size="small" appearance="primary" aria-expanded={true} onClick={() => setOpen(false)}>
            {t("hideSettings")}
          </Button>
        )}
      </div>
      {props.templateNote && <Note intent="success">{props.templateNote}</Note>}
    </section>
  );
}
