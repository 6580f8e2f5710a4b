// The web workspace: a first-run panel, then open a local .xlsx (picker, drop, or the sample) and the same pane over it; the opener folds to one line.
import React, { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button, Label, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { readFileBytes } from "../host/uploads";
import { FileRead, WorkspaceHost } from "../host/workspace-host";
import { saveFile } from "../taskpane/download";
import { FirstRun } from "../taskpane/FirstRun";
import { useLang } from "../taskpane/lang";
import { ConsolidatePanel } from "../taskpane/ConsolidatePanel";
import { Pane } from "../taskpane/Pane";
import { ActionResult, Note, Problem } from "../taskpane/Problem";
import { useAction } from "../taskpane/use-action";

/** Same origin as the page: the sample ships with the build, nothing is fetched from elsewhere. */
export const SAMPLE_URL = "assets/sample-tracker.xlsx";
export const SAMPLE_NAME = "sample-tracker.xlsx";

const useStyles = makeStyles({
  opener: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  input: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1, maxWidth: "100%", minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  lineText: { minWidth: 0, overflowWrap: "break-word" },
});

async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch(SAMPLE_URL, { cache: "no-store" });
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function WorkspaceShell() {
  const styles = useStyles();
  const { lang, t } = useLang();
  const host = useMemo(() => new WorkspaceHost(), []);
  const opening = useAction();
  const inputId = useId();
  const [read, setRead] = useState<FileRead | null>(null);
  const [version, setVersion] = useState(0);
  const [pendingName, setPendingName] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [dropProblem, setDropProblem] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [templateNote, setTemplateNote] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // Every read (opening, and each re-read before a check) updates the time shown beside the file name.
  useEffect(() => {
    host.onRead = setRead;
    return () => {
      host.onRead = null;
    };
  }, [host]);

  const open = (name: string, bytes: () => Promise<Uint8Array>) =>
    opening.run(async () => {
      setPendingName(name);
      setDropProblem(false);
      try {
        await host.open(await bytes(), name, bytes);
        setExpanded(false);
        setVersion((v) => v + 1);
      } finally {
        setPendingName(null);
      }
    });

  const openSample = () => open(SAMPLE_NAME, fetchSample);
  const getTemplate = () =>
    opening.run(async () => {
      const made = await host.makeTemplate(lang);
      if (made.download) {
        saveFile(made.download);
        setTemplateNote(t("templateDownloaded", { file: made.download.fileName }));
      }
    });

  // `workspace.html?sample=1` (what `npm run workspace` opens) starts with the sample loaded, once.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get("sample") === "1") void openSample();
  }, []);

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = Array.from(e.dataTransfer.files).find((f) => /\.xlsx$/i.test(f.name));
    if (!file || e.dataTransfer.files.length !== 1) {
      setDropProblem(true);
      return;
    }
    void open(file.name, () => readFileBytes(file));
  };

  const time = read ? new Intl.DateTimeFormat(lang === "th" ? "th-TH" : "en-GB", { timeStyle: "medium" }).format(read.readAt) : "";
  const folded = read !== null && !expanded;
  return (
    <>
      {!read && <FirstRun onSample={openSample} onTemplate={getTemplate} busy={opening.busy} />}
      {templateNote && <ActionResult focus>{templateNote}</ActionResult>}
      {folded ? (
        <section className={styles.line} aria-label={t("chooseFile")}>
          <Text className={styles.lineText} weight="semibold" data-testid="opened-file">
            {t("openedLine", { file: read.fileName, time })}
          </Text>
          <Button size="small" appearance="subtle" aria-expanded={false} onClick={() => setExpanded(true)}>
            {t("openAnother")}
          </Button>
        </section>
      ) : (
        <section className={styles.opener} aria-labelledby="ws-open-title">
          <Text id="ws-open-title">{t("wsIntro")}</Text>
          <div
            className={mergeClasses(styles.drop, dragging && styles.dragging)}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <Label htmlFor={inputId} weight="semibold">
              {t("chooseFile")}
            </Label>
            <input
              id={inputId}
              ref={input}
              className={styles.input}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                // Cleared once read: choosing the same file again (after fixing it) must fire a change.
                if (file) void open(file.name, () => readFileBytes(file)).finally(() => input.current && (input.current.value = ""));
              }}
            />
            <Text size={200}>{t("dropHere")}</Text>
            <div className={styles.row}>
              {read && (
                <Button onClick={openSample} disabled={opening.busy}>
                  {t("openSample")}
                </Button>
              )}
              {pendingName && <Spinner size="tiny" label={t("opening", { file: pendingName })} />}
            </div>
          </div>
          {read && (
            <Text weight="semibold" data-testid="opened-file">
              {t("openedLine", { file: read.fileName, time })}
            </Text>
          )}
        </section>
      )}
      {dropProblem && <Note intent="warning">{t("notXlsxDrop")}</Note>}
      <Problem error={opening.error} onDismiss={opening.clearError} />
      {read ? (
        <Pane key={version} host={host} />
      ) : (
        // Consolidating needs no open tracker: PYP staff start from the departments' files.
        <section aria-labelledby="ws-consolidate-title" className={styles.opener}>
          <Text as="h2" id="ws-consolidate-title" weight="semibold" size={400}>
            {t("tabConsolidate")}
          </Text>
          <ConsolidatePanel host={host} />
        </section>
      )}
    </>
  );
}
