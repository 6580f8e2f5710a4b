// What the fake refuses because Excel does, each from a Microsoft source named in the fake's code:
// members above the host's API set (the typings' table), very hidden deletes, merges, seriesBy, list sources.
import {
  FakeErrorCode,
  FakeExcelContext,
  createWorkbookState,
  fakeIsSetSupported,
  findSheet,
} from "./index";

const HOSTS = ["1.7", "1.8", "1.9", "1.13", "latest"] as const;
const sheetS = (ctx: FakeExcelContext) => ctx.workbook.worksheets.getItem("S");
const GATED: [string, number, (ctx: FakeExcelContext) => void][] = [
  ["Worksheet.showGridlines", 8, (ctx) => void (sheetS(ctx).showGridlines = false)],
  ["RangeFormat.indentLevel", 9, (ctx) => void (sheetS(ctx).getRange("A1").format.indentLevel = 1)],
  ["Worksheet.getRanges", 9, (ctx) => void (sheetS(ctx).getRanges("A1, B2").format.fill.color = "#FF0000")],
  ["Worksheet.pageLayout", 9, (ctx) => void (sheetS(ctx).pageLayout.leftMargin = 20)],
  ["RangeFill.pattern (load)", 9, (ctx) => void sheetS(ctx).getRange("A1").format.fill.load("pattern")],
  ["Worksheet.tabColor (collection load)", 7, (ctx) => void ctx.workbook.worksheets.load("items/tabColor")],
];

describe("fake Excel: API sets from the typings' table", () => {
  for (const host of HOSTS) {
    it(`ExcelApi ${host}: refuses at sync what is above it, and isSetSupported agrees`, async () => {
      const state = createWorkbookState([{ name: "S" }], { excelApi: host });
      for (const [member, needs, use] of GATED) {
        const ctx = new FakeExcelContext(state);
        use(ctx); // queuing never throws: the host refuses when the request reaches it
        const sync = ctx.sync();
        if (needs > state.excelApiMinor)
          await expect(sync).rejects.toMatchObject({ code: FakeErrorCode.apiNotFound });
        else await expect(sync).resolves.toBeUndefined();
        expect([member, fakeIsSetSupported(state, "ExcelApi", `1.${needs}`)]).toEqual([
          member,
          needs <= state.excelApiMinor,
        ]);
      }
    });
  }
});

describe("fake Excel: documented refusals", () => {
  it("refuses to delete a very hidden sheet, and deletes it once hidden", async () => {
    const state = createWorkbookState([{ name: "S" }, { name: "_rec", visibility: "VeryHidden" }]);
    const ctx = new FakeExcelContext(state);
    ctx.workbook.worksheets.getItem("_rec").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidOperation });
    const rec = ctx.workbook.worksheets.getItem("_rec");
    rec.visibility = "Hidden";
    rec.delete();
    await ctx.sync();
    expect(state.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("keeps only the upper-left value of a merged area", async () => {
    const state = createWorkbookState([{ name: "S", values: [["a", "b"], ["c", "d"]] }]);
    const ctx = new FakeExcelContext(state);
    sheetS(ctx).getRange("A1:B2").merge(false);
    await ctx.sync();
    const values = findSheet(state, "S").values;
    expect([values[0][0], values[0][1] ?? null, values[1]?.[0] ?? null]).toEqual(["a", null, null]);
  });

  it("takes a chart's series by columns or by rows, as seriesBy says (Auto is columns, as on the web)", async () => {
    const state = createWorkbookState([{ name: "S", values: [[1, 2, 3], [4, 5, 6]] }]);
    const ctx = new FakeExcelContext(state);
    for (const by of ["Columns", "Rows", "Auto"])
      sheetS(ctx).charts.add("ColumnClustered", sheetS(ctx).getRange("A1:C2"), by);
    await ctx.sync();
    expect(findSheet(state, "S").charts.map((c) => c.series.length)).toEqual([3, 2, 3]);
  });

  it("takes a list source as a Range, an inline list, or a reference to an existing sheet only", async () => {
    const state = createWorkbookState([{ name: "S" }, { name: "Ref" }]);
    const rule = (source: unknown) => ({ list: { inCellDropDown: true, source } }) as never;
    const ok = new FakeExcelContext(state);
    sheetS(ok).getRange("A1").dataValidation.rule = rule(ok.workbook.worksheets.getItem("Ref").getRange("A1:A3"));
    sheetS(ok).getRange("A2").dataValidation.rule = rule("x,y");
    sheetS(ok).getRange("A3").dataValidation.rule = rule("='Ref'!$A$1:$A$3");
    await ok.sync();
    expect(findSheet(state, "S").validations.map((v) => (v.rule as { list: { source: string } }).list.source)).toEqual([
      "='Ref'!$A$1:$A$3",
      "x,y",
      "='Ref'!$A$1:$A$3",
    ]);
    const missing = new FakeExcelContext(state);
    sheetS(missing).getRange("B1").dataValidation.rule = rule("='Later'!$A$1:$A$3");
    await expect(missing.sync()).rejects.toMatchObject({ code: FakeErrorCode.invalidArgument });
  });

  it("refuses the sheet names Excel refuses", async () => {
    const state = createWorkbookState([{ name: "S" }]);
    for (const name of ["x".repeat(32), "a/b", "a[b]", "History", "s", "'quoted'"]) {
      const ctx = new FakeExcelContext(state);
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toHaveProperty("code");
    }
    expect(state.sheets.map((s) => s.name)).toEqual(["S"]);
  });
});
