// Validation panel: the Check rows button, its result beside it, counts per rule first, the full list on top, each finding naming its project and clickable.
import React, { useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { ALL_OUTPUTS } from "../app/output-selection";
import { Finding, LocalText, countBySeverity } from "../core/findings";
import { PaneHost, TrackerChoice } from "../host/pane-host";
import { CSV_MIME, saveFile } from "./download";
import { findingsCsv } from "./findings-csv";
import { formatCount } from "./format";
import { FindingGroup, findingCells, groupFindings } from "./group-findings";
import { useLang } from "./lang";
import { ActionResult, Note, Problem } from "./Problem";
import { RowRef, rowOfFinding } from "./rows";
import { ShowRow, ShownRow } from "./RowPreview";
import { useAction } from "./use-action";
import { LayoutRowsNote } from "./PrintedLayoutNotes";

/** Findings listed per group; the full list and the Validation sheet have them all (a 100k-row tracker can have many). */
export const FINDINGS_SHOWN_PER_GROUP = 100;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px", minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  description: { overflowWrap: "break-word", minWidth: 0 },
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", maxWidth: "100%", minWidth: 0, height: "auto", fontWeight: tokens.fontWeightRegular },
  findingText: { display: "flex", flexDirection: "column", minWidth: 0, paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS, overflowWrap: "break-word" },
  project: { fontWeight: tokens.fontWeightSemibold },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  value: { color: tokens.colorNeutralForeground3 },
});

export interface CheckPanelProps {
  readonly host: PaneHost;
  readonly choice: TrackerChoice;
  readonly check: CheckResult | null;
  /** Re-reads (where the host needs it) and checks; the pane keeps the result. */
  readonly onCheck: () => Promise<void>;
  readonly showRow: ShowRow;
}

function FindingContent(props: { finding: Finding; row: RowRef | null }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { finding: f, row } = props;
  const project = row?.projectId ? [row.projectId, row.projectName].filter(Boolean).join(" · ") : t("projectUnnamed");
  return (
    <span className={styles.findingText}>
      <span className={styles.project}>{project}</span>
      <span className={styles.where}>{f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet} · ${t("findingRow", { row: f.row })}`}</span>
      <span>{f.message[lang]}</span>
      {f.value !== "" && <span className={styles.value}>“{f.value}”</span>}
    </span>
  );
}

function GroupItem(props: { group: FindingGroup; check: CheckResult; onShow: (ref: RowRef) => void }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { group, check } = props;
  const shown = group.findings.slice(0, FINDINGS_SHOWN_PER_GROUP);
  return (
    <AccordionItem value={group.key}>
      <AccordionHeader>
        <span className={styles.header}>
          <Badge className={styles.badge} appearance="filled" color={group.severity === "error" ? "danger" : "warning"}>
            {t(group.severity === "error" ? "severityError" : "severityWarning")}
          </Badge>
          <span className={styles.description}>{group.description[lang]}</span>
          <Badge className={styles.badge} appearance="tint" color="informative" aria-label={t("findingsOf", { count: formatCount(group.findings.length, lang) })}>
            {formatCount(group.findings.length, lang)}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list} data-rule={group.rule}>
          {shown.map((f, i) => {
            const row = rowOfFinding(check, f);
            const target = row && f.cell ? { ...row, cell: f.cell } : row;
            return (
              <li key={`${f.file}:${f.sheet}:${f.row}:${f.cell}:${i}`}>
                {target ? (
                  <Button
                    appearance="subtle"
                    className={styles.finding}
                    title={t("findingSelect", { cell: target.cell, sheet: f.sheet })}
                    onClick={() => props.onShow(target)}
                  >
                    <FindingContent finding={f} row={row} />
                  </Button>
                ) : (
                  <FindingContent finding={f} row={row} />
                )}
              </li>
            );
          })}
        </ul>
        {group.findings.length > shown.length && (
          <Text size={200}>{t("findingsMore", { shown: formatCount(shown.length, lang), total: formatCount(group.findings.length, lang) })}</Text>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/** The whole list, on top: a CSV download in the workspace, the Validation sheet in Excel. */
function FullList(props: { host: PaneHost; choice: TrackerChoice; check: CheckResult }) {
  const { lang, t } = useLang();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const download = props.host.capabilities.output === "download";
  const run = () =>
    action.run(async () => {
      setDone(null);
      if (download) {
        const fileName = `${props.host.label.replace(/\.xlsx$/i, "") || "tracker"}-findings.csv`;
        saveFile({ fileName, bytes: new TextEncoder().encode(findingsCsv(props.check, lang)) }, document, CSV_MIME);
        setDone(t("findingsSaved", { file: fileName }));
      } else {
        const only = { ...ALL_OUTPUTS, summary: false, charts: false, memos: false, linkage: false };
        const written = await props.host.insert(only, { ...props.choice, lang, round: "quarter" });
        setDone(t("findingsInserted", { sheet: written.sheets[0]?.name ?? "" }));
      }
    });
  return (
    <>
      <div>
        <Button onClick={run} disabled={action.busy} data-testid="full-list">
          {t(download ? "downloadFindings" : "insertFindings")}
        </Button>
      </div>
      <Problem error={action.error} onDismiss={action.clearError} />
      {done && <ActionResult focus>{done}</ActionResult>}
    </>
  );
}

export function CheckPanel(props: CheckPanelProps) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const action = useAction();
  const [note, setNote] = useState<string | null>(null);
  const [hostNotes, setHostNotes] = useState<readonly LocalText[]>([]);
  const { check, host } = props;
  const findings = check?.analysis.findings ?? [];
  const counts = countBySeverity(findings);
  const groups = groupFindings(findings);
  const rows = check ? check.trackers.reduce((n, tr) => n + tr.rows, 0) : 0;
  const capped = groups.some((g) => g.findings.length > FINDINGS_SHOWN_PER_GROUP);
  const count = (n: number) => formatCount(n, lang);

  const runCheck = () =>
    action.run(async () => {
      setNote(null);
      setHostNotes([]);
      await props.onCheck();
    });
  const highlight = () =>
    action.run(async () => {
      const done = await host.highlight(findingCells(findings));
      setNote(t("highlighted", { count: count(done.cells) }));
      setHostNotes(done.notes);
    });
  const clear = () =>
    action.run(async () => {
      await host.clearHighlight();
      setNote(t("highlightCleared"));
      setHostNotes([]);
    });

  return (
    <section className={styles.panel} aria-label={t("tabCheck")} aria-busy={action.busy}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={runCheck} disabled={action.busy}>
          {t("runCheck")}
        </Button>
        {host.capabilities.highlight && check && findings.length > 0 && (
          <>
            <Button onClick={highlight} disabled={action.busy}>
              {t("highlight")}
            </Button>
            <Button onClick={clear} disabled={action.busy}>
              {t("clearHighlight")}
            </Button>
          </>
        )}
        {action.busy && <Spinner size="tiny" label={t("checking")} />}
      </div>
      {check && (
        <Text role="status" data-testid="check-summary">
          {findings.length === 0 ? t("noFindings") : t("checkSummary", { errors: count(counts.errors), warnings: count(counts.warnings), rows: count(rows) })}
        </Text>
      )}
      <Problem error={action.error} onDismiss={action.clearError} />
      {note && <ActionResult>{note}</ActionResult>}
      {hostNotes.map((n) => (
        <Note key={n.en} intent="warning">
          {t("note", { text: n[lang] })}
        </Note>
      ))}
      {check && findings.length > 0 && (
        <>
          {capped && <Text size={200}>{t("findingsCapped", { shown: count(FINDINGS_SHOWN_PER_GROUP), total: count(findings.length) })}</Text>}
          <FullList host={host} choice={props.choice} check={check} />
        </>
      )}
      {check && <LayoutRowsNote check={check} />}
      <ShownRow check={check} showRow={props.showRow} />
      {check && groups.length > 0 && (
        <Accordion multiple collapsible data-testid="finding-groups">
          {groups.map((group) => (
            <GroupItem key={group.key} group={group} check={check} onShow={props.showRow.show} />
          ))}
        </Accordion>
      )}
    </section>
  );
}
