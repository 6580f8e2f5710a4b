/** @jest-environment jsdom */
// The pane's notes on a printed tracker: rows set aside, projects in hidden rows, merged cells an older Excel cannot read.
import "./jsdom-shims";
import React from "react";
import { render, screen } from "@testing-library/react";
import { checkSources } from "../../src/app/check";
import { translator } from "../../src/taskpane/i18n";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { HiddenProjectsNote, LayoutRowsNote } from "../../src/taskpane/PrintedLayoutNotes";
import { MemorySource } from "../../src/workbook/memory/source";
import { printedMemorySheet, printedTracker } from "../helpers/printed-tracker";

async function checked(merges: "read" | "unread") {
  const sheet = printedMemorySheet(printedTracker());
  return checkSources([new MemorySource("printed.xlsx", [merges === "read" ? sheet : { ...sheet, merges: null }])]);
}

describe.each(["th", "en"] as const)("printed-layout notes (%s)", (lang) => {
  const t = translator(lang);

  it("say how many section and total rows were set aside and how many projects are hidden", async () => {
    const check = await checked("read");
    render(
      <PaneRoot lang={lang} theme="light">
        <LayoutRowsNote check={check} />
        <HiddenProjectsNote check={check} />
      </PaneRoot>,
    );
    expect(screen.getByTestId("layout-rows").textContent).toBe(t("layoutRows", { sections: 3, totals: 6 }));
    expect(screen.getByTestId("hidden-projects").textContent).toBe(t("hiddenProjects", { count: 1 }));
    expect(screen.queryByText(t("mergesUnread"))).toBeNull();
  });

  it("warn when merged cells could not be read", async () => {
    const check = await checked("unread");
    render(
      <PaneRoot lang={lang} theme="light">
        <LayoutRowsNote check={check} />
      </PaneRoot>,
    );
    expect(screen.getByText(t("mergesUnread"))).toBeTruthy();
  });
});
