// The lint-time API-set check: it lists members with their sets, accepts each form of feature check
// and fails on a planted unguarded ExcelApi 1.9 member; the adapter itself passes it.
import path from "path";
import { checkApiUse, featureMinors, manifestMinor } from "../../scripts/check-api-use";

const FIXTURE = path.join(__dirname, "fixtures/api-use.ts");

describe("check-api-use", () => {
  it("reads the baseline from the manifest and each flag's set from detectFeatures", () => {
    expect(manifestMinor()).toBe(7);
    expect(featureMinors()).toMatchObject({ gridlines: 8, pageLayout: 9, indentLevel: 9 });
  });

  it("fails on the planted unguarded 1.9 member and on a check of a lower flag, accepts the others", () => {
    const { uses, failures } = checkApiUse({ files: [FIXTURE] });
    expect(failures.map((f) => [f.member, f.set, f.line])).toEqual([
      ["RangeFormat.indentLevel", "ExcelApi 1.9", 6],
      ["RangeFormat.indentLevel", "ExcelApi 1.9", 11],
    ]);
    const guarded = (member: string) =>
      uses.filter((u) => u.member === member).map((u) => u.guardedBy);
    expect(guarded("RangeFormat.indentLevel")).toEqual([null, null, "indentLevel"]);
    expect(guarded("PageLayout.paperSize")).toEqual(["pageLayout"]);
    expect(guarded("RangeFill.pattern")).toEqual(["fillPattern"]);
    expect(guarded("Worksheet.getRanges")).toEqual(["rangeAreas"]);
    // Members at or below the manifest's ExcelApi 1.7 need no check.
    expect(uses.find((u) => u.member === "RangeFill.clear")).toMatchObject({ ok: true, guardedBy: null });
  });

  it("passes on the adapter, listing the 1.9 members it uses behind their checks", () => {
    const { uses, failures } = checkApiUse();
    expect(failures).toEqual([]);
    const members = new Set(uses.map((u) => u.member));
    for (const m of ["RangeFormat.indentLevel", "Worksheet.getRanges", "PageLayout.zoom"])
      expect(members.has(m)).toBe(true);
  });
});
