// StyleCache: one exceljs style per distinct request, found again by style object, font and the text/link flags.
import { CellStyle } from "../../../src/core/outputs/sheet-doc";
import { LINK_COLOR, StyleCache, TEXT_FORMAT } from "../../../src/workbook/xlsx/styles";

const SARABUN = { name: "TH Sarabun New", size: 16 };
const CALIBRI = { name: "Calibri", size: 11 };

describe("StyleCache", () => {
  it("hands out the same style for the same request, and a new one for each flag", () => {
    const cache = new StyleCache();
    const money: CellStyle = { border: "thin", numberFormat: "#,##0.00" };
    const plain = cache.styleFor(money, SARABUN, false, false);
    expect(cache.styleFor(money, SARABUN, false, false)).toBe(plain);
    expect(plain.numFmt).toBe("#,##0.00");
    const text = cache.styleFor(money, SARABUN, true, false);
    expect(text).not.toBe(plain);
    expect(text.numFmt).toBe(TEXT_FORMAT);
    const link = cache.styleFor(money, SARABUN, true, true);
    expect(link).not.toBe(text);
    expect(link.font?.underline).toBe(true);
    expect(link.font?.color?.argb).toBe(`FF${LINK_COLOR}`);
    expect(cache.styleFor(money, SARABUN, false, true)).not.toBe(link);
  });

  it("tells fonts apart, also when cells alternate between two fonts", () => {
    const cache = new StyleCache();
    const bold: CellStyle = { bold: true };
    const th = cache.styleFor(bold, SARABUN, false, false);
    const en = cache.styleFor(bold, CALIBRI, false, false);
    expect(th.font?.name).toBe("TH Sarabun New");
    expect(en.font?.name).toBe("Calibri");
    expect(en.font?.size).toBe(11);
    expect(cache.styleFor(bold, SARABUN, false, false)).toBe(th);
    expect(cache.styleFor(bold, { ...CALIBRI }, false, false)).toBe(en);
    const small = cache.styleFor(bold, { ...SARABUN, size: 14 }, false, false);
    expect(small.font?.size).toBe(14);
    expect(cache.styleFor(bold, SARABUN, false, false).font?.size).toBe(16);
  });

  it("shares one style between equal CellStyle objects, and keeps unstyled cells apart", () => {
    const cache = new StyleCache();
    const a = cache.styleFor({ fill: "header", bold: true }, SARABUN, true, false);
    const b = cache.styleFor({ fill: "header", bold: true }, SARABUN, true, false);
    expect(b).toBe(a);
    const none = cache.styleFor(undefined, SARABUN, false, false);
    expect(none).not.toBe(a);
    expect(none.fill).toBeUndefined();
    expect(cache.styleFor(undefined, SARABUN, false, false)).toBe(none);
    expect(cache.styleFor(undefined, SARABUN, true, false).numFmt).toBe(TEXT_FORMAT);
  });
});
