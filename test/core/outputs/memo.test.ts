// Quarter-round memos: header lines, recipients, body order, figures table, remarks, page setup.
import { loadDefaultReference } from "../../../src/core/reference";
import { buildMemoDocs } from "../../../src/core/outputs/memos";
import { SheetDoc } from "../../../src/core/outputs/sheet-doc";
import {
  HYPERLINK_REMARK,
  TODAY,
  cellAt,
  findCell,
  fixtureAnalysis,
  labelValue,
  rowValues,
} from "./memo-fixture";

const reference = loadDefaultReference();
const docs = buildMemoDocs({
  analysis: fixtureAnalysis(),
  reference,
  lang: "th",
  round: "quarter",
  today: TODAY,
});
const byKey = (key: string): SheetDoc => docs.find((d) => d.key === key)!;

/** Rows of the table whose header row holds `firstHeader`, up to the first row after it without a border. */
function tableRows(doc: SheetDoc, firstHeader: string): (string | number)[][] {
  const header = findCell(doc, firstHeader);
  const out: (string | number)[][] = [];
  for (let row = header.row + 1; cellAt(doc, row, 1)?.style?.border === "thin"; row++)
    out.push(rowValues(doc, row));
  return out;
}

describe("quarter memos", () => {
  it("writes one memo per cluster with figures, then the final one", () => {
    expect(docs.map((d) => d.key)).toEqual(["memo-C1", "memo-C2", "memo-final"]);
    expect(docs.map((d) => d.name)).toEqual(["บันทึก-C1", "บันทึก-C2", "บันทึก-ปลัด"]);
    for (const d of docs) expect(Array.from(d.name).length).toBeLessThanOrEqual(31);
  });

  it("opens with the large centred heading", () => {
    const heading = cellAt(byKey("memo-C1"), 1, 1)!;
    expect(heading.value).toBe("บันทึกข้อความ");
    expect(heading.style).toMatchObject({ bold: true, size: 29, align: "center" });
    expect(byKey("memo-C1").merges).toContainEqual({
      firstRow: 1,
      firstColumn: 1,
      lastRow: 1,
      lastColumn: 8,
    });
  });

  it("fills ส่วนราชการ, ที่, วันที่ and เรื่อง", () => {
    const doc = byKey("memo-C1");
    expect(labelValue(doc, "ส่วนราชการ")).toBe(
      `${reference.data.reporting_office_th} โทร. ........`
    );
    expect(labelValue(doc, "ที่")).toBe("รง ........../........");
    const date = findCell(doc, "วันที่");
    expect(cellAt(doc, date.row, date.column + 1)?.value).toBe("๒๕ พฤศจิกายน ๒๕๖๙");
    expect(labelValue(doc, "เรื่อง")).toBe(
      "รายงานผลการดำเนินงานโครงการตามยุทธศาสตร์ชาติ ไตรมาสที่ ๑ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
    );
  });

  it("addresses each cluster head, and the permanent secretary in the final memo", () => {
    expect(labelValue(byKey("memo-C1"), "เรียน")).toBe(reference.cluster("C1")!.head_title_th);
    expect(labelValue(byKey("memo-C2"), "เรียน")).toBe(reference.cluster("C2")!.head_title_th);
    expect(labelValue(byKey("memo-final"), "เรียน")).toBe("ปลัดกระทรวงแรงงาน");
  });

  it("puts the header lines, body sections, closing and signature in order", () => {
    const doc = byKey("memo-C1");
    const order = [
      "บันทึกข้อความ",
      "ส่วนราชการ",
      "ที่",
      "เรื่อง",
      "เรียน",
      "๑. เรื่องเดิม",
      "๒. ข้อเท็จจริง",
      "๓. ข้อพิจารณา",
      "๔. ข้อเสนอ",
      "จึงเรียนมาเพื่อโปรดพิจารณา",
      "(......................................)",
      "ผู้อำนวยการกลุ่ม ป.ย.ป.",
      "ความเห็น/สั่งการ",
    ].map((v) => findCell(doc, v).row);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  it("asks for approval only in the final memo", () => {
    expect(() => findCell(byKey("memo-final"), "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ")).not.toThrow();
    expect(() => findCell(byKey("memo-C1"), "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ")).toThrow();
  });

  it("shows the cluster's departments and total in Thai digits with two decimals", () => {
    expect(tableRows(byKey("memo-C1"), "หน่วยงาน")).toEqual([
      ["กรมการจัดหางาน", "๒", "๒", "๔๕.๕๐", "๑๕.๐๐"],
      ["กรมพัฒนาฝีมือแรงงาน", "๑", "๐", "-", "๐.๐๐"],
      ["รวมกลุ่มภารกิจ", "๓", "๒", "๔๕.๕๐", "๑๒.๐๐"],
    ]);
    expect(tableRows(byKey("memo-C2"), "หน่วยงาน")).toEqual([
      ["กรมสวัสดิการและคุ้มครองแรงงาน", "๑", "๑", "๑๐๐.๐๐", "-"],
      ["รวมกลุ่มภารกิจ", "๑", "๑", "๑๐๐.๐๐", "-"],
    ]);
  });

  it("shows clusters and the ministry in the final memo", () => {
    expect(tableRows(byKey("memo-final"), "กลุ่มภารกิจ/หน่วยงาน")).toEqual([
      [reference.cluster("C1")!.name_th, "๓", "๒", "๔๕.๕๐", "๑๒.๐๐"],
      [reference.cluster("C2")!.name_th, "๑", "๑", "๑๐๐.๐๐", "-"],
      ["รวมทั้งกระทรวง", "๔", "๓", "๖๓.๖๗", "๑๒.๐๐"],
    ]);
  });

  it("frames the table: every cell of a merged table cell carries the border", () => {
    const doc = byKey("memo-C1");
    const header = findCell(doc, "หน่วยงาน");
    for (let column = 1; column <= 8; column++)
      expect(cellAt(doc, header.row, column)?.style?.border).toBe("thin");
  });

  it("counts left-out rows and unreported projects in ข้อพิจารณา", () => {
    const doc = byKey("memo-C1");
    const text = doc.cells.find(
      (c) => typeof c.value === "string" && c.value.startsWith("ผลการดำเนินงานข้างต้น")
    )!.value as string;
    expect(text).toContain("ข้อมูลยังไม่ถูกต้อง ๑ โครงการ");
    expect(text).toContain("ยังไม่รายงานผล ๑ โครงการ");
  });

  it("quotes remarks as plain strings, formula-like text included", () => {
    const doc = byKey("memo-C1");
    const quote = doc.cells.find(
      (c) => typeof c.value === "string" && c.value.includes(HYPERLINK_REMARK)
    );
    expect(quote).toBeDefined();
    expect(quote!.value).toBe(`• กกจ. โครงการพัฒนาทักษะแรงงาน: ${HYPERLINK_REMARK}`);
    expect(quote!.link).toBeUndefined();
    // The other cluster's memo quotes none of DOE's remarks.
    expect(
      byKey("memo-C2").cells.some(
        (c) => typeof c.value === "string" && c.value.includes(HYPERLINK_REMARK)
      )
    ).toBe(false);
  });

  it("truncates a long remark", () => {
    const doc = byKey("memo-C1");
    const quote = doc.cells.find(
      (c) => typeof c.value === "string" && c.value.includes("โครงการจัดหางานเชิงรุก")
    )!;
    const value = quote.value as string;
    expect(value.endsWith("…")).toBe(true);
    expect(Array.from(value).length).toBeLessThan(250);
  });

  it("is set up for A4 portrait in TH Sarabun New 16 pt without gridlines", () => {
    for (const doc of docs) {
      expect(doc.font).toEqual({ name: "TH Sarabun New", size: 16 });
      expect(doc.showGridlines).toBe(false);
      expect(doc.page).toMatchObject({
        paper: "A4",
        orientation: "portrait",
        marginsCm: { left: 3, right: 2, top: 2.5, bottom: 2 },
      });
      // 21 cm of paper less 5 cm of margins; one width unit is about 0.19 cm.
      const widthCm = doc.columnWidths.reduce((a, b) => a + b, 0) * 0.19;
      expect(widthCm).toBeLessThanOrEqual(16);
      expect(widthCm).toBeGreaterThan(14);
    }
  });

  it("sets a print area that covers every cell and merge", () => {
    for (const doc of docs) {
      const area = doc.page!.printArea!;
      expect(area).toMatchObject({ firstRow: 1, firstColumn: 1, lastColumn: 8 });
      const lastRow = Math.max(...doc.cells.map((c) => c.row), ...doc.merges.map((m) => m.lastRow));
      expect(area.lastRow).toBe(lastRow);
      for (const c of doc.cells) expect(c.column).toBeLessThanOrEqual(8);
    }
  });

  it("wraps long paragraphs in merged cells and gives them room", () => {
    const doc = byKey("memo-C1");
    const background = doc.cells.find(
      (c) => typeof c.value === "string" && c.value.startsWith("ตามที่กระทรวงแรงงาน")
    )!;
    expect(background.style?.wrap).toBe(true);
    expect(doc.merges).toContainEqual({
      firstRow: background.row,
      firstColumn: 1,
      lastRow: background.row,
      lastColumn: 8,
    });
    const height = doc.rowHeights!.find((h) => h.row === background.row)!.height;
    // About 68 Thai letters fit on a line; the paragraph is several lines long.
    expect(height).toBeGreaterThanOrEqual(24 * 3);
  });

  it("never writes two cells at the same place", () => {
    for (const doc of docs) {
      const places = doc.cells.map((c) => `${c.row}:${c.column}`);
      expect(new Set(places).size).toBe(places.length);
    }
  });

  it("writes English memos with English names and dates", () => {
    const en = buildMemoDocs({
      analysis: fixtureAnalysis(),
      reference,
      lang: "en",
      round: "quarter",
      today: TODAY,
    });
    expect(en.map((d) => d.name)).toEqual(["Memo-C1", "Memo-C2", "Memo-PS"]);
    expect(cellAt(en[0], 1, 1)?.value).toBe("Memorandum");
    const date = findCell(en[0], "Date");
    expect(cellAt(en[0], date.row, date.column + 1)?.value).toBe("25 November 2026");
    expect(tableRows(en[0], "Department")[0]).toEqual([
      "Department of Employment",
      "2",
      "2",
      "45.50",
      "15.00",
    ]);
  });

  it("uses the signer title given", () => {
    const [doc] = buildMemoDocs({
      analysis: fixtureAnalysis(),
      reference,
      lang: "th",
      round: "quarter",
      today: TODAY,
      signerTitle: "หัวหน้ากลุ่มงานยุทธศาสตร์",
    });
    expect(() => findCell(doc, "หัวหน้ากลุ่มงานยุทธศาสตร์")).not.toThrow();
  });
});
