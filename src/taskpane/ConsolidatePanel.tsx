// Consolidate panel: pick department .xlsx files, write one master tracker, list skipped files and duplicates.
import React, { useId, useState } from "react";
import { Button, Field, Label, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ConsolidateResult, PaneHost } from "../host/pane-host";
import { saveFile } from "./download";
import { useLang } from "./lang";
import { Note, Problem } from "./Problem";
import { WrittenList } from "./WrittenList";
import { Progress } from "./InsertPanel";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  input: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1, maxWidth: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

function Duplicates(props: { result: ConsolidateResult }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { duplicates } = props.result;
  if (duplicates.length === 0) return <Note intent="success">{t("noDuplicates")}</Note>;
  return (
    <section aria-labelledby="duplicates-title">
      <Text as="h3" id="duplicates-title" weight="semibold">
        {t("duplicatesTitle", { count: duplicates.length })}
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
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ConsolidateResult | null>(null);

  const consolidate = () =>
    action.run(async () => {
      setResult(null);
      setProgress({ done: 0, total: files.length, label: "" });
      try {
        const done = await props.host.consolidate(files, lang, (d, total, label) => setProgress({ done: d, total, label }));
        if (done.download) saveFile(done.download);
        setResult(done);
      } finally {
        setProgress(null);
      }
    });

  const rows = result ? result.files.reduce((n, f) => n + f.rows, 0) : 0;
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
          onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
        />
        {files.length > 0 && <Text size={200}>{t("filesChosen", { count: files.length })}</Text>}
      </div>
      <Button appearance="primary" onClick={consolidate} disabled={action.busy || files.length === 0}>
        {t("consolidateButton")}
      </Button>
      {progress && (
        <Field label={t("consolidating", { label: progress.label })}>
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} thickness="large" />
        </Field>
      )}
      <Problem error={action.error} onDismiss={action.clearError} />
      {result && result.files.length === 0 && <Note intent="warning">{t("noUsableFiles")}</Note>}
      {result &&
        result.skipped.map((s) => (
          <Note key={s.name} intent="warning">
            {t("skippedFile", { name: s.name, problem: s.problem[lang] })}
          </Note>
        ))}
      {result && result.files.length > 0 && (
        <>
          <Text role="status">{t("consolidated", { rows, files: result.files.length })}</Text>
          <WrittenList host={props.host} result={result} />
          <Duplicates result={result} />
        </>
      )}
    </section>
  );
}
