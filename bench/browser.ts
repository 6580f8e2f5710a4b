// Browser benchmark: the web workspace in headless Chromium at 30,000 rows — time to findings, figures and report, and the longest main-thread task.
import { Page } from "playwright-core";
import { performance } from "perf_hooks";
import { translator } from "../src/taskpane/i18n";
import { launchChromium } from "../test/browser/chromium";
import { serveDirectory } from "../test/browser/static-server";
import { round2 } from "./measure";

export interface BrowserResult {
  readonly rows: number;
  /** From clicking Check until the findings' summary shows. */
  readonly findings_ms: number;
  /** From opening the Figures tab until the ministry's progress shows. */
  readonly figures_ms: number;
  /** From clicking "Make report" until the report is offered for download. */
  readonly report_ms: number;
  /** The longest main-thread task (PerformanceObserver "longtask") from opening the file to the report. */
  readonly longest_task_ms: number;
  /** The longest task in each step, to see which one blocks the page. */
  readonly longest_task_by_step: Readonly<
    Record<"open" | "findings" | "figures" | "report", number>
  >;
}

const en = translator("en");

/** Collects every long task of the page from its first script on (buffered, so none is missed). */
const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
`;

async function takeLongTasks(page: Page): Promise<number> {
  const durations = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const taken = w.__longTasks;
    w.__longTasks = [];
    return taken;
  });
  return Math.max(0, ...durations);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Opens `tracker` in the workspace served from `dist`, then Check → Figures → Report as a user
 * clicks them. One run: each step takes seconds, and the longest task is what the user feels.
 */
export async function runBrowser(
  dist: string,
  tracker: string,
  rows: number
): Promise<BrowserResult> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      locale: "en-US",
      viewport: { width: 1000, height: 900 },
      acceptDownloads: true,
    });
    await context.addInitScript(LONG_TASK_OBSERVER);
    // The page may reach only its own origin, as in the browser tests.
    await context.route("**/*", (route) =>
      route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()
    );
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(en("chooseFile")).setInputFiles(tracker);
    await page.getByTestId("tracker-found").waitFor();
    const open = await takeLongTasks(page);

    const findings = await timed(async () => {
      await page
        .getByRole("tabpanel")
        .getByRole("button", { name: en("runCheck") })
        .click();
      await page.getByTestId("check-summary").waitFor();
    });
    const findingsTask = await takeLongTasks(page);

    const figures = await timed(async () => {
      await page.getByRole("tab", { name: en("tabFigures") }).click();
      const compute = page.getByRole("button", { name: en("computeFigures") });
      const ministry = page.getByTestId("ministry-progress");
      await Promise.race([compute.waitFor(), ministry.waitFor()]);
      if (!(await ministry.isVisible())) await compute.click();
      await ministry.waitFor();
    });
    const figuresTask = await takeLongTasks(page);

    const report = await timed(async () => {
      await page.getByRole("tab", { name: en("tabReport") }).click();
      await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: en("downloadButton") }).click(),
      ]);
      await page.getByTestId("written").waitFor();
    });
    const reportTask = await takeLongTasks(page);
    const byStep = { open, findings: findingsTask, figures: figuresTask, report: reportTask };
    return {
      rows,
      findings_ms: round2(findings),
      figures_ms: round2(figures),
      report_ms: round2(report),
      longest_task_ms: round2(Math.max(...Object.values(byStep))),
      longest_task_by_step: byStep,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
