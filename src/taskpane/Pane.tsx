// The pane itself, over any PaneHost: tracker panel on top, then Check / Figures / Insert / Consolidate / Compare tabs.
import React, { useCallback, useEffect, useState } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { Detection, PaneHost, TrackerChoice } from "../host/pane-host";
import { CheckPanel } from "./CheckPanel";
import { ComparePanel } from "./ComparePanel";
import { compareTranslator } from "./compare-i18n";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { FiguresPanel } from "./FiguresPanel";
import { InsertPanel } from "./InsertPanel";
import { saveFile } from "./download";
import { useLang } from "./lang";
import { Problem } from "./Problem";
import { TrackerPanel } from "./TrackerPanel";
import { useAction } from "./use-action";

type TabName = "check" | "figures" | "insert" | "consolidate" | "compare";

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
        <Tab id="pane-tab-compare" value="compare">
          {compareTranslator(lang)("tabCompare")}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`pane-tab-${tab}`}>
        {tab === "check" && <CheckPanel host={host} choice={choice} check={check} onChecked={setCheck} />}
        {tab === "figures" && <FiguresPanel host={host} choice={choice} check={check} onChecked={setCheck} />}
        {tab === "insert" && <InsertPanel host={host} choice={choice} />}
        {tab === "consolidate" && <ConsolidatePanel host={host} />}
        {tab === "compare" && <ComparePanel host={host} choice={choice} />}
      </div>
    </div>
  );
}
