// The committed API-set table is what scripts/excel-api-sets.js makes from the installed @types/office-js.
import fs from "fs";
import { OUT, buildApiSets, serialise } from "../../scripts/excel-api-sets";

describe("excel-api-sets", () => {
  const table = buildApiSets();

  it("matches the committed table (re-run `node scripts/excel-api-sets.js` after updating the typings)", () => {
    expect(fs.readFileSync(OUT, "utf8")).toBe(serialise(table));
  });

  it("takes each member's set from its doc comment", () => {
    expect(table.members).toMatchObject({
      "Range.merge": "ExcelApi 1.2",
      "Worksheet.tabColor": "ExcelApi 1.7",
      "Worksheet.showGridlines": "ExcelApi 1.8",
      "RangeFormat.indentLevel": "ExcelApi 1.9",
      "Range.getMergedAreasOrNullObject": "ExcelApi 1.13",
      "ChartSeriesBy.rows": "ExcelApi 1.1",
    });
    expect(Number(table.latestExcelApi.split(".")[1])).toBeGreaterThanOrEqual(13);
  });
});
