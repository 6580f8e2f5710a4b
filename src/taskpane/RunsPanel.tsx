// The runs the add-in inserted, each with Remove (Excel cannot undo an add-in's writes): SPEC §7.
import React, { useCallback, useEffect, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { GeneratedRun } from "../core/outputs/runs";
import { PaneHost } from "../host/pane-host";
import { MessageKey } from "./i18n";
import { useLang } from "./lang";
import { Note, Problem } from "./Problem";
import { useAction } from "./use-action";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  run: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  sheets: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const ROUND_LABELS: Record<GeneratedRun["round"], MessageKey> = {
  quarter: "roundQuarter",
  import: "roundImport",
  template: "runTemplate",
  consolidate: "runConsolidate",
  compare: "runCompare",
};

/**
 * Lists the host's runs and removes one on request (after a confirming second click). `version`
 * changes when the pane wrote something, so the list is read again. Hosts without runs show nothing.
 */
export function RunsPanel(props: { host: PaneHost; version?: number }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const { host } = props;
  const [runs, setRuns] = useState<GeneratedRun[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string[] | null>(null);
  const supported = host.listRuns !== undefined && host.removeRun !== undefined;

  const reload = useCallback(async () => {
    if (host.listRuns) setRuns(await host.listRuns());
  }, [host]);

  useEffect(() => {
    if (supported) void action.run(reload);
    // action.run is stable; reading again whenever the pane wrote something.
  }, [supported, reload, props.version, action.run]);

  if (!supported) return null;

  const remove = (id: string) =>
    action.run(async () => {
      setConfirming(null);
      setRemoved(await host.removeRun!(id));
      await reload();
    });

  const when = (iso: string) => (iso ? new Date(iso).toLocaleString(lang === "th" ? "th-TH" : "en-GB") : "");

  return (
    <section className={styles.panel} aria-label={t("runsTitle")} aria-busy={action.busy}>
      <Note>{t("undoNote")}</Note>
      <Text weight="semibold">{t("runsTitle")}</Text>
      {runs !== null && runs.length === 0 && <Text>{t("noRuns")}</Text>}
      {runs !== null && runs.length > 0 && (
        <ul className={styles.list}>
          {runs.map((run) => {
            const label = t("runLabel", {
              kind: t(ROUND_LABELS[run.round]),
              year: run.fiscalYear,
              quarter: run.quarter,
              time: when(run.writtenAt),
            });
            return (
              <li key={run.id} className={styles.run}>
                <Text>{run.quarter > 0 ? label : t("runLabelNoQuarter", { kind: t(ROUND_LABELS[run.round]), year: run.fiscalYear, time: when(run.writtenAt) })}</Text>
                <Text size={200} className={styles.sheets}>
                  {run.sheets.join(", ")}
                </Text>
                <div className={styles.buttons}>
                  {confirming === run.id ? (
                    <>
                      <Button size="small" appearance="primary" disabled={action.busy} onClick={() => void remove(run.id)}>
                        {t("removeConfirm", { count: run.sheets.length })}
                      </Button>
                      <Button size="small" onClick={() => setConfirming(null)}>
                        {t("cancel")}
                      </Button>
                    </>
                  ) : (
                    <Button size="small" disabled={action.busy} onClick={() => setConfirming(run.id)} aria-label={`${t("removeRun")}: ${label}`}>
                      {t("removeRun")}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {removed !== null && <Note intent="success">{t("runRemoved", { sheets: removed.join(", ") || "–" })}</Note>}
      <Problem error={action.error} onDismiss={action.clearError} />
    </section>
  );
}
