// The briefing page opened from disk in headless Chromium with every outside request refused: figures, charts, axe, A4 print.
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import { Browser, Page } from "playwright-core";
import { runCli } from "../../src/cli/main";
import { axeViolations, launchChromium, seriousOnly } from "./harness";
import { ARTIFACTS } from "./paths";

const ROOT = join(__dirname, "..", "..");
const INPUTS = [
  ...["dept-doe-th.xlsx", "dept-dsd-en.xlsx", "dept-sso-tworow.xlsx"].map((f) => join(ROOT, "test", "fixtures", f)),
  join(ROOT, "assets", "sample-tracker.xlsx"),
];
const OUT = join(ARTIFACTS, "briefing");

async function cli(...argv: string[]): Promise<string> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`pyp-tracker ${argv[0]} exited ${code}: ${stderr}`);
  return stdout;
}

interface Opened {
  readonly page: Page;
  /** Requests for anything but the file itself and data: URLs (each refused). */
  readonly outside: string[];
  readonly errors: string[];
}

async function open(browser: Browser, file: string, width: number): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "th-TH" });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, outside, errors };
}

let browser: Browser;
let report: { ministry: Record<string, number | null>; departments: { code: string; name_th: string; progress_pct: number | null; behind_plan: number }[] };
const html = join(OUT, "briefing.html");

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  await cli("briefing", ...INPUTS, "--out", html, "--quarter", "2");
  report = JSON.parse(await cli("report", ...INPUTS, "--out", join(OUT, "report.xlsx"), "--quarter", "2", "--today", "2026-11-25", "--json"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("briefing page in Chromium", () => {
  it("shows every department and the ministry figures of report --json, with no outside request and no error", async () => {
    const { page, outside, errors } = await open(browser, html, 1000);
    for (const d of report.departments) {
      const row = page.locator(`table[data-table="departments"] tr[data-code="${d.code}"]`);
      expect(await row.locator("th").textContent()).toBe(d.name_th);
      expect(await row.locator('[data-field="progress_pct"]').getAttribute("data-value")).toBe(d.progress_pct === null ? "" : String(d.progress_pct));
      expect(await row.locator('[data-field="behind_plan"]').textContent()).toBe(String(d.behind_plan));
      expect(await page.locator(`.department[data-code="${d.code}"] h3`).isVisible()).toBe(true);
    }
    const ministry = page.locator('table[data-table="departments"] tr[data-code="MINISTRY"]');
    for (const field of ["progress_pct", "disbursement_pct", "budget", "disbursed", "behind_plan", "disbursement_target_pct", "projects", "reported"]) {
      expect(await ministry.locator(`[data-field="${field}"]`).getAttribute("data-value")).toBe(String(report.ministry[field]));
    }
    const headline = await page.locator('[data-stat="progress_pct"] .v').textContent();
    expect(headline).toBe(`${(report.ministry.progress_pct as number).toFixed(2)}%`);
    // Charts: SVG with an accessible name, drawn (a real box), at least the four the issue names.
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    for (const id of ["chart-progress-department", "chart-progress-cluster", "chart-disbursement-department", "chart-trend"]) {
      const svg = page.locator(`svg[data-chart="${id}"]`);
      const box = await svg.boundingBox();
      expect(box!.height).toBeGreaterThan(50);
      expect(await svg.locator("title").textContent()).not.toBe("");
    }
    expect(await page.locator("script").count()).toBe(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUT, "briefing-1000.png"), fullPage: true });
    await page.context().close();
  });

  it("has no serious or critical axe finding, and reads at 320 px without sideways scrolling of the page", async () => {
    const { page, outside, errors } = await open(browser, html, 320);
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    // Wide tables scroll inside their own region; the page itself fits the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(OUT, "briefing-320.png"), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("prints on A4 portrait in a few pages", async () => {
    const { page } = await open(browser, html, 1000);
    const pdf = await page.pdf({ format: "A4" });
    const file = join(OUT, "briefing.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(10);
    // A4 portrait: 595 × 842 points.
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842/);
    for (const old of readdirSync(OUT).filter((f) => /^page-\d+\.png$/.test(f))) rmSync(join(OUT, old));
    execFileSync("pdftoppm", ["-png", "-r", "60", file, join(OUT, "page")]);
    expect(readdirSync(OUT).filter((f) => /^page-\d+\.png$/.test(f))).toHaveLength(pages);
    await page.context().close();
  });
});
