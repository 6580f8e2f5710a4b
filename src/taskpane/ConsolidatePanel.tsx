// Consolidate panel: pick department .xlsx files, see each with its rows and fiscal year (choose one when they differ), write one master tracker.
import React, { useId, useState } from "react";
import { Button, Field, Label, ProgressBar, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ConsolidateResult, ConsolidatedFile, PaneHost } from "../host/pane-host";
import { inspectTrackerFiles } from "../host/uploads";
import { LocalText } from "../core/findings";
import { saveFile } from "./download";
import { formatCount } from "./format";
import { useLang } from "./lang";
import { ActionResult, Note, Problem } from "./Problem";
import { WrittenList } from "./WrittenList";
import { Progress } from "./InsertPanel";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  input: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1, maxWidth: "100%", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "break-word" },
});

/** The files' fiscal years, most rows first (the default choice), then newest. */
export function yearsOf(files: readonly ConsolidatedFile[]): number[] {
  const rows = new Map<number, number>();
  for (const f of files) if (f.fiscalYear !== null) rows.set(f.fiscalYear, (rows.get(f.fiscalYear) ?? 0) + f.rows);
  return [...rows.keys()].sort((a, b) => rows.get(b)! - rows.get(a)! || b - a);
}

function FileList(props: { files: readonly ConsolidatedFile[]; testId: string }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  return (
    <ul className={styles.list} data-testid={props.testId}>
      {props.files.map((f) => (
        <li key={f.name}>{t("fileLine", { name: f.name, rows: formatCount(f.rows, lang), year: f.fiscalYear ?? t("noValue") })}</li>
      ))}
    </ul>
  );
}

function Duplicates(props: { result: ConsolidateResult }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { duplicates } = props.result;
  if (duplicates.length === 0) return <Note intent="success">{t("noDuplicates")}</Note>;
  return (
    <section aria-labelledby="duplicates-title">
      <Text as="h3" id="duplicates-title" weight="semibold">
        {t("duplicatesTitle", { count: formatCount(duplicates.length, lang) })}
      </Text>
      <ul className={styles.list} data-testid="duplicates">
        {duplicates.map((f, i) => (
          <li key={`${f.file}:${f.row}:${f.rule}:${i}`}>
            <Text>{`${f.file} › ${f.sheet}!${f.cell ?? f.row}: ${f.message[lang]}`}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ConsolidatePanel(props: { host: PaneHost }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const inputId = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [found, setFound] = useState<{ files: ConsolidatedFile[]; skipped: { name: string; problem: LocalText }[] } | null>(null);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ConsolidateResult | null>(null);
  const years = found ? yearsOf(found.files) : [];

  const choose = (chosen: File[]) => {
    setFiles(chosen);
    setFound(null);
    setResult(null);
    setYear(undefined);
    if (chosen.length === 0) return;
    void action.run(async () => {
      const seen = await inspectTrackerFiles(chosen);
      setFound(seen);
      setYear(yearsOf(seen.files)[0]);
    });
  };

  const consolidate = () =>
    action.run(async () => {
      setResult(null);
      setProgress({ done: 0, total: files.length, label: "" });
      try {
        const done = await props.host.consolidate(files, lang, (d, total, label) => setProgress({ done: d, total, label }), { fiscalYear: year });
        if (done.download) saveFile(done.download);
        setResult(done);
      } finally {
        setProgress(null);
      }
    });

  const rows = result ? result.files.reduce((n, f) => n + f.rows, 0) : 0;
  const skipped = result?.skipped ?? found?.skipped ?? [];
  return (
    <section className={styles.panel} aria-label={t("tabConsolidate")} aria-busy={action.busy}>
      <Text>{t("consolidateIntro")}</Text>
      <div className={styles.picker}>
        <Label htmlFor={inputId}>{t("chooseFiles")}</Label>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => choose(Array.from(e.currentTarget.files ?? []))}
        />
        {files.length > 0 && <Text size={200}>{t("filesChosen", { count: formatCount(files.length, lang) })}</Text>}
        {action.busy && !progress && <Text size={200}>{t("readingFiles")}</Text>}
      </div>
      {found && found.files.length > 0 && (
        <section aria-labelledby="files-read-title">
          <Text as="h3" id="files-read-title" weight="semibold">
            {t("filesRead")}
          </Text>
          <FileList files={found.files} testId="consolidate-files" />
        </section>
      )}
      {years.length > 1 && (
        <>
          <Note intent="warning">{t("yearsDiffer", { years: years.join(", ") })}</Note>
          <Field label={t("consolidateYear")}>
            <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))} data-testid="consolidate-year">
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      <Button appearance="primary" onClick={consolidate} disabled={action.busy || files.length === 0}>
        {t("consolidateButton")}
      </Button>
      {progress && (
        <Field label={t("consolidating", { label: progress.label })}>
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} thickness="large" />
        </Field>
      )}
      <Problem error={action.error} onDismiss={action.clearError} />
      {found && found.files.length === 0 && <Note intent="warning">{t("noUsableFiles")}</Note>}
      {skipped.map((s) => (
        <Note key={s.name} intent="warning">
          {t("skippedFile", { name: s.name, problem: s.problem[lang] })}
        </Note>
      ))}
      {result && result.files.length > 0 && (
        <>
          <ActionResult focus>{t("consolidated", { rows: formatCount(rows, lang), files: formatCount(result.files.length, lang) })}</ActionResult>
          <FileList files={result.files} testId="consolidated-files" />
          <WrittenList host={props.host} result={result} />
          <Duplicates result={result} />
        </>
      )}
    </section>
  );
}
