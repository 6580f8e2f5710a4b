// The small pure pieces of the adapter: XML escapes, part paths, drawing placement, chart ranges, row heights.
import { SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { absoluteRange, valueAxisFormat } from "../../../src/workbook/xlsx/charts/chart-xml";
import {
  ensureRelationshipNamespace,
  insertDrawingElement,
} from "../../../src/workbook/xlsx/package-edit";
import {
  decodeCellRef,
  relsPathOf,
  resolvePartPath,
} from "../../../src/workbook/xlsx/package-parts";
import { lineHeight, rowHeightsOf } from "../../../src/workbook/xlsx/row-heights";
import {
  decodeOoxmlText,
  detachText,
  elementsNamed,
  encodeOoxmlText,
  escapeXml,
  unescapeXml,
} from "../../../src/workbook/xlsx/xml";

describe("XML text", () => {
  it("escapes markup, drops characters XML cannot carry, and keeps CR as a reference", () => {
    expect(escapeXml(`<a href="x">&'\u0001\r`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;'&#13;");
    expect(unescapeXml("&lt;&amp;&quot;&apos;&#3585;&#x0E02;")).toBe(`<&"'กข`);
  });

  it("round-trips CR and literal _xHHHH_ through Excel's cell-text escape", () => {
    for (const text of ["\rx", "_x000D_", "a_x0041_b", "ไม่มีอะไร"])
      expect(decodeOoxmlText(encodeOoxmlText(text))).toBe(text);
    expect(encodeOoxmlText("\r")).toBe("_x000D_");
  });

  it("detaches text cut from a chunk without changing a character, short or long", () => {
    const chunk = `<v>${"ก".repeat(40)}</v><v>ab</v><v> สำนักงาน ปลัด 😀 </v>`;
    for (const [from, to] of [
      [3, 43],
      [50, 52],
      [59, chunk.length - 4],
      [3, 16],
      [3, 15],
    ]) {
      const cut = chunk.slice(from, to);
      expect(detachText(cut)).toBe(cut);
      expect(detachText(cut).length).toBe(to - from);
    }
  });

  it("finds elements whatever their namespace prefix, but not longer names", () => {
    const xml = `<sheets><x:sheet name="a &amp; b" r:id="rId1"/><sheet name='c'/></sheets><sheetPr/>`;
    expect(elementsNamed(xml, "sheet")).toEqual([{ name: "a & b", "r:id": "rId1" }, { name: "c" }]);
  });
});

describe("package paths", () => {
  it("resolves relationship targets against their owner part", () => {
    expect(resolvePartPath("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolvePartPath("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe(
      "xl/tables/table1.xml"
    );
    expect(resolvePartPath("xl/workbook.xml", "/xl/worksheets/sheet2.xml")).toBe(
      "xl/worksheets/sheet2.xml"
    );
    expect(relsPathOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(relsPathOf("")).toBe("_rels/.rels");
    expect(decodeCellRef("$AB$12")).toEqual({ row: 12, column: 28 });
  });
});

describe("the drawing element", () => {
  const root = `<worksheet xmlns="main" xmlns:r="rels"><sheetData/>`;

  it("goes before legacyDrawing, tableParts or extLst, whichever comes first", () => {
    expect(
      insertDrawingElement(`${root}<pageSetup/><tableParts count="1"/></worksheet>`, "<drawing/>")
    ).toBe(`${root}<pageSetup/><drawing/><tableParts count="1"/></worksheet>`);
    expect(
      insertDrawingElement(
        `${root}<headerFooter/><legacyDrawing r:id="x"/><extLst/></worksheet>`,
        "<drawing/>"
      )
    ).toBe(`${root}<headerFooter/><drawing/><legacyDrawing r:id="x"/><extLst/></worksheet>`);
    expect(insertDrawingElement(`${root}<rowBreaks/></worksheet>`, "<drawing/>")).toBe(
      `${root}<rowBreaks/><drawing/></worksheet>`
    );
  });

  it("is refused where a drawing exists, and the r namespace is declared where missing", () => {
    expect(() =>
      insertDrawingElement(`${root}<drawing r:id="a"/></worksheet>`, "<drawing/>")
    ).toThrow(/already/);
    expect(
      ensureRelationshipNamespace(`<worksheet xmlns="main"><sheetData/></worksheet>`)
    ).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(ensureRelationshipNamespace(`${root}</worksheet>`)).toBe(`${root}</worksheet>`);
  });
});

describe("chart ranges and axis formats", () => {
  it("quotes sheet names, doubling apostrophes", () => {
    expect(absoluteRange("กรม's", { firstRow: 5, firstColumn: 1, lastRow: 9, lastColumn: 1 })).toBe(
      "'กรม''s'!$A$5:$A$9"
    );
    expect(absoluteRange("S", { firstRow: 2, firstColumn: 3, lastRow: 2, lastColumn: 3 })).toBe(
      "'S'!$C$2"
    );
  });

  it("shows whole numbers on a value axis of 10 or more, keeping decimals on a small one", () => {
    expect(valueAxisFormat("0.00", 100)).toBe("0");
    expect(valueAxisFormat("#,##0.00", 2_500_000)).toBe("#,##0");
    expect(valueAxisFormat("0.00", 1)).toBe("0.00");
  });
});

describe("row heights", () => {
  const doc = (overrides: Partial<SheetDoc>): SheetDoc => ({
    key: "k",
    name: "n",
    font: { name: "TH Sarabun New", size: 16 },
    columnWidths: [10, 10, 10],
    cells: [],
    merges: [],
    charts: [],
    showGridlines: true,
    ...overrides,
  });

  it("fits the largest font of each row, never below the sheet's own line height", () => {
    const heights = rowHeightsOf(
      doc({
        cells: [
          { row: 1, column: 1, value: "หัวเรื่อง", style: { size: 20 } },
          { row: 2, column: 1, value: 1 },
        ],
      })
    );
    expect(heights.get(1)).toBe(lineHeight(20));
    expect(heights.get(2)).toBe(lineHeight(16));
    expect(heights.has(3)).toBe(false);
  });

  it("gives wrapped text as many lines as it needs across a merge, and keeps explicit heights", () => {
    const paragraph = "ข้อเท็จจริง ".repeat(40);
    const narrow = rowHeightsOf(
      doc({ cells: [{ row: 1, column: 1, value: paragraph, style: { wrap: true } }] })
    ).get(1)!;
    const merged = rowHeightsOf(
      doc({
        cells: [{ row: 1, column: 1, value: paragraph, style: { wrap: true } }],
        merges: [{ firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 3 }],
      })
    ).get(1)!;
    expect(narrow).toBeGreaterThan(lineHeight(16) * 5);
    expect(merged).toBeLessThan(narrow);
    expect(merged).toBeGreaterThan(lineHeight(16));
    const fixed = rowHeightsOf(
      doc({
        cells: [{ row: 1, column: 1, value: paragraph, style: { wrap: true } }],
        rowHeights: [{ row: 1, height: 30 }],
      })
    );
    expect(fixed.get(1)).toBe(30);
  });
});
