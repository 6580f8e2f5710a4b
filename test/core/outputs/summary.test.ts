// buildSummaryDoc: heading, grouped table, trend table, chart data and charts reading the right cells.
import { computeFigures } from "../../../src/core/figures/compute";
import { buildSummaryDoc } from "../../../src/core/outputs/summary";
import { SUMMARY_HEADER_ROW } from "../../../src/core/outputs/summary-table";
import { DocChart, SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { makeRows, validRow } from "../../helpers/rows";
import { cellAt, findCell, reference, rowValues, sampleAnalysis, valuesIn } from "./sample";

const q2 = sampleAnalysis(2).figures;
const doc = buildSummaryDoc(q2, reference, { lang: "th" });

function chart(d: SheetDoc, id: string): DocChart {
  const c = d.charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}`);
  return c;
}

describe("summary sheet (Thai, Q2)", () => {
  it("has a title with FY/Q and the deadline as a Thai date", () => {
    expect(doc.key).toBe("summary");
    expect(doc.name).toBe("สรุป");
    expect(cellAt(doc, 1, 1)?.value).toBe("สรุปผลการดำเนินงานโครงการ ปีงบประมาณ พ.ศ. 2569 ไตรมาสที่ 2");
    expect(doc.merges).toContainEqual({ firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 11 });
    // Q2 FY2569 deadline 2026-04-30 = ๓๐ เมษายน ๒๕๖๙.
    expect(cellAt(doc, 2, 1)?.value).toContain("๓๐ เมษายน ๒๕๖๙");
    expect(cellAt(doc, 2, 1)?.value).toContain("กระทรวงแรงงาน");
  });

  it("says how many rows were left out and why", () => {
    expect(valuesIn(doc, { firstRow: 3, firstColumn: 2, lastRow: 6, lastColumn: 2 })).toEqual([10, 7, 2, 1]);
    expect(cellAt(doc, 5, 1)?.value).toContain("ปีงบประมาณอื่น");
    expect(cellAt(doc, 6, 1)?.value).toContain("ข้อผิดพลาด");
  });

  it("groups departments by cluster with subtotals and the ministry total", () => {
    const h = SUMMARY_HEADER_ROW;
    expect(rowValues(doc, h, 9)).toEqual([
      "หน่วยงาน",
      "จำนวนโครงการ",
      "รายงานผลแล้ว",
      "ดำเนินการแล้วเสร็จ",
      "ความก้าวหน้าเฉลี่ย (%)",
      "ความก้าวหน้าถ่วงน้ำหนักตามงบประมาณ (%)",
      "งบประมาณ (บาท)",
      "เบิกจ่ายสะสม (บาท)",
      "ร้อยละการเบิกจ่าย",
    ]);
    const names = valuesIn(doc, { firstRow: h + 1, firstColumn: 1, lastRow: h + 11, lastColumn: 1 });
    expect(names).toEqual([
      "กลุ่มภารกิจด้านส่งเสริมขีดความสามารถในการแข่งขันของประเทศ",
      "กรมการจัดหางาน",
      "กรมพัฒนาฝีมือแรงงาน",
      "รวมกลุ่มภารกิจด้านส่งเสริมขีดความสามารถในการแข่งขันของประเทศ",
      "กลุ่มภารกิจด้านประกันความมั่นคงในการทำงาน",
      "กรมสวัสดิการและคุ้มครองแรงงาน",
      "สำนักงานประกันสังคม",
      "รวมกลุ่มภารกิจด้านประกันความมั่นคงในการทำงาน",
      "หน่วยงานที่ไม่สังกัดกลุ่มภารกิจ",
      "สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน (องค์การมหาชน)",
      "รวมทั้งกระทรวงแรงงาน",
    ]);
    expect(doc.merges).toContainEqual({ firstRow: h + 1, firstColumn: 1, lastRow: h + 1, lastColumn: 11 });
    // DOE: 2 projects, 2 reported, 1 completed, 75, 87.5, 4M, 1.8M, 45; Q2 target 54; none below 50.
    expect(rowValues(doc, h + 2, 11).slice(1)).toEqual([2, 2, 1, 75, 87.5, 4_000_000, 1_800_000, 45, 54, 0]);
    // DSD: P3 (15) and P4 (30) are below the Q2 progress target of 50.
    expect(rowValues(doc, h + 3, 11).slice(-2)).toEqual([54, 2]);
    // C1 subtotal pooled: 57 (not the 60 a mean of means would give).
    expect(cellAt(doc, h + 4, 5)?.value).toBe(57);
    expect(cellAt(doc, h + 4, 5)?.style).toMatchObject({ bold: true, fill: "subtotal", numberFormat: "0.00" });
    // SSO has no included rows: percentages read "-".
    expect(rowValues(doc, h + 7, 11).slice(1)).toEqual([0, 0, 0, "-", "-", 0, 0, "-", 54, 0]);
    // Ministry total at full precision, shown with two decimals.
    const total = cellAt(doc, h + 11, 5)!;
    expect(total.value).toBe(435 / 7);
    expect(total.style).toMatchObject({ numberFormat: "0.00", fill: "total" });
    expect(cellAt(doc, h + 11, 7)?.style?.numberFormat).toBe("#,##0.00");
    expect(cellAt(doc, h + 11, 9)?.value).toBe((2_500_000 / 8_500_000) * 100);
  });

  it("says which plan targets were used and where they came from", () => {
    expect(cellAt(doc, 7, 1)?.value).toBe("เป้าหมายตามแผน ณ สิ้นไตรมาสที่ 2: ความก้าวหน้า 50% · การเบิกจ่าย 54% (ที่มา: ข้อมูลอ้างอิงในตัวโปรแกรม)");
    const h = SUMMARY_HEADER_ROW;
    expect(rowValues(doc, h, 11).slice(-2)).toEqual(["เป้าหมายการเบิกจ่ายตามแผน (%)", "ความก้าวหน้าต่ำกว่าแผน (โครงการ)"]);
  });

  it("lists the projects behind plan by name under their department", () => {
    const title = findCell(doc, "โครงการที่ความก้าวหน้าต่ำกว่าแผน (ต่ำกว่าร้อยละ 50 ณ สิ้นไตรมาสที่ 2)");
    const dsd = findCell(doc, "กรมพัฒนาฝีมือแรงงาน (2)");
    expect(dsd.row).toBe(title.row + 2);
    expect(rowValues(doc, dsd.row + 1, 3)).toEqual(["โครงการพัฒนาทักษะแรงงาน", "P3", 15]);
    expect(rowValues(doc, dsd.row + 2, 3)).toEqual(["โครงการพัฒนาทักษะแรงงาน", "P4", 30]);
    // Only DSD is behind: nothing follows its two projects.
    expect(doc.cells.some((c) => c.row === dsd.row + 3 && c.column <= 3)).toBe(false);
  });

  it("adds a per-quarter trend table for Q > 1", () => {
    const title = findCell(doc, "ความก้าวหน้าเฉลี่ยรายไตรมาส (%)");
    const header = title.row + 1;
    expect(rowValues(doc, header, 4)).toEqual(["หน่วยงาน", "ชื่อย่อ", "ไตรมาส 1", "ไตรมาส 2"]);
    expect(rowValues(doc, header + 1, 4)).toEqual(["กรมการจัดหางาน", "กกจ.", 30, 75]);
    expect(rowValues(doc, header + 4, 4)).toEqual(["สำนักงานประกันสังคม", "สปส.", null, null]);
    expect(rowValues(doc, header + 6, 4)).toEqual(["รวมทั้งกระทรวงแรงงาน", "ภาพรวมกระทรวง", 36, 435 / 7]);
  });

  it("feeds the department progress chart from its own cells, ministry last", () => {
    const c = chart(doc, "progress-by-department");
    expect(valuesIn(doc, c.categories)).toEqual(["กกจ.", "กพร.", "กสร.", "สปส.", "สสปท.", "ภาพรวมกระทรวง"]);
    expect(c.series).toHaveLength(1);
    expect(valuesIn(doc, c.series[0].values)).toEqual([75, 45, 70, null, 80, 435 / 7]);
    expect(c).toMatchObject({ valueMax: 100, dataLabels: true, numberFormat: "0.00" });
    expect(c.title).toContain("ไตรมาสที่ 2");
    expect(c.categoryAxisTitle).toBe("หน่วยงาน");
    expect(c.valueAxisTitle).toBe("ร้อยละความก้าวหน้า");
    expect(c.series[0].color).toMatch(/^[0-9A-F]{6}$/);
  });

  it("feeds the cluster and disbursement charts", () => {
    const byCluster = chart(doc, "progress-by-cluster");
    expect(valuesIn(doc, byCluster.categories)).toEqual([
      "กลุ่มภารกิจด้านส่งเสริมขีดความสามารถในการแข่งขันของประเทศ",
      "กลุ่มภารกิจด้านประกันความมั่นคงในการทำงาน",
    ]);
    expect(valuesIn(doc, byCluster.series[0].values)).toEqual([57, 70]);
    const disbursement = chart(doc, "disbursement-by-department");
    expect(valuesIn(doc, disbursement.categories)).toHaveLength(6);
    expect(valuesIn(doc, disbursement.series[0].values)).toEqual([45, 15, 0, null, 25, (2.5 / 8.5) * 100]);
    expect(disbursement.valueAxisTitle).toBe("ร้อยละการเบิกจ่าย");
  });

  it("has a trend chart with one series per quarter", () => {
    const trend = chart(doc, "progress-trend");
    expect(trend.series.map((s) => s.name)).toEqual(["ไตรมาส 1", "ไตรมาส 2"]);
    expect(valuesIn(doc, trend.categories)).toEqual(["กกจ.", "กพร.", "กสร.", "สปส.", "สสปท.", "ภาพรวมกระทรวง"]);
    expect(valuesIn(doc, trend.series[0].values)).toEqual([30, 35, null, null, 50, 36]);
    expect(valuesIn(doc, trend.series[1].values)).toEqual([75, 45, 70, null, 80, 435 / 7]);
    expect(trend.series.map((s) => s.color)).toEqual(["2E75B6", "1F4E79"]);
  });

  it("anchors the charts below every table without overlap, inside the print area", () => {
    const lastCellRow = Math.max(...doc.cells.map((c) => c.row));
    const anchors = doc.charts.map((c) => c.anchor).sort((a, b) => a.row - b.row);
    expect(anchors[0].row).toBeGreaterThan(lastCellRow);
    for (let i = 1; i < anchors.length; i++) expect(anchors[i].row).toBeGreaterThanOrEqual(anchors[i - 1].row + anchors[i - 1].rows);
    const last = anchors[anchors.length - 1];
    expect(doc.page).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(doc.page?.printArea?.lastRow).toBeGreaterThanOrEqual(last.row + last.rows - 1);
    expect(doc.page?.printArea?.lastColumn).toBeGreaterThanOrEqual(last.column + last.columns - 1);
    for (const c of doc.charts) {
      for (const r of [c.categories, ...c.series.map((s) => s.values)]) expect(r.lastRow).toBeLessThan(anchors[0].row);
    }
  });

  it("states row heights so wrapped headers and long names show whole", () => {
    const heightOf = (row: number) => doc.rowHeights?.find((h) => h.row === row)?.height ?? 0;
    const tosh = findCell(doc, "สถาบันส่งเสริมความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน (องค์การมหาชน)");
    const doe = findCell(doc, "กรมการจัดหางาน");
    expect(heightOf(doe.row)).toBe(21);
    expect(heightOf(tosh.row)).toBe(42);
    expect(heightOf(SUMMARY_HEADER_ROW)).toBeGreaterThanOrEqual(42);
  });

  it("holds no text that looks like a formula", () => {
    for (const c of doc.cells) if (typeof c.value === "string") expect(c.value).not.toMatch(/^[=+@]/);
  });
});

describe("summary sheet variants", () => {
  it("has no trend table or trend chart in Q1", () => {
    const q1 = buildSummaryDoc(sampleAnalysis(1).figures, reference, { lang: "th" });
    expect(q1.cells.some((c) => c.value === "ความก้าวหน้าเฉลี่ยรายไตรมาส (%)")).toBe(false);
    expect(q1.charts.map((c) => c.id)).toEqual(["progress-by-department", "progress-by-cluster", "disbursement-by-department"]);
    expect(q1.cells.find((c) => c.value === "สรุปผลการดำเนินงานโครงการ ปีงบประมาณ พ.ศ. 2569 ไตรมาสที่ 1")).toBeDefined();
  });

  it("leaves charts and their data out on request", () => {
    const plain = buildSummaryDoc(q2, reference, { lang: "th", charts: false });
    expect(plain.charts).toEqual([]);
    expect(plain.cells.some((c) => c.value === "ข้อมูลสำหรับแผนภูมิ")).toBe(false);
    expect(plain.cells.some((c) => c.value === "ความก้าวหน้าเฉลี่ยรายไตรมาส (%)")).toBe(true);
  });

  it("speaks English with lang en", () => {
    const en = buildSummaryDoc(q2, reference, { lang: "en" });
    expect(en.name).toBe("Summary");
    expect(cellAt(en, 1, 1)?.value).toBe("Project progress summary, fiscal year 2569, quarter 2");
    expect(cellAt(en, 2, 1)?.value).toContain("30 April 2026");
    expect(cellAt(en, SUMMARY_HEADER_ROW + 2, 1)?.value).toBe("Department of Employment");
    expect(valuesIn(en, chart(en, "progress-by-department").categories)).toEqual(["DOE", "DSD", "DLPW", "SSO", "TOSH", "Ministry"]);
    const thai = /[\u0E00-\u0E7F]/;
    // Project names are the tracker's own text, in whatever language it was typed.
    const names = new Set(q2.departments.flatMap((d) => d.behindPlanProjects.map((p) => p.projectName)));
    for (const c of en.cells) if (typeof c.value === "string" && !names.has(c.value)) expect(c.value).not.toMatch(thai);
    expect(en.cells.some((c) => c.value === "Plan targets at the end of Q2: progress 50% · disbursement 54% (from: the built-in reference data)")).toBe(true);
    for (const c of en.charts) expect(`${c.title}${c.categoryAxisTitle}${c.valueAxisTitle}`).not.toMatch(thai);
  });

  it("copes with no fiscal year: a table with only the ministry and no charts", () => {
    const rows = makeRows([validRow({ fiscal_year: "ไม่ระบุ" })]);
    const figures = computeFigures({ rows, findings: [], reference, fiscalYear: null, quarter: 1 });
    const empty = buildSummaryDoc(figures, reference, { lang: "th" });
    expect(cellAt(empty, 1, 1)?.value).toBe("สรุปผลการดำเนินงานโครงการ (ไม่พบปีงบประมาณที่ถูกต้อง)");
    expect(cellAt(empty, 2, 1)?.value).toBe("กระทรวงแรงงาน");
    expect(valuesIn(empty, { firstRow: 3, firstColumn: 2, lastRow: 6, lastColumn: 2 })).toEqual([1, 0, 1, 0]);
    expect(findCell(empty, "ไม่มีข้อมูลหน่วยงานในปีงบประมาณนี้").row).toBe(SUMMARY_HEADER_ROW + 1);
    expect(empty.charts).toEqual([]);
    expect(findCell(empty, "รวมทั้งกระทรวงแรงงาน").row).toBeGreaterThan(SUMMARY_HEADER_ROW);
  });
});
