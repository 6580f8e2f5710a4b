// The pane itself, over any PaneHost: tracker panel on top, then Check / Figures / Insert / Consolidate tabs.
import React, { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { Detection, PaneHost, TrackerChoice } from "../host/pane-host";
import { CheckPanel } from "./CheckPanel";
import { saveFile } from "./download";
import { useLang } from "./lang";
import { Problem } from "./Problem";
import { TrackerPanel } from "./TrackerPanel";
import { useAction } from "./use-action";

type TabName = "check" | "figures" | "insert" | "consolidate";

// The first screen is the tracker and the Check tab: the other tabs (their Fluent components, and
// the report builders behind Insert) load when first opened, keeping the pane's start small.
const FiguresPanel = lazy(() => import(/* webpackChunkName: "tab-figures" */ "./FiguresPanel").then((m) => ({ default: m.FiguresPanel })));
const InsertPanel = lazy(() => import(/* webpackChunkName: "tab-insert" */ "./InsertPanel").then((m) => ({ default: m.InsertPanel })));
const ConsolidatePanel = lazy(() => import(/* webpackChunkName: "tab-consolidate" */ "./ConsolidatePanel").then((m) => ({ default: m.ConsolidatePanel })));

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
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
  const [tab, setTab] = useState<TabName>("check");
  const [templateNote, setTemplateNote] = useState<string | null>(null);

  const detect = useCallback(
    (next: TrackerChoice) =>
      detecting.run(async () => {
        setDetection(await host.detect({ sheet: next.sheet }));
      }),
    [host, detecting.run],
  );

  useEffect(() => {
    void detect({});
  }, [detect]);

  const onChoice = (next: TrackerChoice) => {
    // A new sheet, year or quarter makes the shown findings and figures stale.
    setCheck(null);
    setChoice(next);
    if (next.sheet !== choice.sheet) void detect(next);
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

  return (
    <div className={styles.pane}>
      <TrackerPanel
        detection={detection}
        busy={detecting.busy}
        choice={choice}
        onChoice={onChoice}
        onRedetect={() => {
          setCheck(null);
          void detect(choice);
        }}
        onMakeTemplate={makeTemplate}
        templateNote={templateNote}
      />
      <Problem error={detecting.error} onDismiss={detecting.clearError} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabName)}
        aria-label={t("tabs")}
      >
        <Tab id="pane-tab-check" value="check">
          {t("tabCheck")}
        </Tab>
        <Tab id="pane-tab-figures" value="figures">
          {t("tabFigures")}
        </Tab>
        <Tab id="pane-tab-insert" value="insert">
          {t(host.capabilities.output === "download" ? "tabReport" : "tabInsert")}
        </Tab>
        <Tab id="pane-tab-consolidate" value="consolidate">
          {t("tabConsolidate")}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`pane-tab-${tab}`}>
        {tab === "check" && <CheckPanel host={host} choice={choice} check={check} onChecked={setCheck} />}
        <Suspense fallback={<Spinner size="tiny" label={t("loadingTab")} />}>
          {tab === "figures" && <FiguresPanel host={host} choice={choice} check={check} onChecked={setCheck} />}
          {tab === "insert" && <InsertPanel host={host} choice={choice} />}
          {tab === "consolidate" && <ConsolidatePanel host={host} />}
        </Suspense>
      </div>
    </div>
  );
}
