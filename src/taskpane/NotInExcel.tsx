// Shown when taskpane.html is opened outside Excel: a clear message and the way to the web workspace.
import React from "react";
import { Link } from "@fluentui/react-components";
import { Lang } from "../core/findings";
import { useLang } from "./lang";
import { Note } from "./Problem";
import { PaneRoot } from "./PaneRoot";
import { themeFromMedia } from "./theme";

function Message() {
  const { t } = useLang();
  return (
    <Note intent="warning">
      {t("notInExcel")}{" "}
      <Link href="workspace.html" inline>
        {t("openWorkspace")}
      </Link>
    </Note>
  );
}

export function NotInExcel(props: { lang: Lang }) {
  return (
    <PaneRoot lang={props.lang} theme={themeFromMedia(window.matchMedia?.bind(window))}>
      <Message />
    </PaneRoot>
  );
}
