// Real headless Chromium for the pane: network guard, CSP/page-error capture, screenshots, axe, keyboard helpers.
import { readFileSync } from "fs";
import { join } from "path";
import { Browser, BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, FAKE_OFFICE_BUNDLE } from "./paths";
import { launchChromium } from "./chromium";

export { launchChromium };

export const OFFICE_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface SessionOptions {
  readonly origin: string;
  readonly locale: string;
  readonly viewport: { width: number; height: number };
  /** 2 with a half-width viewport stands in for 200 % zoom. */
  readonly deviceScaleFactor?: number;
  /** How the office.js CDN request is answered: with the fake Excel bundle, or not at all (offline). */
  readonly officeJs?: "fake" | "offline";
  /** Screenshot file prefix. */
  readonly name: string;
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made (URLs). */
  readonly requests: string[];
  /** Requests to another origin (blocked); must stay empty except the routed office.js. */
  readonly foreign: string[];
  /** Content-Security-Policy reports: console messages and the page's securitypolicyviolation events. */
  readonly cspViolations: string[];
  readonly pageErrors: string[];
  readonly dialogs: string[];
  shot(step: string): Promise<string>;
  close(): Promise<void>;
}

export async function openSession(browser: Browser, opts: SessionOptions): Promise<Session> {
  // Reduced motion: accordion panels open at once, so scans and screenshots never catch a half-faded panel.
  const context = await browser.newContext({
    locale: opts.locale,
    viewport: opts.viewport,
    deviceScaleFactor: opts.deviceScaleFactor,
    acceptDownloads: true,
    reducedMotion: "reduce",
  });
  const requests: string[] = [];
  const foreign: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${opts.origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url === OFFICE_CDN_URL && opts.officeJs === "fake") {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(FAKE_OFFICE_BUNDLE, "utf8") });
    }
    if (url !== OFFICE_CDN_URL) foreign.push(url);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  // The page's own securitypolicyviolation events too: a blocked eval caught by the page (zod's JIT probe was
  // one) never reaches the console. Binding and init script come through DevTools, outside the page's CSP.
  await page.exposeBinding("__pypCspViolation", (_source, text: string) => void cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __pypCspViolation(text: string): void }).__pypCspViolation;
      report(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  let step = 0;
  return {
    context,
    page,
    requests,
    foreign,
    cspViolations,
    pageErrors,
    dialogs,
    async shot(name: string) {
      step += 1;
      const path = join(ARTIFACTS, `${opts.name}-${String(step).padStart(2, "0")}-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: string[];
}

/** axe-core run inside the page (evaluated through DevTools, so the page's CSP is untouched). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are excluded: Fluent marks the
    // aria-hidden-focus report on them "by design" (microsoft/fluentui#27517) - they pass focus on at once.
    const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

export function seriousOnly(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Presses Tab until the focused element's role and accessible text match; fails after `max` presses. */
export async function tabTo(page: Page, want: { name: RegExp; role?: string }, max = 80): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { role: "", text: "" };
      const label = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      const role = el.getAttribute("role") ?? (el.tagName === "BUTTON" ? "button" : el.tagName.toLowerCase());
      return { role, text: `${label ?? ""} ${el.textContent ?? ""}`.trim() };
    });
    seen.push(`${focused.role}:${focused.text}`);
    if (want.name.test(focused.text) && (!want.role || want.role === focused.role)) return focused.text;
  }
  throw new Error(`Tab never reached ${want.role ?? ""} ${want.name}; focus went through: ${seen.join(" | ")}`);
}

/** Polls `read` until it returns a value deep-equal (JSON) to `expected`; returns the last value read. */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
