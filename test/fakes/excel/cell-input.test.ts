// The fake accepts what Excel accepts for cell-level setters (a 2-D array or one value for all cells) and counts request bytes honestly.
import { excelError } from "../../../src/core/cell";
import { FakeErrorCode, createWorkbookState, findSheet, installFakeOffice } from "./index";

function setup() {
  const state = createWorkbookState([{ name: "Data", values: [["keep"]] }]);
  const office = installFakeOffice({}, state);
  return { state, ctx: office.newContext() };
}

describe("fake Excel: one value for every cell of a range", () => {
  it("applies a single number format and a single value to every cell", async () => {
    const { state, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("B2:C4");
    range.numberFormat = "@" as unknown as string[][];
    range.values = "=1+1" as unknown as string[][];
    await ctx.sync();
    const data = findSheet(state, "Data");
    for (let r = 1; r <= 3; r++) {
      expect(data.formats[r].slice(1, 3)).toEqual(["@", "@"]);
      // Formatted as text first, so the formula-looking text stays text.
      expect(data.values[r].slice(1, 3)).toEqual(["=1+1", "=1+1"]);
    }
    expect(data.formulas.size).toBe(0);
    expect(data.values[0][0]).toBe("keep");
  });

  it("parses a single value like typed text when the cells are not text-formatted", async () => {
    const { state, ctx } = setup();
    ctx.workbook.worksheets.getItem("Data").getRange("A2:A3").values =
      "#N/A" as unknown as string[][];
    await ctx.sync();
    const data = findSheet(state, "Data");
    expect([data.values[1][0], data.values[2][0]]).toEqual([
      excelError("#N/A"),
      excelError("#N/A"),
    ]);
  });

  it.each([
    ["null", null],
    ["an object", { value: 1 }],
  ])("refuses %s as the single value, applying nothing", async (_what, input) => {
    const { state, ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
    range.values = input as unknown as string[][];
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
    range.numberFormat = input as unknown as string[][];
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
    expect(findSheet(state, "Data").values).toEqual([["keep"]]);
  });

  it("refuses a single value on whole columns or rows (an unbounded range)", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Data").getRange("D:D").numberFormat =
      "@" as unknown as string[][];
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
    ctx.workbook.worksheets.getItem("Data").getRange("5:5").values = "x" as unknown as string[][];
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
  });

  it("still requires a 2-D array to match the range's shape", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").numberFormat = [["@", "@"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
  });
});

describe("fake Excel: setCellProperties", () => {
  it("sets a hyperlink per cell from a 2-D array; an empty object changes nothing", async () => {
    const { state, ctx } = setup();
    const link = (cell: string) => ({
      hyperlink: { documentReference: `'Data'!${cell}`, textToDisplay: cell },
    });
    ctx.workbook.worksheets
      .getItem("Data")
      .getRange("B1:C2")
      .setCellProperties([
        [link("A1"), {}],
        [link("A2"), link("A3")],
      ]);
    await ctx.sync();
    const data = findSheet(state, "Data");
    expect([...data.hyperlinks.keys()].sort()).toEqual(["0,1", "1,1", "1,2"]);
    expect(data.values[1].slice(1, 3)).toEqual(["A2", "A3"]);
  });

  it("refuses a wrong shape, a non-object or a link without a target, and needs ExcelApi 1.9", async () => {
    const { ctx } = setup();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("B1:B2");
    for (const input of [[[{}]], [[{}], [null]], [[{}], [{ hyperlink: { textToDisplay: "x" } }]]]) {
      range.setCellProperties(input as Excel.SettableCellProperties[][]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
    }
    const old = createWorkbookState([{ name: "Data" }], { excelApi: "1.8" });
    const oldCtx = installFakeOffice({}, old).newContext();
    oldCtx.workbook.worksheets
      .getItem("Data")
      .getRange("A1")
      .setCellProperties([[{}]]);
    await expect(oldCtx.sync()).rejects.toMatchObject({ code: FakeErrorCode.apiNotFound });
  });

  it("says so when a test uses a cell property the fake does not model", async () => {
    const { ctx } = setup();
    ctx.workbook.worksheets
      .getItem("Data")
      .getRange("A1")
      .setCellProperties([[{ style: "Normal" }]]);
    await expect(ctx.sync()).rejects.toThrow(/not modelled/);
  });
});

describe("fake Excel: request bytes", () => {
  it("counts a RangeAreas address list in every request that uses it", async () => {
    const { state, ctx } = setup();
    const list = Array.from({ length: 300 }, (_, i) => `A${2 * i + 1}`).join(",");
    ctx.workbook.worksheets.getItem("Data").getRanges(list).format.font.bold = true;
    await ctx.sync();
    expect(state.stats.requestBytes[0]).toBeGreaterThan(list.length);
  });

  it("records each operation's bytes only when asked to", async () => {
    const { state, ctx } = setup();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("A2").values = [["x"]];
    await ctx.sync();
    expect(state.stats.operations).toBeUndefined();
    state.stats.operations = [];
    sheet.getRange("A3").values = [["ก".repeat(100)]];
    sheet.getRange("A4").numberFormat = [["0.00"]];
    await ctx.sync();
    const ops = state.stats.operations;
    expect(ops.map((o) => [o.sync, o.describe.replace(/^.*\)\./, "")])).toEqual([
      [2, "values = …"],
      [2, "numberFormat = …"],
    ]);
    // Thai text is three bytes a character; the request is the operations plus its envelope.
    expect(ops[0].bytes).toBeGreaterThan(300);
    expect(state.stats.requestBytes[1]).toBeGreaterThan(ops[0].bytes + ops[1].bytes);
  });
});
