// Deploy smoke test: dist/ served from a folder on another origin than the build's, Microsoft's CDN refused.
import { readFileSync } from "fs";
import { join } from "path";
import { Browser } from "playwright-core";
import { translator } from "../../src/taskpane/i18n";
import { OFFICE_CDN_URL, Session, launchChromium, openSession } from "./harness";
import { DIST } from "./paths";
import { StaticServer, serveDirectory } from "./static-server";

const th = translator("th");
/** A ministry serves the files from a folder, not the site root (docs/deploy.md's example is /pyp/). */
const FOLDER = "/pyp/";

let server: StaticServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  server = await serveDirectory(DIST, FOLDER);
  base = `${server.origin}${FOLDER}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  readonly session: Session;
  /** Responses from our own server that were not 2xx (a file the page expects but the folder lacks). */
  readonly failed: string[];
}

async function open(name: string, viewport: { width: number; height: number }): Promise<Watched> {
  const session = await openSession(browser, { origin: server.origin, locale: "th-TH", viewport, officeJs: "offline", name });
  const failed: string[] = [];
  session.page.on("response", (r) => {
    if (r.url().startsWith(server.origin) && r.status() >= 300) failed.push(`${r.status()} ${r.url()}`);
  });
  return { session, failed };
}

/** Own folder only (the refused office.js CDN request aside), no CSP report (console or event), no error, no 404. */
function expectSelfContained(w: Watched): void {
  const { session: s } = w;
  expect(s.foreign).toEqual([]);
  expect(s.requests.filter((url) => !url.startsWith(base) && url !== OFFICE_CDN_URL && !/^(blob:|data:)/.test(url))).toEqual([]);
  expect(s.cspViolations).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  expect(w.failed).toEqual([]);
  // What docs/deploy.md lets a server cache for a year must have a content hash in its name.
  const scripts = s.requests.filter((url) => url.startsWith(base) && url.endsWith(".js") && !url.startsWith(`${base}office-js/`));
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) expect(url).toMatch(/\.[0-9a-f]{8}\.js$/);
}

describe("dist/ hosted in a folder of another origin, Office CDN refused", () => {
  it("was built for another origin than the one serving it", () => {
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const origins = new Set([...manifest.matchAll(/DefaultValue="(https:\/\/[^/"]+)\//g)].map((m) => m[1]));
    expect(origins.size).toBe(1);
    expect(origins.has(server.origin)).toBe(false);
  });

  it("starts the task pane on the packaged office.js and shows the 'not in Excel' screen", async () => {
    const w = await open("deploy-taskpane", { width: 380, height: 700 });
    const { page, requests } = w.session;
    await page.goto(`${base}taskpane.html`);
    await page.getByText(th("openWorkspace")).waitFor({ timeout: 60_000 });
    expect(requests).toContain(OFFICE_CDN_URL); // tried Microsoft's CDN first, was refused
    expect(requests).toContain(`${base}office-js/office.js`);
    expect(requests.some((url) => /\/office-fallback\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    await w.session.shot("not-in-excel");
    expectSelfContained(w);
    await w.session.close();
  });

  it("starts the full workspace and reads the sample through the lazily loaded reader", async () => {
    const w = await open("deploy-workspace", { width: 1000, height: 800 });
    const { page, requests } = w.session;
    await page.goto(`${base}workspace.html`);
    await page.getByTestId("drop-zone").waitFor();
    await page.getByRole("button", { name: th("openSample") }).click();
    await page.getByTestId("tracker-found").waitFor({ timeout: 60_000 });
    expect(requests).toContain(`${base}assets/sample-tracker.xlsx`);
    expect(requests.some((url) => /\/exceljs\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    await w.session.shot("sample-opened");
    expectSelfContained(w);
    await w.session.close();
  });
});
