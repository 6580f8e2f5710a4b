// Web workspace entry: the pane over a local .xlsx file, following the browser's language and colour scheme.
import React from "react";
import { createRoot } from "react-dom/client";
import { langFromLocale } from "../taskpane/i18n";
import { PaneRoot } from "../taskpane/PaneRoot";
import { themeFromMedia } from "../taskpane/theme";
import { WorkspaceShell } from "./WorkspaceShell";

const container = document.getElementById("root");
if (!container) throw new Error("workspace.html lacks #root");
createRoot(container).render(
  <PaneRoot lang={langFromLocale(navigator.language)} theme={themeFromMedia(window.matchMedia?.bind(window))} titleKey="wsTitle">
    <WorkspaceShell />
  </PaneRoot>,
);
