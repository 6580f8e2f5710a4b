/** @jest-environment jsdom */
// The pane over a fake host backed by the real engine: detect, check, select, highlight, figures, failures, a11y.
import "./jsdom-shims";
import React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { checkSources } from "../../src/app/check";
import { countBySeverity } from "../../src/core/findings";
import { TrackerError } from "../../src/core/tracker/types";
import { formatPct } from "../../src/taskpane/format";
import { Pane } from "../../src/taskpane/Pane";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { FakeHost, MARKUP_NAME, project, sampleRows } from "./fake-host";
import { trackerFileBytes } from "./tracker-files";

expect.extend(toHaveNoViolations);

function expandAll(): void {
  const groups = screen.getByTestId("finding-groups");
  for (const header of within(groups).getAllByRole("button", { expanded: false })) fireEvent.click(header);
}

function renderPane(host: FakeHost, lang: "th" | "en" = "th") {
  return render(
    <PaneRoot lang={lang} theme="light">
      <Pane host={host} />
    </PaneRoot>,
  );
}

async function detected(): Promise<HTMLElement> {
  return screen.findByTestId("tracker-found");
}

async function runCheck(lang: "th" | "en" = "th"): Promise<HTMLElement> {
  const tabpanel = screen.getByRole("tabpanel");
  fireEvent.click(within(tabpanel).getByRole("button", { name: lang === "th" ? "ตรวจสอบข้อมูล" : "Check rows" }));
  return screen.findByTestId("check-summary");
}

describe("task pane", () => {
  // The language choice is remembered in localStorage: each test starts from the language it renders.
  beforeEach(() => localStorage.clear());

  it("finds the tracker and says where it is", async () => {
    const host = FakeHost.withRows();
    renderPane(host, "en");
    const found = await detected();
    expect(found.textContent).toContain("โครงการ");
    expect(found.textContent).toContain("5 projects");
    expect(found.textContent).toContain("FY 2569");
    // Folded to one line; "Change" opens the settings with the header row named.
    expect(screen.queryByLabelText("Tracker sheet")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Change" }));
    expect(screen.getByTestId("tracker-found").textContent).toContain("row 2");
    expect(screen.getByLabelText("Tracker sheet")).toBeTruthy();
  });

  it("groups findings by rule with counts equal to the engine's", async () => {
    const host = FakeHost.withRows();
    const engine = await checkSources([host.source]);
    const counts = countBySeverity(engine.analysis.findings);
    renderPane(host, "en");
    await detected();
    const summary = await runCheck("en");
    expect(summary.textContent).toBe(`${counts.errors} errors and ${counts.warnings} warnings in 5 rows`);
    const groups = screen.getByTestId("finding-groups");
    const ruleIds = new Set(engine.analysis.findings.map((f) => `${f.rule}:${f.severity}`));
    // One accordion header per rule+severity.
    expect(within(groups).getAllByRole("button", { expanded: false })).toHaveLength(ruleIds.size);
    const expected = new Map<string, number>();
    for (const f of engine.analysis.findings) expected.set(`${f.rule}:${f.severity}`, (expected.get(`${f.rule}:${f.severity}`) ?? 0) + 1);
    const shown = within(groups)
      .getAllByLabelText(/^\d+ findings$/)
      .map((badge) => Number(badge.getAttribute("aria-label")!.split(" ")[0]));
    expect(shown.sort()).toEqual([...expected.values()].sort());
    expect(shown).toContain(engine.analysis.findings.filter((f) => f.rule === "duplicate-project-id").length);
  });

  it("selects a finding's cell when it is clicked", async () => {
    const host = FakeHost.withRows();
    const engine = await checkSources([host.source]);
    const wrongPlan = engine.analysis.findings.find((f) => f.rule === "invalid-master-plan")!;
    renderPane(host, "en");
    await detected();
    await runCheck("en");
    expandAll();
    const target = await screen.findByTitle(`Select cell ${wrongPlan.cell} on sheet ${wrongPlan.sheet}`);
    fireEvent.click(target);
    await waitFor(() => expect(host.selected).toEqual([{ sheet: wrongPlan.sheet, address: wrongPlan.cell }]));
  });

  it("highlights the distinct problem cells and clears them", async () => {
    const host = FakeHost.withRows();
    const engine = await checkSources([host.source]);
    const cells = new Set(engine.analysis.findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`));
    renderPane(host, "en");
    await detected();
    await runCheck("en");
    fireEvent.click(screen.getByRole("button", { name: "Highlight problem cells" }));
    await screen.findByText(/cells highlighted/);
    expect(host.highlighted).toHaveLength(1);
    expect(new Set(host.highlighted[0].map((c) => `${c.sheet}!${c.address}`))).toEqual(cells);
    fireEvent.click(screen.getByRole("button", { name: "Clear highlight" }));
    await screen.findByText(/Highlight cleared/);
    expect(host.cleared).toBe(1);
  });

  it("shows tracker text as text, never as markup", async () => {
    const rows = [...sampleRows(), project("P-009", { department: MARKUP_NAME, budget_code: "92345678901234567890" })];
    const host = FakeHost.withRows(rows);
    const { container } = renderPane(host, "en");
    await detected();
    await runCheck("en");
    expandAll();
    await waitFor(() => expect(container.textContent).toContain(MARKUP_NAME));
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows the ministry's progress with two decimals, as the engine computes it", async () => {
    const host = FakeHost.withRows();
    const engine = await checkSources([host.source]);
    renderPane(host, "th");
    await detected();
    fireEvent.click(screen.getByRole("tab", { name: "ความก้าวหน้า" }));
    // The tab's code loads when first opened.
    fireEvent.click(await screen.findByRole("button", { name: "คำนวณความก้าวหน้า" }));
    const ministry = await screen.findByTestId("ministry-progress");
    expect(ministry.textContent).toBe(formatPct(engine.analysis.figures.ministry.progress_pct, "th"));
    const departments = screen.getByTestId("department-table");
    for (const dep of engine.analysis.figures.departments) {
      const row = departments.querySelector(`[data-code="${dep.code}"]`)!;
      expect(row.textContent).toContain(dep.name_th);
      expect(row.querySelector('[data-field="progress"]')!.textContent).toBe(formatPct(dep.progress_pct, "th"));
    }
  });

  it("shows the plan targets: where they came from, as a line on the bars, and the projects behind plan", async () => {
    const host = FakeHost.withRows();
    const { targets, ministry } = (await checkSources([host.source])).analysis.figures;
    renderPane(host, "en");
    await detected();
    fireEvent.click(screen.getByRole("tab", { name: "Figures" }));
    fireEvent.click(screen.getByRole("button", { name: "Compute figures" }));
    const line = await screen.findByTestId("plan-targets");
    expect(line.textContent).toBe(
      `Plan targets at the end of Q${targets.quarter}: progress ${targets.progress_pct}% · disbursement ${targets.disbursement_pct}% (from: the built-in reference data)`,
    );
    const charts = screen.getAllByTestId("bar-chart");
    const drawn = charts.map((c) => Array.from(c.querySelectorAll("[data-target]")).map((e) => Number(e.getAttribute("data-target"))));
    // Every bar of the progress chart carries the progress target; the disbursement chart its own.
    expect(drawn[0].length).toBeGreaterThan(0);
    expect(new Set(drawn[0])).toEqual(new Set([targets.progress_pct]));
    expect(new Set(drawn[1])).toEqual(new Set([targets.disbursement_pct]));
    expect(screen.getByTestId("ministry-behind").textContent).toBe(`Behind plan: ${ministry.behind_plan} projects`);
  });

  it("shows a failure as a plain message in the pane's language", async () => {
    const host = FakeHost.withRows();
    renderPane(host, "th");
    await detected();
    host.failNext = { method: "check", error: new TrackerError("test.xlsx", "unreadable", "อ่านไฟล์ไม่ได้", "cannot read") };
    fireEvent.click(within(screen.getByRole("tabpanel")).getByRole("button", { name: "ตรวจสอบข้อมูล" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("อ่านไฟล์ไม่ได้");
    // A problem with the data is not titled like a crash.
    expect(alert.textContent).toContain("ยังดำเนินการต่อไม่ได้");
    expect(alert.textContent).not.toContain("เกิดข้อผิดพลาด");
    expect(alert.textContent).not.toContain("cannot read");
  });

  it("names an unexpected failure instead of leaving the pane blank", async () => {
    const host = FakeHost.withRows();
    host.failNext = { method: "detect", error: new Error("RichApi.Error: the workbook is busy") };
    renderPane(host, "en");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Unexpected problem: RichApi.Error: the workbook is busy");
  });

  it("offers the template when there is no tracker", async () => {
    const host = FakeHost.withRows([]);
    (host.source as unknown as { sheets: unknown[] }).sheets.splice(0, 1);
    renderPane(host, "en");
    expect(await screen.findByText("No tracker found")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Make a tracker from the template" }));
    expect(await screen.findByText(/Template sheets added/)).toBeTruthy();
  });

  it("switches language at once", async () => {
    const host = FakeHost.withRows();
    renderPane(host, "th");
    await detected();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("ติดตามโครงการ ป.ย.ป.");
    fireEvent.change(screen.getByLabelText("ภาษา"), { target: { value: "en" } });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("PYP Tracker");
    expect(screen.getByRole("tab", { name: "Validation" })).toBeTruthy();
  });

  it("remembers the language chosen, over the display language", async () => {
    const first = renderPane(FakeHost.withRows(), "th");
    await detected();
    fireEvent.change(screen.getByLabelText("ภาษา"), { target: { value: "en" } });
    first.unmount();
    renderPane(FakeHost.withRows(), "th");
    await detected();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("PYP Tracker");
  });

  it("warns above the figures about left-out rows, with their number, reasons and rows to click", async () => {
    const rows = [...sampleRows(), project("P-010", { fiscal_year: 2568, budget_code: "62345678901234567890" })];
    const host = FakeHost.withRows(rows);
    const engine = await checkSources([host.source]);
    const { figures } = engine.analysis;
    expect(figures.exclusions.withErrors).toBeGreaterThan(0);
    expect(figures.exclusions.otherYear).toBe(1);
    renderPane(host, "en");
    await detected();
    fireEvent.click(screen.getByRole("tab", { name: "Figures" }));
    fireEvent.click(screen.getByRole("button", { name: "Compute figures" }));
    const warning = await screen.findByTestId("left-out");
    const ministry = screen.getByTestId("ministry");
    // Above the figures, in document order.
    expect(warning.compareDocumentPosition(ministry) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(warning.textContent).toContain(`${figures.excludedRows} rows are left out of these figures`);
    expect(warning.textContent).toContain(`${figures.exclusions.withErrors} rows have errors`);
    expect(warning.textContent).toContain("1 rows are of another fiscal year");
    const buttons = within(warning).getAllByRole("button", { name: /^Show row \d+ of sheet/ });
    expect(buttons).toHaveLength(figures.excludedRows);
    // P-010 is on worksheet row 8 (title row, header row, six projects); in Excel the click selects its ID cell.
    fireEvent.click(within(warning).getByRole("button", { name: "Show row 8 of sheet โครงการ" }));
    await waitFor(() => expect(host.selected).toEqual([{ sheet: "โครงการ", address: "A8" }]));
    expect(screen.getByTestId("ministry-weighted").textContent).toBe(`Budget-weighted progress (%): ${formatPct(figures.ministry.weighted_progress_pct, "en")}`);
    expect(screen.getByTestId("ministry-explain").textContent).toContain(`${figures.ministry.reported} of ${figures.ministry.projects} projects`);
  });

  it("inserts only the chosen sheets, shows progress, and links to what it made", async () => {
    const host = FakeHost.withRows();
    renderPane(host, "en");
    await detected();
    fireEvent.click(screen.getByRole("tab", { name: "Insert" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: "Approval memos" }));
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert sheets" }));
    const written = await screen.findByTestId("written");
    const keys = host.target.writes[0].docs.map((d) => d.key);
    expect(keys).toContain("summary");
    expect(keys.filter((k) => k.startsWith("memo"))).toEqual([]);
    const links = within(written).getAllByRole("button");
    expect(links.map((l) => l.textContent)).toEqual(host.target.writes[0].docs.map((d) => d.name));
    fireEvent.click(links[0]);
    await waitFor(() => expect(host.activated).toEqual([host.target.writes[0].docs[0].name]));
    expect(await axe(document.body)).toHaveNoViolations();
  });

  it("does not insert when no sheet is chosen", async () => {
    const host = FakeHost.withRows();
    renderPane(host, "en");
    await detected();
    fireEvent.click(screen.getByRole("tab", { name: "Insert" }));
    await screen.findByRole("checkbox", { name: "Summary" });
    for (const name of ["Summary", "Bar charts", "Approval memos", "Linkage map", "Validation"]) {
      fireEvent.click(screen.getByRole("checkbox", { name }));
    }
    expect((screen.getByRole("button", { name: "Insert sheets" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Choose at least one sheet to make.")).toBeTruthy();
  });

  it("consolidates picked files and lists skipped files and duplicates", async () => {
    const host = FakeHost.withRows();
    renderPane(host, "en");
    await detected();
    fireEvent.click(screen.getByRole("tab", { name: "Consolidate" }));
    await screen.findByLabelText("Department files (.xlsx)");
    const a = await trackerFileBytes([project("D-1"), project("D-2", { budget_code: "22345678901234567890" })]);
    const b = await trackerFileBytes([project("D-2", { department: "DSD", budget_code: "32345678901234567890" })]);
    const files = [new File([a], "doe.xlsx"), new File([b], "dsd.xlsx"), new File(["not a workbook"], "notes.xlsx")];
    fireEvent.change(screen.getByLabelText("Department files (.xlsx)"), { target: { files } });
    expect(screen.getByText("3 files chosen")).toBeTruthy();
    const listed = await screen.findByTestId("consolidate-files", {}, { timeout: 10_000 });
    expect(within(listed).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "doe.xlsx: 2 rows, fiscal year 2569",
      "dsd.xlsx: 1 rows, fiscal year 2569",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    expect(await screen.findByText("3 rows from 2 files consolidated.", {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/Skipped notes\.xlsx/)).toBeTruthy();
    const duplicates = screen.getByTestId("duplicates");
    expect(within(duplicates).getAllByRole("listitem")).toHaveLength(1);
    expect(duplicates.textContent).toContain("dsd.xlsx");
    expect(host.target.writes[0].mark.round).toBe("consolidate");
  });

  it("has no axe violations, before and after a check", async () => {
    const host = FakeHost.withRows();
    const { container } = renderPane(host, "th");
    await detected();
    expect(await axe(container)).toHaveNoViolations();
    await runCheck("th");
    await act(async () => expandAll());
    expect(await axe(container)).toHaveNoViolations();
  });
});
