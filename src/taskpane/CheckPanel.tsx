// Check panel: run the rules, findings grouped by rule and severity with counts; a finding selects its cell.
import React, { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { Finding, LocalText, countBySeverity } from "../core/findings";
import { PaneHost, TrackerChoice } from "../host/pane-host";
import { FindingGroup, findingCells, groupFindings } from "./group-findings";
import { useLang } from "./lang";
import { Note, Problem } from "./Problem";
import { useAction } from "./use-action";
import { LayoutRowsNote } from "./PrintedLayoutNotes";

/** Findings listed per group; the validation sheet has them all (a 100k-row tracker can have many). */
export const FINDINGS_SHOWN_PER_GROUP = 100;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  description: { overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  finding: { justifyContent: "flex-start", textAlign: "start", width: "100%", height: "auto", fontWeight: tokens.fontWeightRegular },
  findingText: { display: "flex", flexDirection: "column", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  value: { color: tokens.colorNeutralForeground3 },
});

export interface CheckPanelProps {
  readonly host: PaneHost;
  readonly choice: TrackerChoice;
  readonly check: CheckResult | null;
  readonly onChecked: (check: CheckResult) => void;
}

function FindingContent(props: { finding: Finding }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const f = props.finding;
  return (
    <span className={styles.findingText}>
      <span className={styles.where}>
        {f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet} · ${t("findingRow", { row: f.row })}`}
      </span>
      <span>{f.message[lang]}</span>
      {f.value !== "" && <span className={styles.value}>“{f.value}”</span>}
    </span>
  );
}

function GroupItem(props: { group: FindingGroup; host: PaneHost; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { group } = props;
  const shown = group.findings.slice(0, FINDINGS_SHOWN_PER_GROUP);
  const canSelect = props.host.capabilities.navigate;
  return (
    <AccordionItem value={group.key}>
      <AccordionHeader>
        <span className={styles.header}>
          <Badge className={styles.badge} appearance="filled" color={group.severity === "error" ? "danger" : "warning"}>
            {t(group.severity === "error" ? "severityError" : "severityWarning")}
          </Badge>
          <span className={styles.description}>{group.description[lang]}</span>
          <Badge className={styles.badge} appearance="tint" color="informative" aria-label={t("findingsOf", { count: group.findings.length })}>
            {group.findings.length}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list} data-rule={group.rule}>
          {shown.map((f, i) => (
            <li key={`${f.file}:${f.sheet}:${f.row}:${f.cell}:${i}`}>
              {canSelect && f.cell ? (
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  title={t("findingSelect", { cell: f.cell, sheet: f.sheet })}
                  onClick={() => props.onSelect(f)}
                >
                  <FindingContent finding={f} />
                </Button>
              ) : (
                <FindingContent finding={f} />
              )}
            </li>
          ))}
        </ul>
        {group.findings.length > shown.length && (
          <Text size={200}>{t("findingsMore", { shown: shown.length, total: group.findings.length })}</Text>
        )}
      </AccordionPanel>
    </AccordionItem>
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

  const runCheck = () =>
    action.run(async () => {
      setNote(null);
      setHostNotes([]);
      props.onChecked(await host.check(props.choice));
    });
  const highlight = () =>
    action.run(async () => {
      const done = await host.highlight(findingCells(findings));
      setNote(t("highlighted", { count: done.cells }));
      setHostNotes(done.notes);
    });
  const clear = () =>
    action.run(async () => {
      await host.clearHighlight();
      setNote(t("highlightCleared"));
      setHostNotes([]);
    });
  const select = (f: Finding) => action.run(() => host.selectCell({ sheet: f.sheet, address: f.cell! }));

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
      <Problem error={action.error} onDismiss={action.clearError} />
      {note && <Note intent="success">{note}</Note>}
      {hostNotes.map((n) => (
        <Note key={n.en} intent="warning">
          {t("note", { text: n[lang] })}
        </Note>
      ))}
      {check && (
        <Text role="status" data-testid="check-summary">
          {findings.length === 0 ? t("noFindings") : t("checkSummary", { errors: counts.errors, warnings: counts.warnings, rows })}
        </Text>
      )}
      {check && <LayoutRowsNote check={check} />}
      {groups.length > 0 && (
        <Accordion multiple collapsible data-testid="finding-groups">
          {groups.map((group) => (
            <GroupItem key={group.key} group={group} host={host} onSelect={select} />
          ))}
        </Accordion>
      )}
    </section>
  );
}
