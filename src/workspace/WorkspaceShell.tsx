// The web workspace: open a local .xlsx (picker, drag-and-drop, or the sample), then the same pane over it.
import React, { useEffect, useId, useMemo, useState } from "react";
import { Button, Label, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { readFileBytes } from "../host/uploads";
import { WorkspaceHost } from "../host/workspace-host";
import { useLang } from "../taskpane/lang";
import { ConsolidatePanel } from "../taskpane/ConsolidatePanel";
import { Pane } from "../taskpane/Pane";
import { Note, Problem } from "../taskpane/Problem";
import { useAction } from "../taskpane/use-action";

/** Same origin as the page: the sample ships with the build, nothing is fetched from elsewhere. */
export const SAMPLE_URL = "assets/sample-tracker.xlsx";
export const SAMPLE_NAME = "sample-tracker.xlsx";

const useStyles = makeStyles({
  opener: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  input: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1, maxWidth: "100%" },
});

export function WorkspaceShell() {
  const styles = useStyles();
  const { t } = useLang();
  const host = useMemo(() => new WorkspaceHost(), []);
  const opening = useAction();
  const inputId = useId();
  const [openedName, setOpenedName] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [pendingName, setPendingName] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [dropProblem, setDropProblem] = useState(false);

  const open = (name: string, read: () => Promise<Uint8Array>) =>
    opening.run(async () => {
      setPendingName(name);
      setDropProblem(false);
      try {
        await host.open(await read(), name);
        setOpenedName(name);
        setVersion((v) => v + 1);
      } finally {
        setPendingName(null);
      }
    });

  const openSample = () =>
    open(SAMPLE_NAME, async () => {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });

  // `workspace.html?sample=1` (what `npm run workspace` opens) starts with the sample loaded, once.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get("sample") === "1") openSample();
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

  return (
    <>
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
            className={styles.input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void open(file.name, () => readFileBytes(file));
            }}
          />
          <Text size={200}>{t("dropHere")}</Text>
          <div className={styles.row}>
            <Button onClick={openSample} disabled={opening.busy}>
              {t("openSample")}
            </Button>
            {pendingName && <Spinner size="tiny" label={t("opening", { file: pendingName })} />}
          </div>
        </div>
        {dropProblem && <Note intent="warning">{t("notXlsxDrop")}</Note>}
        <Problem error={opening.error} onDismiss={opening.clearError} />
        {openedName && (
          <Text weight="semibold" data-testid="opened-file">
            {t("openedFile", { file: openedName })}
          </Text>
        )}
      </section>
      {openedName ? (
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
