// Compare panel: pick the earlier tracker .xlsx, changes grouped by kind with counts; a change selects its cell.
import React, { useId, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Label, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CompareResult } from "../app/compare";
import { KIND_LABELS } from "../core/compare/labels";
import { CHANGE_KINDS, Change, ChangeKind, ShownValue } from "../core/compare/types";
import { Lang } from "../core/findings";
import { TEMPLATE_HEADERS } from "../core/tracker/columns";
import { PaneHost, TrackerChoice, WriteResult } from "../host/pane-host";
import { compareTranslator } from "./compare-i18n";
import { saveFile } from "./download";
import { useLang } from "./lang";
import { Note, Problem } from "./Problem";
import { useAction } from "./use-action";
import { WrittenList } from "./WrittenList";

/** Changes listed per kind; the comparison sheet has them all. */
export const CHANGES_SHOWN_PER_KIND = 100;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  picker: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  input: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1, maxWidth: "100%" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  change: { justifyContent: "flex-start", textAlign: "start", width: "100%", height: "auto", fontWeight: tokens.fontWeightRegular },
  changeText: { display: "flex", flexDirection: "column", paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  values: { color: tokens.colorNeutralForeground3 },
});

const NUMBERS: Record<Lang, Intl.NumberFormat> = {
  th: new Intl.NumberFormat("th-TH", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

function shown(value: ShownValue, lang: Lang): string {
  if (value === null) return "–";
  return typeof value === "number" ? NUMBERS[lang].format(value) : value;
}

function ChangeContent(props: { change: Change }) {
  const styles = useStyles();
  const { lang } = useLang();
  const tc = compareTranslator(lang);
  const c = props.change;
  const where = c.newCell?.cell ? `${c.newCell.sheet}!${c.newCell.cell}` : tc("earlierCell", { cell: `${c.oldCell?.sheet}!${c.oldCell?.cell}` });
  return (
    <span className={styles.changeText}>
      <span className={styles.where}>{`${c.projectId} · ${where}`}</span>
      <span>{c.projectName}</span>
      {/* A project added or removed is the whole row: its name above says it all. */}
      {c.column && <span className={styles.values}>{`${TEMPLATE_HEADERS[c.column][lang]}: ${shown(c.oldValue, lang)} → ${shown(c.newValue, lang)}`}</span>}
    </span>
  );
}

function KindItem(props: { kind: ChangeKind; changes: readonly Change[]; host: PaneHost; onSelect: (c: Change) => void }) {
  const styles = useStyles();
  const { lang } = useLang();
  const tc = compareTranslator(lang);
  const { changes } = props;
  const listed = changes.slice(0, CHANGES_SHOWN_PER_KIND);
  return (
    <AccordionItem value={props.kind}>
      <AccordionHeader>
        <span className={styles.header}>
          <span>{KIND_LABELS[lang][props.kind]}</span>
          <Badge className={styles.badge} appearance="tint" color="informative" aria-label={tc("changesOf", { count: changes.length })}>
            {changes.length}
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list} data-kind={props.kind}>
          {listed.map((c, i) => (
            <li key={`${c.projectId}:${c.column}:${i}`}>
              {props.host.capabilities.navigate && c.newCell?.cell ? (
                <Button appearance="subtle" className={styles.change} title={tc("changeSelect", { cell: c.newCell.cell, sheet: c.newCell.sheet })} onClick={() => props.onSelect(c)}>
                  <ChangeContent change={c} />
                </Button>
              ) : (
                <ChangeContent change={c} />
              )}
            </li>
          ))}
        </ul>
        {changes.length > listed.length && <Text size={200}>{tc("changesMore", { shown: listed.length, total: changes.length })}</Text>}
      </AccordionPanel>
    </AccordionItem>
  );
}

function Results(props: { result: CompareResult; host: PaneHost; onSelect: (c: Change) => void }) {
  const { lang } = useLang();
  const tc = compareTranslator(lang);
  const { comparison } = props.result;
  const sides = (trackers: CompareResult["old"]) => trackers.map((t) => `${t.layout.file} › ${t.layout.sheet}`).join(", ");
  const duplicates = comparison.duplicates.map((d) => `${d.projectId} (${tc(d.side === "old" ? "sideOld" : "sideNew")})`).join(", ");
  return (
    <>
      <Text size={200}>{tc("compareSides", { old: sides(props.result.old), new: sides(props.result.new) })}</Text>
      <Text role="status" data-testid="compare-summary">
        {comparison.changes.length === 0 ? tc("compareNone") : tc("compareSummary", { matched: comparison.matched, changes: comparison.changes.length })}
      </Text>
      {comparison.duplicates.length > 0 && <Note intent="warning">{tc("duplicatesNote", { list: duplicates })}</Note>}
      {comparison.changes.length > 0 && (
        <Accordion multiple collapsible data-testid="change-groups">
          {CHANGE_KINDS.filter((k) => comparison.summary[k] > 0).map((kind) => (
            <KindItem key={kind} kind={kind} changes={comparison.changes.filter((c) => c.kind === kind)} host={props.host} onSelect={props.onSelect} />
          ))}
        </Accordion>
      )}
    </>
  );
}

export function ComparePanel(props: { host: PaneHost; choice: TrackerChoice }) {
  const styles = useStyles();
  const { lang } = useLang();
  const tc = compareTranslator(lang);
  const { host } = props;
  const action = useAction();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<CompareResult | null>(null);
  const [written, setWritten] = useState<WriteResult | null>(null);

  const compare = () =>
    action.run(async () => {
      setResult(null);
      setWritten(null);
      setResult(await host.compare(file!, props.choice));
    });
  const insert = () =>
    action.run(async () => {
      const done = await host.insertComparison(result!, lang);
      if (done.download) saveFile(done.download);
      setWritten(done);
    });
  const select = (c: Change) => action.run(() => host.selectCell({ sheet: c.newCell!.sheet, address: c.newCell!.cell! }));

  return (
    <section className={styles.panel} aria-label={tc("tabCompare")} aria-busy={action.busy}>
      <Text>{tc("compareIntro")}</Text>
      <div className={styles.picker}>
        <Label htmlFor={inputId}>{tc("chooseEarlier")}</Label>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={compare} disabled={action.busy || file === null}>
          {tc("compareButton")}
        </Button>
        {result && (
          <Button onClick={insert} disabled={action.busy}>
            {tc(host.capabilities.output === "download" ? "downloadComparison" : "insertComparison")}
          </Button>
        )}
        {action.busy && <Spinner size="tiny" label={tc("comparing")} />}
      </div>
      <Problem error={action.error} onDismiss={action.clearError} />
      {written && <WrittenList host={host} result={written} />}
      {result && <Results result={result} host={host} onSelect={select} />}
    </section>
  );
}
