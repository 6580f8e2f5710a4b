/** @jest-environment jsdom */
// Remove a run in the pane, over the Office host and the strict fake Excel: the Ctrl+Z note, the list
// of inserted runs, and a confirmed Remove that deletes that run's sheets and nothing else.
import "./jsdom-shims";
import React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ALL_OUTPUTS } from "../../src/app/report";
import { OfficeHost } from "../../src/host/office-host";
import { Pane } from "../../src/taskpane/Pane";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { RunsPanel } from "../../src/taskpane/RunsPanel";
import { createWorkbookState, installFakeOffice, snapshotWorkbook, type InstalledFakeOffice } from "../fakes/excel";
import { FakeHost, sampleRows, trackerSheet } from "./fake-host";

let office: InstalledFakeOffice;

beforeEach(() => {
  const tracker = trackerSheet("โครงการ", sampleRows());
  office = installFakeOffice(
    globalThis,
    createWorkbookState([{ name: tracker.name, values: tracker.values }, { name: "บันทึก", values: [["ของผู้ใช้"]] }]),
  );
});
afterEach(() => office.uninstall());

const userNames = ["โครงการ", "บันทึก"];
const userSheets = () => snapshotWorkbook(office.state).filter((s) => userNames.includes(s.name));
const sheetNames = () => office.state.sheets.map((s) => s.name);

describe("runs panel", () => {
  it("lists the inserted runs and removes the chosen one after confirming, leaving the user's sheets", async () => {
    const host = new OfficeHost("This workbook");
    const before = userSheets();
    const first = await host.insert(ALL_OUTPUTS, { lang: "en", round: "quarter" });
    const template = await host.makeTemplate("en");
    render(
      <PaneRoot lang="en" theme="light">
        <RunsPanel host={host} />
      </PaneRoot>,
    );
    expect(screen.getByText(/Ctrl\+Z/)).toBeTruthy();
    const items = await screen.findAllByRole("listitem");
    expect(items).toHaveLength(2);
    // Newest first: the template, then the quarterly report.
    expect(items[0].textContent).toContain("Tracker template");
    const report = items[1];
    expect(report.textContent).toContain("Quarterly progress report");
    fireEvent.click(within(report).getByRole("button", { name: /^Remove/ }));
    fireEvent.click(within(report).getByRole("button", { name: `Delete these ${first.sheets.length} sheets` }));
    await screen.findByText(/^Removed: /);
    await waitFor(() => expect(screen.getAllByRole("listitem")).toHaveLength(1));
    for (const s of first.sheets) expect(sheetNames()).not.toContain(s.name);
    for (const s of template.sheets) expect(sheetNames()).toContain(s.name);
    expect(userSheets()).toEqual(before);
  });

  it("says the Ctrl+Z note once, on the Insert tab, in Thai", async () => {
    render(
      <PaneRoot lang="th" theme="light">
        <Pane host={new OfficeHost("สมุดงานนี้")} />
      </PaneRoot>,
    );
    fireEvent.click(screen.getByRole("tab", { name: "แทรกรายงาน" }));
    expect(await screen.findAllByText(/Ctrl\+Z/)).toHaveLength(1);
    expect(await screen.findByText("ยังไม่มีแผ่นงานที่ Add-in แทรก")).toBeTruthy();
  });

  it("shows nothing on a host without runs (the web workspace downloads instead)", () => {
    render(
      <PaneRoot lang="en" theme="light">
        <RunsPanel host={FakeHost.withRows()} />
      </PaneRoot>,
    );
    expect([screen.queryByText(/Ctrl\+Z/), screen.queryByText("Inserted runs")]).toEqual([null, null]);
  });
});
