/**
 * @jest-environment jsdom
 */
// The fake's request sizes against Microsoft's own office.js serialising the same batches (no Excel needed).
import { readFileSync } from "fs";
import * as path from "path";
import { describeSegments, utf8Bytes } from "./request-size";
import { createWorkbookState, installFakeOffice } from "./index";

type Queue = (sheet: Excel.Worksheet, i: number) => void;
const SHEET = "_pyp_tmp_abcdefghij_7";
const OPS = 200;

/** office.js from @microsoft/office-js, its HTTP sending replaced by a function that keeps each request body. */
function loadOfficeJs(): { bodies: unknown[]; excel: typeof Excel } {
  const file = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist/excel-web-16.00.debug.js"
  );
  // Run as a classic script, as a page loads it, so it defines its globals on the jsdom window.
  const script = document.createElement("script");
  script.textContent = readFileSync(file, "utf8");
  document.head.appendChild(script);
  const g = globalThis as unknown as {
    Excel: typeof Excel;
    OfficeExtension: {
      HttpUtility: { setCustomSendRequestFunc(f: (r: { body: unknown }) => unknown): void };
      CoreUtility: { createPromise<T>(f: (resolve: (v: T) => void) => void): Promise<T> };
    };
  };
  const bodies: unknown[] = [];
  g.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => {
    bodies.push(request.body);
    return g.OfficeExtension.CoreUtility.createPromise((resolve) =>
      resolve({ statusCode: 200, headers: {}, body: JSON.stringify({ Results: [] }) })
    );
  });
  return { bodies, excel: g.Excel };
}

const { bodies, excel } = loadOfficeJs();

/** Bytes office.js sends for `OPS` operations, less the same request without them. */
async function officeJsBytesPerOp(queue: Queue): Promise<number> {
  const size = async (n: number) => {
    const context = new excel.RequestContext("https://localhost/doc");
    const sheet = context.workbook.worksheets.getItem(SHEET);
    for (let i = 0; i < n; i++) queue(sheet, i);
    bodies.length = 0;
    await context.sync().catch(() => undefined);
    return utf8Bytes(JSON.stringify(bodies[0] ?? ""));
  };
  const base = await size(0);
  return ((await size(OPS)) - base) / OPS;
}

/** Bytes the fake counts for the same operations, less the request without them. */
async function fakeBytesPerOp(queue: Queue): Promise<number> {
  const state = createWorkbookState([{ name: SHEET, values: [["x"]] }]);
  const office = installFakeOffice({}, state);
  const size = async (n: number) => {
    const context = office.newContext() as unknown as Excel.RequestContext;
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.load("name");
    for (let i = 0; i < n; i++) queue(sheet, i);
    await context.sync();
    return state.stats.requestBytes[state.stats.requestBytes.length - 1];
  };
  const base = await size(0);
  return ((await size(OPS)) - base) / OPS;
}

const link = { documentReference: "'ติดตามโครงการ'!B1005", textToDisplay: "B1005" };
const cases: [string, Queue][] = [
  ["a hyperlink on a fresh cell", (s, i) => (s.getRangeByIndexes(i, 6, 1, 1).hyperlink = link)],
  ["a one-cell values write", (s, i) => (s.getRangeByIndexes(i, 6, 1, 1).values = [[1]])],
  [
    "a number format and values on one range",
    (s, i) => {
      const range = s.getRangeByIndexes(i, 6, 1, 2);
      range.numberFormat = [["@", "@"]];
      range.values = [["ก", "ข"]];
    },
  ],
  ["a row height", (s, i) => (s.getRangeByIndexes(i, 0, 1, 1).format.rowHeight = 21)],
  [
    "bold on an address list",
    (s, i) => (s.getRanges(`A${i + 1}:A9,C3:D4`).format.font.bold = true),
  ],
  ["a merge", (s, i) => s.getRange(`A${i + 1}:F${i + 1}`).merge(false)],
  [
    "ten links set as cell properties",
    (s, i) =>
      s
        .getRangeByIndexes(i * 10, 6, 10, 1)
        .setCellProperties(Array.from({ length: 10 }, () => [{ hyperlink: link }])),
  ],
];

describe("fake Excel: request bytes as office.js counts them", () => {
  it.each(cases)("%s costs within 10 %% of office.js's own request", async (_what, queue) => {
    const real = await officeJsBytesPerOp(queue);
    const fake = await fakeBytesPerOp(queue);
    expect(real).toBeGreaterThan(100);
    expect(fake / real).toBeGreaterThan(0.9);
    expect(fake / real).toBeLessThan(1.1);
  });

  it("splits descriptions at dots outside quotes, brackets and assigned values", () => {
    expect(
      describeSegments(
        'workbook.worksheets.getItem("a.b").getRanges("A1,B2").format.rowHeight = 21.5'
      )
    ).toEqual([
      "workbook",
      "worksheets",
      'getItem("a.b")',
      'getRanges("A1,B2")',
      "format",
      "rowHeight = 21.5",
    ]);
  });
});
