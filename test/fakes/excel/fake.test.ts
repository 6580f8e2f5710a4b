// The fake Excel behaves like Excel where the adapter depends on it: loading, syncing, limits, names, typing.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read unloaded properties on purpose: the fake must throw where Office throws. */
import { excelError } from "../../../src/core/cell";
import {
  FakeErrorCode,
  createWorkbookState,
  findSheet,
  installFakeOffice,
  maxResponseBytes,
  snapshotWorkbook,
} from "./index";

function setup(excelApi = "1.17") {
  const state = createWorkbookState(
    [
      {
        name: "Data",
        values: [
          ["id", "name"],
          ["P1", "ก"],
          [3, excelError("#N/A")],
        ],
        formats: [[], [], ["0%"]],
        tables: [{ name: "T1", address: "A1:B3" }],
      },
      { name: "Hidden", values: [["x"]], visibility: "VeryHidden" },
    ],
    { excelApi }
  );
  const office = installFakeOffice({}, state);
  return { state, ctx: office.newContext() };
}

describe("fake Excel: loading and syncing", () => {
  it("throws PropertyNotLoaded before load+sync and returns values after", async () => {
    const { state, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B3");
    expect(() => range.values).toThrow(
      expect.objectContaining({ code: FakeErrorCode.propertyNotLoaded })
    );
    range.load("values,numberFormat");
    expect(() => range.values).toThrow(
      expect.objectContaining({ code: FakeErrorCode.propertyNotLoaded })
    );
    await ctx.sync();
    expect(range.values).toEqual([
      ["id", "name"],
      ["P1", "ก"],
      [3, "#N/A"],
    ]);
    expect(range.numberFormat[2][0]).toBe("0%");
    expect(() => range.rowCount).toThrow(
      expect.objectContaining({ code: FakeErrorCode.propertyNotLoaded })
    );
    expect(state.stats.syncs).toBe(1);
  });

  it("counts a sync as a write sync only when its request writes or acts, not for loads alone", async () => {
    const { state, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").load("values");
    await ctx.sync();
    await ctx.sync();
    expect([state.stats.syncs, state.stats.writeSyncs]).toEqual([2, 0]);
    sheet.getRange("C1").values = [["new"]];
    sheet.getRange("A1").load("values");
    await ctx.sync();
    expect([state.stats.syncs, state.stats.writeSyncs]).toEqual([3, 1]);
  });

  it("refuses a load without an explicit property list", () => {
    const { ctx } = setup();
    expect(() => ctx.workbook.worksheets.getItem("Data").getRange("A1").load()).toThrow(/explicit/);
  });

  it("reports a missing sheet as ItemNotFound at sync, and null objects for OrNullObject", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.itemNotFound });
    const maybe = ctx.workbook.worksheets.getItemOrNullObject("Nope").load("name");
    const used = ctx.workbook.worksheets
      .getItem("Data")
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,rowCount");
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
    expect(used.isNullObject).toBe(false);
    expect(used.rowIndex + used.rowCount).toBe(3);
  });

  it("loads collections with items/ paths, including very hidden sheets", async () => {
    const { ctx } = setup();
    const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
    await ctx.sync();
    expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
      ["Data", "Visible"],
      ["Hidden", "VeryHidden"],
    ]);
  });
});

describe("fake Excel: limits", () => {
  it("refuses a response over the payload limit and delivers nothing", async () => {
    const { state, ctx } = setup();
    // The load request itself is well under 1,000 bytes; 20 rows of 26 values are over.
    state.limits.payloadBytes = 1000;
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:Z20").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({
      code: FakeErrorCode.responsePayloadSizeLimitExceeded,
    });
    expect(() => range.values).toThrow(
      expect.objectContaining({ code: FakeErrorCode.propertyNotLoaded })
    );
    expect(maxResponseBytes(state)).toBeGreaterThan(1000);
  });

  it("refuses a request over the payload limit before applying anything", async () => {
    const { state, ctx } = setup();
    state.limits.payloadBytes = 1000;
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("D1").values = [["x".repeat(2000)]];
    await expect(ctx.sync()).rejects.toMatchObject({
      code: FakeErrorCode.requestPayloadSizeLimitExceeded,
    });
    expect(findSheet(state, "Data").values[0][3]).toBeUndefined();
  });

  it("refuses values of a range over 5 million cells", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Data").getRange("A:E").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.rangeExceedsLimit });
  });

  it("fails a chosen sync after some operations, keeping the ones applied (Excel is not transactional)", async () => {
    const { state, ctx } = setup();
    state.failure = { atSync: 1, afterOps: 1, message: "boom" };
    ctx.workbook.worksheets.add("A");
    ctx.workbook.worksheets.add("B");
    await expect(ctx.sync()).rejects.toThrow("boom");
    expect(state.sheets.map((s) => s.name)).toEqual(["Data", "Hidden", "A"]);
  });
});

describe("fake Excel: sheets, names and typing", () => {
  it("enforces Excel's sheet name rules", async () => {
    const { ctx } = setup();
    for (const bad of ["data", "a".repeat(32), "x[1]", "a/b", "q?"]) {
      ctx.workbook.worksheets.add(bad);
      await expect(ctx.sync()).rejects.toMatchObject({
        code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/),
      });
    }
  });

  it("parses text written to a General cell like Excel, and keeps it as text in an '@' cell", async () => {
    const { state, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const inputs = [['=HYPERLINK("http://x","y")', "+SUM(1,2)", "-1", "@x", "0012", "#N/A"]];
    sheet.getRange("A10:F10").values = inputs;
    const asText = sheet.getRange("A11:F11");
    asText.numberFormat = [["@", "@", "@", "@", "@", "@"]];
    asText.values = inputs;
    await ctx.sync();
    const data = findSheet(state, "Data");
    expect([...data.formulas.keys()].sort()).toEqual(["9,0", "9,1", "9,3"]);
    expect(data.values[9].slice(2, 6)).toEqual([-1, null, 12, excelError("#N/A")]);
    expect(data.values[10]).toEqual(inputs[0]);
  });

  it("cannot delete or hide the last visible sheet", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Data").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidOperation });
  });

  it("rejects members above the host's requirement sets at sync", async () => {
    const { ctx } = setup("1.8");
    ctx.workbook.worksheets.getItem("Data").pageLayout.paperSize = "A4";
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.apiNotFound });
  });

  it("throws on a misspelt property assignment instead of ignoring it", () => {
    const { ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1") as unknown as Record<
      string,
      unknown
    >;
    expect(() => {
      range.formula = [["x"]];
    }).toThrow(TypeError);
  });

  it("records tables with totals rows and snapshots deep copies", async () => {
    const { state, ctx } = setup();
    const before = snapshotWorkbook(state);
    const table = ctx.workbook.worksheets.getItem("Data").tables.getItem("T1");
    table.showTotals = true;
    const body = table.getDataBodyRange().load("rowIndex,rowCount");
    await ctx.sync();
    expect([body.rowIndex, body.rowCount]).toEqual([1, 2]);
    expect(snapshotWorkbook(state)).not.toEqual(before);
    expect(before[0].layout.tables).toEqual([
      expect.objectContaining({ showTotals: false, address: "A1:B3" }),
    ]);
  });
});
