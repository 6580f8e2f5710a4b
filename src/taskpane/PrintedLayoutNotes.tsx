// What the check made of a printed tracker: section and total rows set aside, projects in hidden rows, merged cells unread.
import React from "react";
import { Text } from "@fluentui/react-components";
import { CheckResult } from "../app/check";
import { useLang } from "./lang";
import { Note } from "./Problem";

/** Rows set aside and what the host could not read, under the check summary. */
export function LayoutRowsNote(props: { check: CheckResult }) {
  const { t } = useLang();
  const sections = props.check.trackers.reduce((n, tr) => n + tr.sectionRows, 0);
  const totals = props.check.trackers.reduce((n, tr) => n + tr.totalRows, 0);
  const mergesUnread = props.check.trackers.some((tr) => tr.unread.includes("merges"));
  return (
    <>
      {sections + totals > 0 && (
        <Text size={200} data-testid="layout-rows">
          {t("layoutRows", { sections, totals })}
        </Text>
      )}
      {mergesUnread && <Note intent="warning">{t("mergesUnread")}</Note>}
    </>
  );
}

/** How many of the counted projects are in hidden rows, with the figures. */
export function HiddenProjectsNote(props: { check: CheckResult }) {
  const { t } = useLang();
  const count = props.check.analysis.figures.hiddenRows;
  if (count === 0) return null;
  return (
    <Text size={200} data-testid="hidden-projects">
      {t("hiddenProjects", { count })}
    </Text>
  );
}
