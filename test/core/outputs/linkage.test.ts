// buildLinkageDoc: strategy → master plan → sub-plan headings with counts/budgets and up to 200 projects per node.
import { buildLinkageDoc, LINKAGE_HEADER_ROW, LINKAGE_LIST_LIMIT } from "../../../src/core/outputs/linkage";
import { buildAnalysis } from "../../../src/core/figures/compute";
import { makeRows, validRow } from "../../helpers/rows";
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

  describe("a node of more than 200 projects (SPEC §5)", () => {
    // Sub-plan 1104: 201 projects; sub-plan 1101: exactly 200; no sub-plan: 1,250.
    const run = (prefix: string, count: number, subPlan: string | null) =>
      Array.from({ length: count }, (_, i) => validRow({ project_id: `${prefix}${i + 1}`, sub_plan: subPlan, budget: 10 }));
    const specs = [...run("N", 1250, null), ...run("A", 201, "1104"), ...run("B", 200, "1101")];
    const analysis = buildAnalysis({ rows: makeRows(specs), findings: [], reference, fiscalYear: 2569, quarter: 2 });
    const th = buildLinkageDoc(analysis.figures, reference, { lang: "th" });
    const en = buildLinkageDoc(analysis.figures, reference, { lang: "en" });
    const ids = (d: typeof th, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => cellAt(d, from + i, 2)?.value);
    const countAndBudget = (r: number) => [cellAt(th, r, 5)?.value, cellAt(th, r, 6)?.value];

    it("lists the first 200 of a node in tracker order, then one line with how many more", () => {
      expect(LINKAGE_LIST_LIMIT).toBe(200);
      // h+1 strategy, h+2 master plan, h+3 "no sub-plan" heading with the full count and budget.
      expect(cellAt(th, h + 3, 1)?.value).toBe("ไม่ระบุแผนย่อย");
      expect(countAndBudget(h + 3)).toEqual([1250, 12_500]);
      expect(ids(th, h + 4, h + 203)).toEqual(Array.from({ length: 200 }, (_, i) => `N${i + 1}`));
      expect(rowValues(th, h + 204, 6)).toEqual([
        "…และอีก 1,050 โครงการ (รายการทั้งหมดอยู่ในแผ่นงานติดตามโครงการ)",
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(rowValues(en, h + 204, 1)).toEqual(["…and 1,050 more (the tracker lists every project)"]);
      // Sub-plan 1101 (reference order) holds exactly 200: all listed, no "more" line.
      expect(cellAt(th, h + 205, 1)?.value).toMatch(/^แผนย่อย 1101 /);
      expect(countAndBudget(h + 205)).toEqual([200, 2_000]);
      expect(ids(th, h + 206, h + 405)).toEqual(Array.from({ length: 200 }, (_, i) => `B${i + 1}`));
      // Sub-plan 1104 holds 201: 200 listed, then "1 more".
      expect(cellAt(th, h + 406, 1)?.value).toMatch(/^แผนย่อย 1104 /);
      expect(countAndBudget(h + 406)).toEqual([201, 2_010]);
      expect(ids(th, h + 407, h + 606)).toEqual(Array.from({ length: 200 }, (_, i) => `A${i + 1}`));
      expect(cellAt(th, h + 607, 1)?.value).toBe("…และอีก 1 โครงการ (รายการทั้งหมดอยู่ในแผ่นงานติดตามโครงการ)");
      expect(cellAt(en, h + 607, 1)?.value).toBe("…and 1 more (the tracker lists every project)");
    });

    it("still counts every project in the headings and the grand total", () => {
      expect(countAndBudget(h + 1)).toEqual([1651, 16_510]);
      expect(countAndBudget(h + 2)).toEqual([1651, 16_510]);
      expect(rowValues(th, h + 608, 6)).toEqual(["รวมทั้งสิ้น", null, null, null, 1651, 16_510]);
      expect(th.cells.filter((c) => c.column === 2 && typeof c.value === "string" && /^[NAB]\d+$/.test(c.value))).toHaveLength(600);
      expect(th.page?.printArea?.lastRow).toBe(h + 608);
    });
  });
});
