// The add-in's taskpane.html in headless Chromium with the strict fake Excel served in place of office.js.
import { Browser, Page } from "playwright-core";
import { CheckResult } from "../../src/app/check";
import { translator } from "../../src/taskpane/i18n";
import { SheetSnapshot } from "../fakes/excel";
import { fakeSheetsFrom, groupCount, severityCounts } from "./engine";
import { OFFICE_CDN_URL, Session, axeViolations, openSession, seriousOnly, waitForValue } from "./harness";
import { SAMPLE_TRACKER } from "./paths";
import { StaticServer } from "./static-server";
import { startBrowserSuite, stopBrowserSuite } from "./suite";

const th = translator("th");

let server: StaticServer;
let browser: Browser;
let sample: CheckResult;

beforeAll(async () => {
  ({ server, browser, sample } = await startBrowserSuite());
});

afterAll(() => stopBrowserSuite({ server, browser }));

interface FakeHandle {
  snapshot(): SheetSnapshot[];
  selection(): { sheet: string | null; address: string } | null;
  activeSheet(): string | null;
}

function fake<T>(page: Page, read: (f: FakeHandle) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__pypFake)`) as Promise<T>;
}

async function openPane(name: string, office: { displayLanguage?: string; bodyBackgroundColor?: string } = {}): Promise<Session> {
  const s = await openSession(browser, { origin: server.origin, locale: "th-TH", viewport: { width: 380, height: 900 }, officeJs: "fake", name });
  const setup = { sheets: await fakeSheetsFrom(SAMPLE_TRACKER), displayLanguage: office.displayLanguage ?? "th-TH", bodyBackgroundColor: office.bodyBackgroundColor };
  await s.page.addInitScript((value) => {
    (window as unknown as { __PYP_FAKE_SETUP__: unknown }).__PYP_FAKE_SETUP__ = value;
  }, setup);
  await s.page.goto(`${server.origin}/taskpane.html`);
  await s.page.getByTestId("tracker-found").waitFor();
  return s;
}

/** Only this origin, plus the office.js CDN request that the test answers with the fake. */
function expectContained(s: Session): void {
  expect(s.foreign).toEqual([]);
  for (const url of s.requests) expect(url === OFFICE_CDN_URL || url.startsWith(`${server.origin}/`) || /^(blob:|data:)/.test(url)).toBe(true);
  expect(s.cspViolations).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  expect(s.dialogs).toEqual([]);
}

describe("add-in task pane over the strict fake Excel", () => {
  it("detects, checks, selects a finding's cell, highlights and clears, inserts the report; the user's sheets stay as they were", async () => {
    const s = await openPane("taskpane");
    const { page } = s;
    await s.shot("detected");
    const before = await fake(page, (f) => f.snapshot());

    await page.getByRole("tabpanel").getByRole("button", { name: th("runCheck") }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    const counts = severityCounts(sample);
    const rows = sample.trackers.reduce((n, t) => n + t.rows, 0);
    expect(await summary.textContent()).toBe(th("checkSummary", { errors: counts.errors, warnings: counts.warnings, rows }));
    const headers = page.getByTestId("finding-groups").locator("button[aria-expanded]");
    expect(await headers.count()).toBe(groupCount(sample));

    const withCell = sample.analysis.findings.find((f) => f.cell !== null)!;
    for (let i = 0; i < (await headers.count()); i++) await headers.nth(i).click();
    await page.getByTitle(th("findingSelect", { cell: withCell.cell!, sheet: withCell.sheet })).first().click();
    const selected = { sheet: withCell.sheet as string | null, address: withCell.cell! };
    expect(await waitForValue(() => fake(page, (f) => f.selection()), selected)).toEqual(selected);
    await s.shot("checked-and-selected");

    await page.getByRole("button", { name: th("highlight") }).click();
    await page.getByText(/ระบายสีแล้ว/).waitFor();
    const highlighted = await fake(page, (f) => f.snapshot());
    const trackerSheet = sample.trackers[0].layout.sheet;
    const fillsOf = (snap: SheetSnapshot[]) => snap.find((x) => x.name === trackerSheet)!.fills;
    expect(Object.keys(fillsOf(highlighted)).length).toBeGreaterThan(Object.keys(fillsOf(before)).length);
    await page.getByRole("button", { name: th("clearHighlight") }).click();
    await page.getByText(th("highlightCleared")).waitFor();

    await page.getByRole("tab", { name: th("tabInsert") }).click();
    await page.getByRole("button", { name: th("insertButton") }).click();
    const written = page.getByTestId("written");
    await written.waitFor({ timeout: 120_000 });
    await s.shot("inserted");
    // Under Insert: the Ctrl+Z note and the run just inserted, listed with its Remove button.
    const runs = page.getByRole("region", { name: th("runsTitle") });
    await runs.getByRole("listitem").first().waitFor();
    expect(await runs.getByText(/Ctrl\+Z/).count()).toBe(1);
    expect(await runs.getByRole("listitem").count()).toBe(1);
    await runs.scrollIntoViewIfNeeded();
    await s.shot("insert-runs");

    const after = await fake(page, (f) => f.snapshot());
    for (const sheet of before) expect(after.find((x) => x.name === sheet.name)).toEqual(sheet);
    const madeNames = await written.getByRole("listitem").evaluateAll((items) => items.map((li) => li.firstChild?.textContent ?? ""));
    expect(madeNames.length).toBeGreaterThan(3);
    for (const name of madeNames) expect(after.some((x) => x.name === name)).toBe(true);
    const charts = after.reduce((n, x) => n + ((x.layout.charts as unknown[]) ?? []).length, 0);
    expect(charts).toBeGreaterThan(0);

    await written.getByRole("button", { name: madeNames[0] }).click();
    expect(await waitForValue(() => fake(page, (f) => f.activeSheet()), madeNames[0])).toBe(madeNames[0]);
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    // The .xlsx library is a separate chunk loaded on demand: the Excel flow never needs it.
    expect(s.requests.filter((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
    expectContained(s);
    await s.close();
  });

  it("follows Excel's dark theme and display language, readable to axe", async () => {
    const s = await openPane("taskpane-dark", { displayLanguage: "en-US", bodyBackgroundColor: "#1F1F1F" });
    const { page } = s;
    const en = translator("en");
    await page.getByRole("tabpanel").getByRole("button", { name: en("runCheck") }).click();
    await page.getByTestId("check-summary").waitFor();
    const headers = page.getByTestId("finding-groups").locator("button[aria-expanded]");
    for (let i = 0; i < (await headers.count()); i++) await headers.nth(i).click();
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    await s.shot("dark-checked");
    expectContained(s);
    await s.close();
  });

  it("loads the ribbon's function file with Office ready", async () => {
    const s = await openSession(browser, { origin: server.origin, locale: "th-TH", viewport: { width: 300, height: 200 }, officeJs: "fake", name: "commands" });
    await s.page.goto(`${server.origin}/commands.html`);
    await s.page.waitForSelector('body[data-state="pyp-commands-ready"]', { state: "attached" });
    expectContained(s);
    await s.close();
  });

  it("falls back to the packaged office.js when the CDN cannot be reached, and says plainly that Excel is needed", async () => {
    const s = await openSession(browser, { origin: server.origin, locale: "th-TH", viewport: { width: 380, height: 700 }, officeJs: "offline", name: "taskpane-offline" });
    await s.page.goto(`${server.origin}/taskpane.html`);
    await s.page.getByText(th("openWorkspace")).waitFor({ timeout: 60_000 });
    expect(s.requests).toContain(`${server.origin}/office-js/office.js`);
    await s.shot("not-in-excel");
    expect(s.foreign).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });
});
