// buildLinkageDoc: strategy → master plan → sub-plan headings with counts/budgets and every project.
import { buildLinkageDoc, LINKAGE_HEADER_ROW } from "../../../src/core/outputs/linkage";
import { validRow } from "../../helpers/rows";
import { SAMPLE_SPECS, cellAt, findCell, reference, rowValues, sampleAnalysis } from "./sample";

describe("linkage map sheet", () => {
  const doc = buildLinkageDoc(sampleAnalysis(2).figures, reference, { lang: "th" });
  const h = LINKAGE_HEADER_ROW;

  it("has a title with the fiscal year and a header row", () => {
    expect(doc.key).toBe("linkage");
    expect(doc.name).toBe("แผนที่ความเชื่อมโยง");
    expect(cellAt(doc, 1, 1)?.value).toContain("2569");
    expect(rowValues(doc, h, 6)).toEqual([
      "ยุทธศาสตร์ชาติ / แผนแม่บทฯ / แผนย่อย / โครงการ",
      "รหัสโครงการ",
      "หน่วยงาน",
      "แผนย่อย/เป้าหมาย",
      "จำนวนโครงการ",
      "งบประมาณ (บาท)",
    ]);
    expect(doc.freeze).toEqual({ rows: h, columns: 0 });
  });

  it("nests headings with counts and budgets and lists every included project", () => {
    const item = (r: number) => cellAt(doc, r, 1)?.value;
    const countAndBudget = (r: number) => [cellAt(doc, r, 5)?.value, cellAt(doc, r, 6)?.value];
    expect(item(h + 1)).toBe("ยุทธศาสตร์ที่ 3 ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์");
    expect(countAndBudget(h + 1)).toEqual([6, 8_000_000]);
    expect(item(h + 2)).toMatch(/^แผนแม่บทฯ ประเด็น \(11\) /);
    expect(countAndBudget(h + 2)).toEqual([6, 8_000_000]);
    // P7 has no sub-plan: listed straight under its master plan.
    expect(item(h + 3)).toBe("ไม่ระบุแผนย่อย");
    expect(countAndBudget(h + 3)).toEqual([1, 1_000_000]);
    expect(rowValues(doc, h + 4, 6)).toEqual(["โครงการพัฒนาทักษะแรงงาน", "P7", "สสปท.", "", null, 1_000_000]);
    expect(item(h + 5)).toMatch(/^แผนย่อย 1101 /);
    expect(rowValues(doc, h + 6, 6)).toEqual(["โครงการพัฒนาทักษะแรงงาน", "P3", "กพร.", "1101", null, 2_000_000]);
    expect(item(h + 7)).toBe("แผนย่อย 1104 การพัฒนาและยกระดับศักยภาพวัยแรงงาน");
    expect(countAndBudget(h + 7)).toEqual([4, 5_000_000]);
    expect([h + 8, h + 9, h + 10, h + 11].map((r) => cellAt(doc, r, 2)?.value)).toEqual(["P1", "P2", "P4", "P5"]);
    expect(item(h + 12)).toMatch(/^ยุทธศาสตร์ที่ 4 /);
    expect(item(h + 14)).toMatch(/^แผนย่อย 1601 /);
    expect(rowValues(doc, h + 15, 6).slice(1)).toEqual(["P6", "กสร.", "1601", null, 500_000]);
    expect(rowValues(doc, h + 16, 6)).toEqual(["รวมทั้งสิ้น", null, null, null, 7, 8_500_000]);
    expect(cellAt(doc, h + 16, 6)?.style).toMatchObject({ numberFormat: "#,##0.00", fill: "total" });
  });

  it("leaves out excluded rows and prints landscape A4 over the whole table", () => {
    expect(doc.cells.some((c) => c.value === "P9" || c.value === "P8")).toBe(false);
    expect(doc.page).toMatchObject({ paper: "A4", orientation: "landscape" });
    expect(doc.page?.printArea).toEqual({ firstRow: 1, firstColumn: 1, lastRow: h + 16, lastColumn: 6 });
  });

  it("writes tracker text that looks like a formula as the same plain string", () => {
    const specs = [
      ...SAMPLE_SPECS,
      validRow({ project_id: "F1", project_name: '=HYPERLINK("x")' }),
      validRow({ project_id: "F2", project_name: "+SUM(1,2)" }),
    ];
    const d = buildLinkageDoc(sampleAnalysis(2, specs).figures, reference, { lang: "th" });
    for (const text of ['=HYPERLINK("x")', "+SUM(1,2)"]) {
      const cell = findCell(d, text);
      expect(cell.value).toBe(text);
      expect(cell.link).toBeUndefined();
      expect(cell.style?.numberFormat).toBeUndefined();
    }
  });

  it("speaks English with lang en, and says so when nothing is included", () => {
    const en = buildLinkageDoc(sampleAnalysis(2).figures, reference, { lang: "en" });
    expect(en.name).toBe("Linkage map");
    expect(cellAt(en, h + 1, 1)?.value).toBe("Strategy 3: Developing and Strengthening Human Capital");
    expect(cellAt(en, h + 4, 3)?.value).toBe("TOSH");
    const none = buildLinkageDoc(sampleAnalysis(2, []).figures, reference, { lang: "en" });
    expect(cellAt(none, h + 1, 1)?.value).toBe("No included projects");
  });
});
