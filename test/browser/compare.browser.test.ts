// Compare in the web workspace, in headless Chromium: the Q2 tracker open, the Q1 file picked, exactly the planted changes.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { Browser } from "playwright-core";
import { KIND_LABELS } from "../../src/core/compare/labels";
import { compareTranslator } from "../../src/taskpane/compare-i18n";
import { translator } from "../../src/taskpane/i18n";
import { PLANTED, q1TrackerBytes, q2TrackerBytes } from "../helpers/compare-pair";
import { Session, axeViolations, openSession, seriousOnly } from "./harness";
import { ARTIFACTS } from "./paths";
import { StaticServer } from "./static-server";
import { startBrowserSuite, stopBrowserSuite } from "./suite";

const th = translator("th");
const tc = compareTranslator("th");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSuite());
});

afterAll(() => stopBrowserSuite({ server, browser }));

describe("Compare in the web workspace", () => {
  it("compares the open Q2 tracker with the picked Q1 file: the planted changes by kind, and the sheet to download", async () => {
    const q1 = join(ARTIFACTS, "compare-doe-q1.xlsx");
    const q2 = join(ARTIFACTS, "compare-doe-q2.xlsx");
    writeFileSync(q1, await q1TrackerBytes());
    writeFileSync(q2, await q2TrackerBytes());
    const s: Session = await openSession(browser, { origin: server.origin, locale: "th-TH", viewport: { width: 1000, height: 900 }, name: "workspace-compare" });
    const { page } = s;
    await page.goto(`${server.origin}/workspace.html`);
    await page.getByLabel(th("chooseFile")).setInputFiles(q2);
    await page.getByTestId("tracker-found").waitFor();
    await page.getByRole("tab", { name: tc("tabCompare") }).click();
    await page.getByLabel(tc("chooseEarlier")).setInputFiles(q1);
    await page.getByRole("tabpanel").getByRole("button", { name: tc("compareButton"), exact: true }).click();
    const summary = page.getByTestId("compare-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe(tc("compareSummary", { matched: 9, changes: PLANTED.length }));

    const expected: Record<string, number> = {};
    for (const line of PLANTED) {
      const label = KIND_LABELS.th[line.split(" ")[0] as keyof typeof KIND_LABELS.th];
      expected[label] = (expected[label] ?? 0) + 1;
    }
    const headers = page.getByTestId("change-groups").locator("button[aria-expanded]");
    const shown: Record<string, number> = {};
    for (let i = 0; i < (await headers.count()); i++) {
      const text = (await headers.nth(i).textContent())!;
      const count = /(\d+)$/.exec(text)![1];
      shown[text.slice(0, -count.length)] = Number(count);
    }
    expect(shown).toEqual(expected);
    for (let i = 0; i < (await headers.count()); i++) await headers.nth(i).click();
    // The workspace has no Excel to select cells in: the changes are listed, not buttons.
    await page.getByText(/DOE-69-002 · Q2 tracker!E9/).waitFor();
    expect(await page.getByTestId("change-groups").locator("ul button").count()).toBe(0);
    expect(seriousOnly(await axeViolations(page))).toEqual([]);
    await s.shot("compare");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: tc("downloadComparison") }).click()]);
    const saved = join(ARTIFACTS, "workspace-compare.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("เปรียบเทียบ")!;
    const ids: string[] = [];
    sheet.getColumn(2).eachCell((cell) => ids.push(String(cell.value)));
    for (const line of PLANTED) expect(ids).toContain(line.split(" ")[1]);
    expect(s.pageErrors).toEqual([]);
    expect(s.foreign).toEqual([]);
    await s.close();
  });
});
