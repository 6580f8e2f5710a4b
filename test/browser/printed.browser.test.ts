// The web workspace in headless Chromium over a tracker laid out for printing: no false finding, the projects' figures.
import { writeFileSync } from "fs";
import { join } from "path";
import { Browser } from "playwright-core";
import { formatPct } from "../../src/taskpane/format";
import { translator } from "../../src/taskpane/i18n";
import { openSession } from "./harness";
import { ARTIFACTS } from "./paths";
import { StaticServer } from "./static-server";
import { startBrowserSuite, stopBrowserSuite } from "./suite";
import { printedTracker, printedTrackerXlsx, projectFigures } from "../helpers/printed-tracker";

const th = translator("th");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSuite());
});

afterAll(() => stopBrowserSuite({ server, browser }));

describe("web workspace, printed tracker", () => {
  it("checks it without a finding, sets section and total rows aside and shows the projects' figures", async () => {
    const t = printedTracker();
    const file = join(ARTIFACTS, "printed-tracker.xlsx");
    writeFileSync(file, await printedTrackerXlsx(t));
    const s = await openSession(browser, { origin: server.origin, locale: "th-TH", viewport: { width: 1000, height: 900 }, name: "workspace-printed" });
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(th("chooseFile")).setInputFiles(file);
    await page.getByTestId("tracker-found").waitFor();

    await page.getByRole("tabpanel").getByRole("button", { name: th("runCheck") }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe(th("noFindings"));
    expect(await page.getByTestId("layout-rows").textContent()).toBe(th("layoutRows", { sections: 3, totals: 6 }));
    await s.shot("printed-check");

    await page.getByRole("tab", { name: th("tabFigures") }).click();
    const ministry = page.getByTestId("ministry-progress");
    await ministry.waitFor();
    expect(await ministry.textContent()).toBe(formatPct(projectFigures(t.projects, 2).progress_pct, "th"));
    expect(await page.getByTestId("hidden-projects").textContent()).toBe(th("hiddenProjects", { count: 1 }));
    await s.shot("printed-figures");
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });
});
