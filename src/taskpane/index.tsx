// Task pane entry: wait for Office, then render the pane over the Excel host (or say plainly that Excel is needed).
import React from "react";
import { Root, createRoot } from "react-dom/client";
import { OfficeHost } from "../host/office-host";
import { langFromLocale } from "./i18n";
import { NotInExcel } from "./NotInExcel";
import { Pane } from "./Pane";
import { Problem } from "./Problem";
import { PaneRoot } from "./PaneRoot";
import { themeFromOffice } from "./theme";

function mount(): HTMLElement {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html lacks #root");
  return container;
}

async function start(root: Root): Promise<void> {
  if (typeof Office === "undefined") {
    root.render(<NotInExcel lang={langFromLocale(navigator.language)} />);
    return;
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel lang={langFromLocale(navigator.language)} />);
    return;
  }
  const lang = langFromLocale(Office.context.displayLanguage);
  const theme = themeFromOffice(Office.context.officeTheme);
  const host = new OfficeHost(lang === "th" ? "สมุดงานนี้" : "This workbook");
  root.render(
    <PaneRoot lang={lang} theme={theme}>
      <Pane host={host} />
    </PaneRoot>,
  );
}

const root = createRoot(mount());
start(root).catch((failure: unknown) => {
  // Office failed to start: still say so in the pane rather than leave it blank.
  const lang = langFromLocale(navigator.language);
  root.render(
    <PaneRoot lang={lang} theme="light">
      <Problem error={failure} />
    </PaneRoot>,
  );
});
