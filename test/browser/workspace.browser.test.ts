// The web workspace in headless Chromium: sample → Check → Figures → Download, keyboard only, axe, markup as text.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Browser } from "playwright-core";
import { CheckResult } from "../../src/app/check";
import { formatPct } from "../../src/taskpane/format";
import { translator } from "../../src/taskpane/i18n";
import { groupCount, reportSheetNames, severityCounts, writeMarkupTracker } from "./engine";
import { Session, axeViolations, openSession, seriousOnly, tabTo } from "./harness";
import { ARTIFACTS } from "./paths";
import { project } from "../taskpane/fake-host";
import { trackerFileBytes } from "../taskpane/tracker-files";
import { StaticServer } from "./static-server";
import { startBrowserSuite, stopBrowserSuite } from "./suite";

const th = translator("th");

/** A RegExp matching `text` exactly (labels hold regex characters such as "(.xlsx)"). */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}
const MARKUP = `<img src=x onerror=alert(1)>`;

let server: StaticServer;
let browser: Browser;
let sample: CheckResult;

beforeAll(async () => {
  ({ server, browser, sample } = await startBrowserSuite());
});

afterAll(() => stopBrowserSuite({ server, browser }));

function session(name: string): Promise<Session> {
  return openSession(browser, { origin: server.origin, locale: "th-TH", viewport: { width: 1000, height: 900 }, name });
}

/** Nothing left the page's own origin, no CSP violation, no uncaught error. */
function expectContained(s: Session): void {
  expect(s.foreign).toEqual([]);
  for (const url of s.requests) expect(/^(blob:|data:)/.test(url) || url.startsWith(`${server.origin}/`)).toBe(true);
  expect(s.cspViolations).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  expect(s.dialogs).toEqual([]);
}

describe("web workspace", () => {
  it("opens the sample, checks it, shows the engine's figures and downloads the report", async () => {
    const s = await session("workspace");
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    expect(s.requests.filter((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
    await page.getByRole("button", { name: th("openSample") }).click();
    await page.getByTestId("tracker-found").waitFor();
    // exceljs arrives with the first file, not with the page.
    expect(s.requests.filter((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toHaveLength(1);
    await s.shot("sample-opened");

    await page.getByRole("tabpanel").getByRole("button", { name: th("runCheck") }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    const counts = severityCounts(sample);
    const rows = sample.trackers.reduce((n, t) => n + t.rows, 0);
    expect(await summary.textContent()).toBe(th("checkSummary", { errors: counts.errors, warnings: counts.warnings, rows }));
    const headers = page.getByTestId("finding-groups").locator("button[aria-expanded]");
    expect(await headers.count()).toBe(groupCount(sample));
    await headers.first().click();
    await s.shot("check");

    await page.getByRole("tab", { name: th("tabFigures") }).click();
    const ministry = page.getByTestId("ministry-progress");
    await ministry.waitFor();
    expect(await ministry.textContent()).toBe(formatPct(sample.analysis.figures.ministry.progress_pct, "th"));
    expect(await page.getByRole("figure", { name: th("progressChart") }).count()).toBe(1);
    // The plan target drawn on the bars, and where it came from.
    expect(await page.getByTestId("plan-targets").textContent()).toContain(`${sample.analysis.figures.targets.progress_pct}%`);
    expect(await page.locator("[data-target]").count()).toBeGreaterThan(0);
    await s.shot("figures");

    // Briefing: the page is made from the figures on screen and saved, nothing sent.
    const [briefing] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: th("briefingButton") }).click()]);
    expect(briefing.suggestedFilename()).toBe(`briefing-FY${sample.analysis.figures.fiscalYear}-Q${sample.analysis.figures.quarter}.html`);
    const briefingFile = join(ARTIFACTS, "workspace-briefing.html");
    await briefing.saveAs(briefingFile);
    const briefingHtml = readFileSync(briefingFile, "utf8");
    expect(briefingHtml).toContain(`data-stat="progress_pct" data-value="${sample.analysis.figures.ministry.progress_pct}"`);
    for (const d of sample.analysis.figures.departments) expect(briefingHtml).toContain(`<tr data-code="${d.code}">`);
    await page.getByText(th("briefingSaved", { file: briefing.suggestedFilename() })).waitFor();

    await page.getByRole("tab", { name: th("tabReport") }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: th("downloadButton") }).click()]);
    const saved = join(ARTIFACTS, "workspace-report.xlsx");
    await download.saveAs(saved);
    await page.getByTestId("written").waitFor();
    await s.shot("report");

    const bytes = readFileSync(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(names).toEqual(await reportSheetNames(sample));
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length).toBeGreaterThan(0);
    expectContained(s);
    await s.close();
  });

  it("has no serious or critical axe violations with findings and figures open", async () => {
    const s = await session("workspace-axe");
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    await page.getByRole("button", { name: th("openSample") }).click();
    await page.getByRole("tabpanel").getByRole("button", { name: th("runCheck") }).click();
    const headers = page.getByTestId("finding-groups").locator("button[aria-expanded]");
    await headers.first().waitFor();
    for (let i = 0; i < (await headers.count()); i++) await headers.nth(i).click();
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    await page.getByRole("tab", { name: th("tabFigures") }).click();
    await page.getByTestId("ministry-progress").waitFor();
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    await page.getByRole("tab", { name: th("tabReport") }).click();
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    expectContained(s);
    await s.close();
  });

  it("runs the main flow by keyboard alone", async () => {
    const s = await session("workspace-keyboard");
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await tabTo(page, { name: exactly(th("openSample")), role: "button" });
    await page.keyboard.press("Enter");
    await page.getByTestId("tracker-found").waitFor();
    await tabTo(page, { name: exactly(th("runCheck")), role: "button" });
    await page.keyboard.press("Enter");
    await page.getByTestId("check-summary").waitFor();
    // The full list comes first, then the groups' headers (counts per rule).
    await tabTo(page, { name: exactly(th("downloadFindings")), role: "button" });
    await tabTo(page, { name: /./, role: "button" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("false");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("true");
    await s.shot("check-by-keyboard");
    await page.keyboard.press("Shift+Tab");
    await tabTo(page, { name: exactly(th("tabCheck")), role: "tab" });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByTestId("ministry-progress").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await tabTo(page, { name: exactly(th("downloadButton")), role: "button" });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await s.shot("report-by-keyboard");
    expectContained(s);
    await s.close();
  });

  it("consolidates department files into a master tracker to download, listing duplicates", async () => {
    const doe = join(ARTIFACTS, "dept-doe.xlsx");
    const dsd = join(ARTIFACTS, "dept-dsd.xlsx");
    writeFileSync(doe, await trackerFileBytes([project("D-1"), project("D-2", { budget_code: "22345678901234567890" })]));
    writeFileSync(dsd, await trackerFileBytes([project("D-2", { department: "DSD", budget_code: "32345678901234567890" })]));
    const s = await session("workspace-consolidate");
    const { page } = s;
    // No tracker needs to be open: consolidating starts from the departments' files.
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(th("chooseFiles")).setInputFiles([doe, dsd]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: th("consolidateButton") }).click()]);
    await page.getByText(th("consolidated", { rows: 3, files: 2 })).waitFor();
    expect(await page.getByTestId("duplicates").getByRole("listitem").count()).toBe(1);
    await s.shot("consolidated");
    const saved = join(ARTIFACTS, "workspace-consolidated.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const master = workbook.worksheets[0];
    expect((master.getRow(1).values as unknown[]).map(String)).toContain("ไฟล์ต้นทาง");
    expect(master.actualRowCount).toBe(4);
    expectContained(s);
    await s.close();
  });

  it("shows tracker text that looks like HTML as text", async () => {
    const file = join(ARTIFACTS, "markup-tracker.xlsx");
    await writeMarkupTracker(file, MARKUP);
    const s = await session("workspace-markup");
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(th("chooseFile")).setInputFiles(file);
    await page.getByTestId("tracker-found").waitFor();
    await page.getByRole("tabpanel").getByRole("button", { name: th("runCheck") }).click();
    const headers = page.getByTestId("finding-groups").locator("button[aria-expanded]");
    await headers.first().waitFor();
    for (let i = 0; i < (await headers.count()); i++) await headers.nth(i).click();
    await page.getByText(MARKUP, { exact: false }).first().waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await s.shot("markup-as-text");
    expectContained(s);
    await s.close();
  });
});
