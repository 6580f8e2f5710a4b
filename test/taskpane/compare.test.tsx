/** @jest-environment jsdom */
// Compare in the pane over the Office host and the strict fake Excel: exactly the planted changes, a change selects its cell, the sheet goes in.
import "./jsdom-shims";
import React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { OfficeHost } from "../../src/host/office-host";
import { Pane } from "../../src/taskpane/Pane";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { createWorkbookState, installFakeOffice, snapshotWorkbook, type InstalledFakeOffice } from "../fakes/excel";
import { PLANTED, Q2_SHEET, q1TrackerBytes, q2TrackerValues } from "../helpers/compare-pair";

/** The planted changes as the pane groups them: kind → count. */
function plantedCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of PLANTED) counts[line.split(" ")[0]] = (counts[line.split(" ")[0]] ?? 0) + 1;
  return counts;
}

describe("Compare in the pane (Office host, strict fake Excel)", () => {
  let office: InstalledFakeOffice;

  beforeEach(() => {
    office = installFakeOffice(globalThis, createWorkbookState([{ name: Q2_SHEET, values: q2TrackerValues() }, { name: "บันทึก", values: [["ของผู้ใช้"]] }]));
  });

  afterEach(() => office.uninstall());

  async function compared(lang: "th" | "en"): Promise<HTMLElement> {
    render(
      <PaneRoot lang={lang} theme="light">
        <Pane host={new OfficeHost(lang === "th" ? "สมุดงานนี้" : "This workbook")} />
      </PaneRoot>,
    );
    await screen.findByTestId("tracker-found");
    fireEvent.click(screen.getByRole("tab", { name: lang === "th" ? "เปรียบเทียบ" : "Compare" }));
    const earlier = new File([await q1TrackerBytes()], "doe-q1.xlsx");
    fireEvent.change(await screen.findByLabelText(lang === "th" ? "ตารางติดตามฉบับก่อนหน้า (.xlsx)" : "Earlier tracker (.xlsx)"), { target: { files: [earlier] } });
    fireEvent.click(within(screen.getByRole("tabpanel")).getByRole("button", { name: lang === "th" ? "เปรียบเทียบ" : "Compare" }));
    return screen.findByTestId("change-groups", {}, { timeout: 10_000 });
  }

  it("groups exactly the planted changes by kind, with counts", async () => {
    const groups = await compared("en");
    expect(screen.getByTestId("compare-summary").textContent).toBe(`9 projects in both · ${PLANTED.length} changes`);
    const badges = within(groups).getAllByLabelText(/ changes$/);
    const counts = Object.fromEntries(
      within(groups)
        .getAllByRole("button", { expanded: false })
        .map((header, i) => [header.textContent!.replace(/\d+$/, ""), Number(badges[i].textContent)]),
    );
    expect(counts).toEqual({
      "Projects added": plantedCounts().added,
      "Projects removed": 1,
      "Budget changed": 1,
      "Plan linkage changed": 1,
      "Progress went back or was erased": 1,
      "Reported disbursement changed": 1,
      "Project name changed": 1,
    });
  });

  it("selects the project's cell in this workbook when a change is clicked", async () => {
    const groups = await compared("th");
    fireEvent.click(within(groups).getByRole("button", { name: /งบประมาณเปลี่ยน/ }));
    const change = await within(groups).findByRole("button", { name: /DOE-69-002/ });
    fireEvent.click(change);
    const sheetId = office.state.sheets.find((s) => s.name === Q2_SHEET)!.id;
    // DOE-69-002 is the 8th project of the shuffled Q2 (row 9); Budget (THB) is column E.
    await waitFor(() => expect(office.state.selection).toEqual({ sheetId, address: "E9" }));
    // A removed project is not in this workbook: shown, not clickable.
    fireEvent.click(within(groups).getByRole("button", { name: /โครงการที่หายไป/ }));
    const removed = within(groups).getByText(/DOE-69-010/);
    expect(removed.closest("button")).toBeNull();
  });

  it("inserts the comparison sheet linked to the tracker's cells, leaving the user's sheets as they were", async () => {
    await compared("th");
    const before = snapshotWorkbook(office.state);
    fireEvent.click(screen.getByRole("button", { name: "แทรกแผ่นงานเปรียบเทียบ" }));
    await screen.findByTestId("written", {}, { timeout: 10_000 });
    const after = snapshotWorkbook(office.state);
    for (const sheet of before) expect(after.find((s) => s.name === sheet.name)).toEqual(sheet);
    const sheet = office.state.sheets.find((s) => s.name === "เปรียบเทียบ")!;
    expect(sheet).toBeDefined();
    const links = [...sheet.hyperlinks.values()].map((l) => String(l.documentReference));
    expect(links).toContain(`'${Q2_SHEET}'!E9`);
    // Eight changes, seven of them in NEW (the removed project has no cell there).
    expect(links).toHaveLength(PLANTED.length - 1);
  });

  it("says plainly, in the pane's language, when the earlier file is not a tracker", async () => {
    render(
      <PaneRoot lang="th" theme="light">
        <Pane host={new OfficeHost("สมุดงานนี้")} />
      </PaneRoot>,
    );
    await screen.findByTestId("tracker-found");
    fireEvent.click(screen.getByRole("tab", { name: "เปรียบเทียบ" }));
    fireEvent.change(await screen.findByLabelText("ตารางติดตามฉบับก่อนหน้า (.xlsx)"), { target: { files: [new File(["not a workbook"], "notes.xlsx")] } });
    fireEvent.click(within(screen.getByRole("tabpanel")).getByRole("button", { name: "เปรียบเทียบ" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toContain("notes.xlsx");
    expect(alert.textContent).toMatch(/[\u0E00-\u0E7F]/);
    expect(screen.queryByTestId("change-groups")).toBeNull();
  });

  it.each(["1.7", "1.8", "1.9", "1.13", "1.17"])("compares and inserts on a host with ExcelApi %s, each in one Excel.run", async (version) => {
    office.uninstall();
    office = installFakeOffice(globalThis, createWorkbookState([{ name: Q2_SHEET, values: q2TrackerValues() }], { excelApi: version }));
    const excel = (globalThis as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } }).Excel;
    const run = excel.run.bind(excel);
    let runs = 0;
    excel.run = (...args: unknown[]) => {
      runs++;
      return run(...args);
    };
    const host = new OfficeHost("This workbook");
    const result = await host.compare(new File([await q1TrackerBytes()], "doe-q1.xlsx"));
    expect(runs).toBe(1);
    expect(result.comparison.changes.map((c) => `${c.kind} ${c.projectId} ${c.column}`)).toEqual(PLANTED);
    const done = await host.insertComparison(result, "en");
    expect(runs).toBe(2);
    expect(done.sheets.map((w) => w.name)).toEqual(["Comparison"]);
    expect(office.state.sheets.find((sh) => sh.name === "Comparison")!.hyperlinks.size).toBe(PLANTED.length - 1);
  });
});
