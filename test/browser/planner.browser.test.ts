// Issue 17 in real Chromium: the workspace as a planner meets it at 350 px, at 200 % zoom, in both languages, with 30,000 rows.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { CheckResult } from "../../src/app/check";
import { countBySeverity } from "../../src/core/findings";
import { translator } from "../../src/taskpane/i18n";
import { Session, axeViolations, openSession, seriousOnly } from "./harness";
import { ARTIFACTS } from "./paths";
import { project } from "../taskpane/fake-host";
import { trackerFileBytes } from "../taskpane/tracker-files";
import { StaticServer } from "./static-server";
import { startBrowserSuite, stopBrowserSuite } from "./suite";

const th = translator("th");
const en = translator("en");
/** The screenshot series of the main flow (Thai, 350 px) the issue asks for, with the other artifacts (inside the project, gitignored). */
const SHOTS = join(ARTIFACTS, "i17-shots");

let server: StaticServer;
let browser: Browser;
let sample: CheckResult;

beforeAll(async () => {
  ({ server, browser, sample } = await startBrowserSuite());
});

afterAll(() => stopBrowserSuite({ server, browser }));

function session(name: string, width: number, locale = "th-TH", zoom = 1): Promise<Session> {
  return openSession(browser, { origin: server.origin, locale, viewport: { width: width / zoom, height: 800 / zoom }, deviceScaleFactor: zoom, name });
}

async function noSidewaysScroll(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
}

/** Elements reaching past the right edge (named in a failure, so it says what to fix). */
function widerThanPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.scrollingElement!.clientWidth + 0.5;
    return Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > edge)
      .map((el) => `${el.tagName.toLowerCase()}[${el.getAttribute("data-testid") ?? el.getAttribute("role") ?? ""}] ${Math.round(el.getBoundingClientRect().right)}px "${(el.textContent ?? "").slice(0, 24)}"`)
      .slice(0, 8);
  });
}

async function expectReflows(page: Page): Promise<void> {
  // The steady layout is what must fit: a hover popup or a download's transient element may widen
  // the page for a frame, so the pointer leaves and the width is read again for up to two seconds.
  await page.mouse.move(0, 0);
  let { scrollWidth, clientWidth } = await noSidewaysScroll(page);
  for (let tries = 0; scrollWidth > clientWidth && tries < 20; tries++) {
    await page.waitForTimeout(100);
    ({ scrollWidth, clientWidth } = await noSidewaysScroll(page));
  }
  if (scrollWidth > clientWidth) expect({ scrollWidth, clientWidth, wider: await widerThanPage(page) }).toEqual({ scrollWidth: clientWidth, clientWidth, wider: [] });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

async function expandAll(page: Page): Promise<void> {
  const headers = page.getByTestId("finding-groups").locator("button[aria-expanded]");
  await headers.first().waitFor();
  for (let i = 0; i < (await headers.count()); i++) await headers.nth(i).click();
}

function tracker(rows: number, year = 2569, prefix = "P"): Promise<Uint8Array> {
  return trackerFileBytes(
    Array.from({ length: rows }, (_, i) =>
      project(`${prefix}-${i + 1}`, { fiscal_year: year, budget_code: String(10_000_000_000_000_000_000n + BigInt(i)), q1_progress: (i * 7) % 101 }),
    ),
  );
}

describe("the workspace as a planner meets it (issue 17)", () => {
  it("main flow in Thai at 350 px: first run → open → check → figures → report, each step shot, axe-clean and reflowing", async () => {
    const s = await session("planner-th-350", 350);
    const { page } = s;
    const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });
    await page.goto(`${server.origin}/workspace.html`);
    const firstRun = page.getByTestId("first-run");
    await firstRun.waitFor();
    expect(await firstRun.getByRole("listitem").count()).toBe(3);
    expect(await firstRun.getByRole("button", { name: th("getTemplate") }).count()).toBe(1);
    await shot("01-first-run.png");
    expect(seriousOnly(await axeViolations(page))).toEqual([]);

    await firstRun.getByRole("button", { name: th("openSample") }).click();
    await page.getByTestId("tracker-found").waitFor();
    // Opener and settings folded: the tabs start within the first screen.
    const tabsTop = await page.getByRole("tablist").boundingBox();
    expect(tabsTop!.y).toBeLessThan(400);
    expect(await page.getByTestId("opened-file").textContent()).toMatch(/sample-tracker\.xlsx · อ่านเมื่อ \d/);
    await shot("02-opened.png");

    await page.getByRole("tabpanel").getByRole("button", { name: th("runCheck") }).click();
    const counts = countBySeverity(sample.analysis.findings);
    const rows = sample.trackers.reduce((n, t) => n + t.rows, 0);
    expect(await page.getByTestId("check-summary").textContent()).toBe(th("checkSummary", { errors: counts.errors, warnings: counts.warnings, rows }));
    await expandAll(page);
    // Each finding names its project; a click shows the row in a preview (the workspace has no cells to select).
    const firstFinding = page.getByTestId("finding-groups").locator("li button").first();
    const withRow = sample.analysis.findings.find((f) => f.cell !== null)!;
    expect(await firstFinding.textContent()).toMatch(/\S/);
    await firstFinding.click();
    const preview = page.getByTestId("row-preview");
    await preview.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("row-preview");
    expect(withRow).toBeTruthy();
    await expectReflows(page);
    await shot("03-check.png");
    expect(seriousOnly(await axeViolations(page))).toEqual([]);

    await page.getByRole("tab", { name: th("tabFigures") }).click();
    await page.getByTestId("ministry-progress").waitFor();
    const { figures } = sample.analysis;
    if (figures.excludedRows > 0) {
      const warning = page.getByTestId("left-out");
      expect(await warning.textContent()).toContain(th("leftOutTitle", { count: figures.excludedRows }));
      await warning.getByRole("button").first().click();
      await page.getByTestId("row-preview").waitFor();
    }
    // Stacked: the department figures are cards, not a table wider than the pane.
    expect(await page.getByTestId("department-table").evaluate((el) => el.tagName)).toBe("UL");
    await expectReflows(page);
    await shot("04-figures.png");
    expect(seriousOnly(await axeViolations(page))).toEqual([]);

    await page.getByRole("tab", { name: th("tabReport") }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: th("downloadButton") }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const done = page.getByTestId("report-done");
    await done.waitFor();
    // Focus moves to the result, which is announced.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("report-done");
    expect(await done.getAttribute("role")).toBe("status");
    await expectReflows(page);
    await shot("05-report.png");
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });

  it("nothing scrolls sideways at 200 % zoom in a 350 px pane (175 CSS px), in both languages", async () => {
    for (const [locale, t] of [["th-TH", th], ["en-US", en]] as const) {
      const s = await session(`planner-zoom-${locale}`, 350, locale, 2);
      const { page } = s;
      await page.goto(`${server.origin}/workspace.html`);
      await page.getByTestId("first-run").waitFor();
      await expectReflows(page);
      await page.getByRole("button", { name: t("openSample") }).click();
      await page.getByTestId("tracker-found").waitFor();
      await expectReflows(page);
      await page.getByRole("tabpanel").getByRole("button", { name: t("runCheck") }).click();
      await expandAll(page);
      await expectReflows(page);
      await page.getByRole("tab", { name: t("tabFigures") }).click();
      await page.getByTestId("ministry-progress").waitFor();
      await expectReflows(page);
      await page.getByTestId("tracker-change").click();
      await expectReflows(page);
      await page.getByRole("tab", { name: t("tabReport") }).click();
      await expectReflows(page);
      await page.getByRole("tab", { name: t("tabConsolidate") }).click();
      await expectReflows(page);
      await s.shot("zoomed");
      expect(s.pageErrors).toEqual([]);
      await s.close();
    }
  });

  it("is axe-clean at 350 and 1280 px in both languages, findings and figures open", async () => {
    for (const width of [350, 1280]) {
      for (const [locale, t] of [["th-TH", th], ["en-US", en]] as const) {
        const s = await session(`planner-axe-${width}-${locale}`, width, locale);
        const { page } = s;
        await page.goto(`${server.origin}/workspace.html`);
        await page.getByTestId("first-run").waitFor();
        expect(seriousOnly(await axeViolations(page))).toEqual([]);
        await page.getByRole("button", { name: t("openSample") }).click();
        await page.getByRole("tabpanel").getByRole("button", { name: t("runCheck") }).click();
        await expandAll(page);
        expect(seriousOnly(await axeViolations(page))).toEqual([]);
        await page.getByRole("tab", { name: t("tabFigures") }).click();
        await page.getByTestId("ministry-progress").waitFor();
        expect(seriousOnly(await axeViolations(page))).toEqual([]);
        await s.close();
      }
    }
  });

  it("reads the file again on Check: a fix made since opening is seen (or the planner is told to choose it again)", async () => {
    const file = join(ARTIFACTS, "reread-tracker.xlsx");
    writeFileSync(file, await trackerFileBytes([project("R-1"), project("R-2", { master_plan: 99, budget_code: "22345678901234567890" })]));
    const s = await session("planner-reread", 1000, "en-US");
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(en("chooseFile")).setInputFiles(file);
    await page.getByTestId("tracker-found").waitFor();
    // Cleared once read, so choosing the same file again fires a change.
    await page.getByRole("button", { name: en("openAnother") }).click();
    expect(await page.getByLabel(en("chooseFile")).inputValue()).toBe("");
    const check = () => page.getByRole("tabpanel").getByRole("button", { name: en("runCheck") }).click();
    await check();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^1 errors/);
    const before = await page.getByTestId("opened-file").textContent();

    // The planner fixes the file on disk and checks again.
    await new Promise((r) => setTimeout(r, 1100));
    writeFileSync(file, await trackerFileBytes([project("R-1"), project("R-2", { budget_code: "22345678901234567890" })]));
    await check();
    const fresh = page.getByText(en("noFindings"));
    const changed = page.getByText(/changed after it was opened/);
    await fresh.or(changed).first().waitFor();
    if (await changed.count()) {
      // Chromium refuses to re-read a changed file: the message says what to do, and choosing it again works.
      await page.getByLabel(en("chooseFile")).setInputFiles(file);
      await page.getByTestId("tracker-found").waitFor();
      await check();
      await fresh.waitFor();
    }
    expect(await page.getByTestId("opened-file").textContent()).not.toBe(before);
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });

  it("consolidate lists each file with rows and fiscal year, warns when years differ and makes the master of the year chosen", async () => {
    const a = join(ARTIFACTS, "fy2569.xlsx");
    const b = join(ARTIFACTS, "fy2568.xlsx");
    writeFileSync(a, await tracker(3, 2569, "A"));
    writeFileSync(b, await tracker(2, 2568, "B"));
    const s = await session("planner-consolidate", 350);
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(th("chooseFiles")).setInputFiles([a, b]);
    const listed = page.getByTestId("consolidate-files");
    await listed.waitFor();
    expect(await listed.getByRole("listitem").allTextContents()).toEqual([
      th("fileLine", { name: "fy2569.xlsx", rows: 3, year: 2569 }),
      th("fileLine", { name: "fy2568.xlsx", rows: 2, year: 2568 }),
    ]);
    await page.getByText(th("yearsDiffer", { years: "2569, 2568" })).waitFor();
    await page.getByLabel(th("consolidateYear")).selectOption("2568");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: th("consolidateButton") }).click()]);
    expect(download.suggestedFilename()).toBe("consolidated-2568.xlsx");
    // Measured once the result is shown (not while the progress bar is still on screen).
    await page.getByText(th("consolidated", { rows: 5, files: 2 })).waitFor();
    await expectReflows(page);
    await s.shot("consolidate-years");
    await s.close();
  });

  it("downloads the full list of findings with project IDs, from the top of the Validation tab", async () => {
    const s = await session("planner-full-list", 1000, "en-US");
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByRole("button", { name: en("openSample") }).click();
    await page.getByRole("tabpanel").getByRole("button", { name: en("runCheck") }).click();
    const full = page.getByTestId("full-list");
    const groups = page.getByTestId("finding-groups");
    await groups.waitFor();
    // On top: before the groups.
    expect((await full.boundingBox())!.y).toBeLessThan((await groups.boundingBox())!.y);
    const [download] = await Promise.all([page.waitForEvent("download"), full.click()]);
    const saved = join(ARTIFACTS, "findings.csv");
    await download.saveAs(saved);
    const lines = readFileSync(saved, "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines).toHaveLength(sample.analysis.findings.length + 1);
    expect(lines[0]).toContain("Project ID");
    const withId = sample.analysis.findings.find((f) => f.rule !== "missing-project-id")!;
    expect(lines.some((l) => l.includes(withId.message.en.split(",")[0]))).toBe(true);
    await s.close();
  });

  it("builds a 30,000-row report without freezing the page: long tasks measured, a label per step", async () => {
    const file = join(ARTIFACTS, "tracker-30000.xlsx");
    writeFileSync(file, await tracker(30_000));
    const s = await session("planner-30000", 1000, "en-US");
    const { page } = s;
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __labels: string[] };
      w.__longTasks = [];
      w.__labels = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
      new MutationObserver(() => {
        const label = document.querySelector('[data-testid="report-progress"] label')?.textContent;
        if (label && w.__labels[w.__labels.length - 1] !== label) w.__labels.push(label);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(en("chooseFile")).setInputFiles(file);
    await page.getByTestId("tracker-found").waitFor({ timeout: 120_000 });
    await page.getByRole("tab", { name: en("tabReport") }).click();
    const start = await page.evaluate(() => performance.now());
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 180_000 }),
      page.getByRole("button", { name: en("downloadButton") }).click(),
    ]);
    await page.getByTestId("report-done").waitFor();
    const end = await page.evaluate(() => performance.now());
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __labels: string[] };
      return { tasks: w.__longTasks, labels: w.__labels };
    });
    const during = seen.tasks.filter((task) => task.start >= start && task.start <= end);
    const longest = during.reduce((m, task) => Math.max(m, task.duration), 0);
    const figure = { rows: 30_000, reportMs: Math.round(end - start), longTasks: during.length, longestTaskMs: Math.round(longest), labels: seen.labels };
    writeFileSync(join(ARTIFACTS, "report-30000-longtasks.json"), JSON.stringify(figure, null, 2));
    console.log(`report at 30,000 rows: ${JSON.stringify(figure)}`);
    expect(download.suggestedFilename()).toMatch(/-report-2569-Q1\.xlsx$/);
    // Honest steps: named, and each sheet by its name (not a bar jumping 0 → 100 % with an empty label).
    expect(seen.labels.some((l) => l.startsWith("Building sheet"))).toBe(true);
    expect(seen.labels.every((l) => l.trim() !== "")).toBe(true);
    await s.close();
  });
});
