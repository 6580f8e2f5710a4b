// The pane itself, over any PaneHost: the tracker line on top, then one tab per task (add a tab: one entry in paneTabs).
import React, { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { Lang } from "../core/findings";
import { Detection, PaneHost, TrackerChoice } from "../host/pane-host";
import { CheckPanel } from "./CheckPanel";
import { compareTranslator } from "./compare-i18n";
import { FirstRun } from "./FirstRun";
import { saveFile } from "./download";
import { LangState, useLang } from "./lang";
import { Problem } from "./Problem";
import { ShowRow, useShowRow } from "./RowPreview";
import { TrackerPanel } from "./TrackerPanel";
import { useAction } from "./use-action";

// The first screen is the tracker and the Check tab: the other tabs (their Fluent components, and
// the report builders behind Insert) load when first opened, keeping the pane's start small.
const FiguresPanel = lazy(() => import(/* webpackChunkName: "tab-figures" */ "./FiguresPanel").then((m) => ({ default: m.FiguresPanel })));
const InsertPanel = lazy(() => import(/* webpackChunkName: "tab-insert" */ "./InsertPanel").then((m) => ({ default: m.InsertPanel })));
const ConsolidatePanel = lazy(() => import(/* webpackChunkName: "tab-consolidate" */ "./ConsolidatePanel").then((m) => ({ default: m.ConsolidatePanel })));
const RunsPanel = lazy(() => import(/* webpackChunkName: "tab-insert" */ "./RunsPanel").then((m) => ({ default: m.RunsPanel })));
const ComparePanel = lazy(() => import(/* webpackChunkName: "tab-compare" */ "./ComparePanel").then((m) => ({ default: m.ComparePanel })));

/** What every tab's panel may use: the host, the tracker choice, the shared check and how to run it. */
export interface PaneContext {
  readonly host: PaneHost;
  readonly choice: TrackerChoice;
  readonly check: CheckResult | null;
  /** Reads the file again where the host needs it, checks, and shares the result with every tab. */
  readonly runCheck: () => Promise<void>;
  /** Click-to-row: select the cell in Excel, or preview the row in the workspace. */
  readonly showRow: ShowRow;
  /** Writes so far: a panel listing what was written reads its list again when this grows. */
  readonly written: number;
  readonly onWritten: () => void;
}

interface PaneTab {
  readonly value: string;
  /** The tab's title; a panel with a dictionary of its own names it through `lang`. */
  readonly label: (host: PaneHost, t: LangState["t"], lang: Lang) => string;
  readonly render: (ctx: PaneContext) => React.ReactNode;
}

/** The tabs in order. A new task is one more entry here and one self-contained panel component. */
const paneTabs: readonly PaneTab[] = [
  {
    value: "check",
    label: (_, t) => t("tabCheck"),
    render: (ctx) => <CheckPanel host={ctx.host} choice={ctx.choice} check={ctx.check} onCheck={ctx.runCheck} showRow={ctx.showRow} />,
  },
  {
    value: "figures",
    label: (_, t) => t("tabFigures"),
    render: (ctx) => <FiguresPanel host={ctx.host} choice={ctx.choice} check={ctx.check} onCheck={ctx.runCheck} showRow={ctx.showRow} />,
  },
  {
    value: "insert",
    label: (host, t) => t(host.capabilities.output === "download" ? "tabReport" : "tabInsert"),
    render: (ctx) => (
      <>
        <InsertPanel host={ctx.host} choice={ctx.choice} onWritten={ctx.onWritten} />
        <RunsPanel host={ctx.host} version={ctx.written} />
      </>
    ),
  },
  { value: "consolidate", label: (_, t) => t("tabConsolidate"), render: (ctx) => <ConsolidatePanel host={ctx.host} /> },
  {
    value: "compare",
    label: (_, __, lang) => compareTranslator(lang)("tabCompare"),
    render: (ctx) => <ComparePanel host={ctx.host} choice={ctx.choice} />,
  },
];


const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { flexWrap: "wrap" },
});

export function Pane(props: { host: PaneHost }) {
  const styles = useStyles();
  const { lang, t } = useLang();
  const { host } = props;
  const detecting = useAction();
  const [detection, setDetection] = useState<Detection | null>(null);
  const [choice, setChoice] = useState<TrackerChoice>({});
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [tab, setTab] = useState(paneTabs[0].value);
  const [templateNote, setTemplateNote] = useState<string | null>(null);
  // Bumped after each write, so the list of inserted runs is read again.
  const [written, setWritten] = useState(0);
  const showRow = useShowRow(host);

  const detect = useCallback(
    (next: TrackerChoice, reread: boolean) =>
      detecting.run(async () => {
        if (reread) await host.reload?.();
        setDetection(await host.detect({ sheet: next.sheet }));
      }),
    [host, detecting.run],
  );

  useEffect(() => {
    void detect({}, false);
  }, [detect]);

  const runCheck = useCallback(async () => {
    // A file read into the browser is a copy: read it again so a fix made since is seen.
    await host.reload?.();
    showRow.close();
    setCheck(await host.check(choice));
  }, [host, choice, showRow.close]);

  const onChoice = (next: TrackerChoice) => {
    // A new sheet, year or quarter makes the shown findings and figures stale.
    setCheck(null);
    setChoice(next);
    if (next.sheet !== choice.sheet) void detect(next, false);
  };

  const makeTemplate = () =>
    detecting.run(async () => {
      const result = await host.makeTemplate(lang);
      if (result.download) {
        saveFile(result.download);
        setTemplateNote(t("templateDownloaded", { file: result.download.fileName }));
      } else {
        setTemplateNote(t("templateMade"));
        setDetection(await host.detect({}));
      }
    });

  const onWritten = useCallback(() => setWritten((n) => n + 1), []);
  const ctx: PaneContext = { host, choice, check, runCheck, showRow, written, onWritten };
  const current = paneTabs.find((p) => p.value === tab) ?? paneTabs[0];
  return (
    <div className={styles.pane}>
      {detection && !detection.tracker && <FirstRun onTemplate={makeTemplate} busy={detecting.busy} />}
      <TrackerPanel
        detection={detection}
        busy={detecting.busy}
        choice={choice}
        onChoice={onChoice}
        onRedetect={() => {
          setCheck(null);
          void detect(choice, true);
        }}
        templateNote={templateNote}
      />
      <Problem error={detecting.error} onDismiss={detecting.clearError} />
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(String(data.value))} aria-label={t("tabs")}>
        {paneTabs.map((p) => (
          <Tab key={p.value} id={`pane-tab-${p.value}`} value={p.value}>
            {p.label(host, t, lang)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`pane-tab-${current.value}`}>
        <Suspense fallback={<Spinner size="tiny" label={t("loadingTab")} />}>{current.render(ctx)}</Suspense>
      </div>
    </div>
  );
}
