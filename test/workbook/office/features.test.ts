// Runtime feature detection: requirement sets from Office.context, and what degrades without them.
import {
  BASELINE_EXCEL_API,
  detectFeatures,
  highestExcelApi,
  officeRequirementCheck,
} from "../../../src/workbook/office/features";
import { expectedDegradations } from "../../../src/workbook/office/notes";
import { officeOver } from "./tracker-cells";

const upTo = (max: number) => (set: string, version: string) =>
  set === "ExcelApi" && Number(version.split(".")[1]) <= max;

describe("feature detection", () => {
  it("maps requirement sets to features", () => {
    expect(detectFeatures(upTo(8))).toEqual({
      baseline: true,
      gridlines: true,
      dataValidation: true,
      chartNumberFormats: true,
      pageLayout: false,
      rangeAreas: false,
      fillPattern: false,
      cellProperties: false,
      formulaCells: false,
      mergedAreas: false,
      indentLevel: false,
    });
    expect(detectFeatures(upTo(12))).toMatchObject({ formulaCells: true, mergedAreas: false });
    expect(detectFeatures(upTo(13))).toMatchObject({ formulaCells: true, mergedAreas: true });
    expect(detectFeatures(upTo(6)).baseline).toBe(false);
    expect(BASELINE_EXCEL_API).toBe("1.7");
  });

  it("reads Office.context.requirements of the host, and nothing without Office", () => {
    expect(highestExcelApi(officeRequirementCheck())).toBe("");
    const office = officeOver([], "1.9");
    try {
      expect(highestExcelApi()).toBe("1.9");
      expect(detectFeatures().pageLayout).toBe(true);
      expect(office.workbook().features.fillPattern).toBe(true);
    } finally {
      office.uninstall();
    }
  });

  it("lists what will degrade, in Thai and English", () => {
    expect(expectedDegradations(detectFeatures(upTo(8))).map((n) => n.code)).toEqual([
      "no-page-layout",
      "no-fill-pattern",
      "no-indent",
    ]);
    expect(expectedDegradations(detectFeatures(upTo(17)))).toEqual([]);
    for (const n of expectedDegradations(detectFeatures(upTo(7))))
      expect([n.th.length > 0, n.en.length > 0]).toEqual([true, true]);
  });
});
