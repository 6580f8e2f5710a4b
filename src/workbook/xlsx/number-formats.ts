// Number formats of a workbook's cell styles: styles.xml numFmts + cellXfs, with Excel's built-in format ids.
import type JSZip from "jszip";
import { parseXmlPart } from "./xml-stream";

export const GENERAL = "General";

/**
 * Excel's built-in formats, which styles.xml refers to by id without writing them out
 * (ECMA-376 Part 1, §18.8.30). 14 is written as exceljs and most readers name it.
 */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: GENERAL,
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  // Thai-locale built-ins, which Excel in Thailand writes by id alone. The "t" prefix (Thai digits)
  // keeps numbers and percents as they are; the Thai-letter date codes (ว/ด/ปปปป) are given as
  // their Latin equivalents, so every adapter and the engine recognise them as dates.
  59: "t0",
  60: "t0.00",
  61: "t#,##0",
  62: "t#,##0.00",
  67: "t0%",
  68: "t0.00%",
  69: "t# ?/?",
  70: "t# ??/??",
  71: "d/m/yyyy",
  72: "d-mmm-yy",
  73: "d-mmm",
  74: "mmm-yy",
  75: "h:mm",
  76: "h:mm:ss",
  77: "d/m/yyyy h:mm",
  78: "mm:ss",
  79: "[h]:mm:ss",
  80: "mm:ss.0",
  81: "d/m/bb",
};

/**
 * The number format of each cell style (index = the `s` attribute of a cell), General where the
 * style names no format or an unknown id. Only `cellXfs` counts: `cellStyleXfs` are named styles.
 */
export async function readCellFormats(zip: JSZip, stylesPath: string | null): Promise<string[]> {
  const custom = new Map<number, string>();
  const formats: string[] = [];
  let inCellXfs = false;
  const xfNumFmtIds: number[] = [];
  if (stylesPath) {
    await parseXmlPart(zip, stylesPath, {
      open(name, attributes) {
        if (name === "numFmt" && attributes.numFmtId !== undefined)
          custom.set(Number(attributes.numFmtId), attributes.formatCode || GENERAL);
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) xfNumFmtIds.push(Number(attributes.numFmtId ?? 0));
      },
      text() {},
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    });
  }
  for (const id of xfNumFmtIds) formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? GENERAL);
  return formats;
}
