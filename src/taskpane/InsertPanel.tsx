// Insert panel: choose the generated sheets, language and round; write them with progress; list what was made.
import React, { useState } from "react";
import { Button, Checkbox, Field, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ALL_OUTPUTS, OutputSelection, Round } from "../app/output-selection";
import { Lang } from "../core/findings";
import { PaneHost, ReportStep, TrackerChoice, WriteResult } from "../host/pane-host";
import { MessageKey, Translate } from "./i18n";
import { useLang } from "./lang";
import { saveFile } from "./download";
import { ActionResult, Problem } from "./Problem";
import { WrittenList } from "./WrittenList";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

const OUTPUT_LABELS: readonly [keyof OutputSelection, MessageKey][] = [
  ["summary", "outSummary"],
  ["charts", "outCharts"],
  ["memos", "outMemos"],
  ["linkage", "outLinkage"],
  ["validation", "outValidation"],
];

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

/** The bar moves with the sheets (reading and checking come first, packing last); the label names the step. */
export function reportProgress(step: ReportStep, t: Translate): Progress {
  switch (step.phase) {
    case "read":
      return { done: 0, total: 1, label: t("stepRead") };
    case "check":
      return { done: 0, total: 1, label: t("stepCheck") };
    case "sheet":
      return { done: step.done, total: step.total + 1, label: t("stepSheet", { done: step.done + 1, total: step.total, name: step.sheet ?? "" }) };
    case "pack":
      return { done: 1, total: 1, label: t("stepPack") };
  }
}

export function InsertPanel(props: { host: PaneHost; choice: TrackerChoice; onWritten?: (result: WriteResult) => void }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const [selection, setSelection] = useState<OutputSelection>(ALL_OUTPUTS);
  const [outputLang, setOutputLang] = useState<Lang>(lang);
  const [round, setRound] = useState<Round>("quarter");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<WriteResult | null>(null);
  const download = props.host.capabilities.output === "download";
  const nothing = OUTPUT_LABELS.every(([key]) => !selection[key]);

  const write = () =>
    action.run(async () => {
      setResult(null);
      // The workspace reads the file first; Excel starts by checking the open workbook.
      setProgress({ done: 0, total: 1, label: t(download ? "stepRead" : "stepCheck") });
      try {
        const written = await props.host.insert(selection, { ...props.choice, lang: outputLang, round }, (step) => setProgress(reportProgress(step, t)));
        if (written.download) saveFile(written.download);
        setResult(written);
        props.onWritten?.(written);
      } finally {
        setProgress(null);
      }
    });

  return (
    <section className={styles.panel} aria-label={t(download ? "tabReport" : "tabInsert")} aria-busy={action.busy}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("outputsLegend")}</legend>
        {OUTPUT_LABELS.map(([key, label]) => (
          <Checkbox
            key={key}
            label={t(label)}
            checked={selection[key]}
            onChange={(_, data) => setSelection({ ...selection, [key]: data.checked === true })}
          />
        ))}
      </fieldset>
      <Field label={t("outputLang")}>
        <RadioGroup layout="horizontal" value={outputLang} onChange={(_, data) => setOutputLang(data.value as Lang)}>
          <Radio value="th" label={t("langThai")} />
          <Radio value="en" label={t("langEnglish")} />
        </RadioGroup>
      </Field>
      <Field label={t("round")}>
        <RadioGroup value={round} onChange={(_, data) => setRound(data.value as Round)}>
          <Radio value="quarter" label={t("roundQuarter")} />
          <Radio value="import" label={t("roundImport")} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={write} disabled={action.busy || nothing}>
        {t(download ? "downloadButton" : "insertButton")}
      </Button>
      {nothing && <Text size={200}>{t("nothingSelected")}</Text>}
      {progress && (
        <Field label={progress.label} validationState="none" data-testid="report-progress">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} thickness="large" aria-label={progress.label} />
        </Field>
      )}
      <Problem error={action.error} onDismiss={action.clearError} />
      {result && (
        <ActionResult focus testId="report-done">
          {t(download ? "reportReady" : "sheetsInserted", { count: result.sheets.length })}
        </ActionResult>
      )}
      {result && <WrittenList host={props.host} result={result} />}
    </section>
  );
}
