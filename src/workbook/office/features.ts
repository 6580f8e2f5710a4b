// Runtime feature detection: which ExcelApi requirement sets the host supports, and what degrades without them.

/** `Office.context.requirements.isSetSupported`, or a stand-in for tests. */
export type RequirementCheck = (set: string, minVersion: string) => boolean;

export interface OfficeFeatures {
  /** ExcelApi 1.7 (the adapter's baseline): getRangeByIndexes, hyperlinks, tab colour, freeze panes, chart series. */
  readonly baseline: boolean;
  /** ExcelApi 1.8: sheet gridlines on/off. */
  readonly gridlines: boolean;
  /** ExcelApi 1.8: drop-down lists (data validation). */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: number formats of chart data labels and value axes. */
  readonly chartNumberFormats: boolean;
  /** ExcelApi 1.9: page layout (A4, margins, print area, fit to width). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: `getRanges` (one request formats many scattered cells). */
  readonly rangeAreas: boolean;
  /** ExcelApi 1.9: fill pattern, so "no fill" can be told from a white fill when restoring highlights. */
  readonly fillPattern: boolean;
  /** ExcelApi 1.9: `setCellProperties` (the hyperlinks of a whole column in one request). */
  readonly cellProperties: boolean;
  /** ExcelApi 1.9: `getSpecialCellsOrNullObject` (which cells of a tracker hold formulas: total rows). */
  readonly formulaCells: boolean;
  /** ExcelApi 1.13: `getMergedAreasOrNullObject` (a printed tracker's merged cells). */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.9: cell indent (`RangeFormat.indentLevel`); Excel 2019 (ExcelApi 1.8) writes without it. */
  readonly indentLevel: boolean;
}

export const BASELINE_EXCEL_API = "1.7";

/** The host's checker; without Office (e.g. a test without the fake installed) nothing is supported. */
export function officeRequirementCheck(): RequirementCheck {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return () => false;
  return (set, version) => requirements.isSetSupported(set, version);
}

/** The highest "ExcelApi 1.x" the host supports ("" when not even 1.1), for diagnostics. */
export function highestExcelApi(
  check: RequirementCheck = officeRequirementCheck(),
  upTo = 20
): string {
  let found = "";
  for (let minor = 1; minor <= upTo && check("ExcelApi", `1.${minor}`); minor++)
    found = `1.${minor}`;
  return found;
}

export function detectFeatures(check: RequirementCheck = officeRequirementCheck()): OfficeFeatures {
  const excel = (minor: number) => check("ExcelApi", `1.${minor}`);
  return {
    baseline: excel(7),
    gridlines: excel(8),
    dataValidation: excel(8),
    chartNumberFormats: excel(8),
    pageLayout: excel(9),
    rangeAreas: excel(9),
    fillPattern: excel(9),
    cellProperties: excel(9),
    formulaCells: excel(9),
    mergedAreas: excel(13),
    indentLevel: excel(9),
  };
}

/** Every feature on: for hosts known to be current, and for tests. */
export const ALL_FEATURES: OfficeFeatures = {
  baseline: true,
  gridlines: true,
  dataValidation: true,
  chartNumberFormats: true,
  pageLayout: true,
  rangeAreas: true,
  fillPattern: true,
  cellProperties: true,
  formulaCells: true,
  mergedAreas: true,
  indentLevel: true,
};
