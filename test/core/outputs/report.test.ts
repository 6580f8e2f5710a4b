// buildReportDocs: which sheets, in what order, with valid names; memos come from buildMemoDocs.
import { Lang } from "../../../src/core/findings";
import { Analysis } from "../../../src/core/figures/types";
import { ReportSelection, buildReportDocs } from "../../../src/core/outputs/report";
import { SHEET_NAME_MAX, SheetDoc, safeSheetName } from "../../../src/core/outputs/sheet-doc";
import { validRow } from "../../helpers/rows";
import { SAMPLE_SPECS, reference, sampleAnalysis } from "./sample";

const ALL: ReportSelection = { summary: true, charts: true, memos: true, linkage: true, validation: true };
const NONE: ReportSelection = { summary: false, charts: false, memos: false, linkage: false, validation: false };
const today = { year: 2026, month: 4, day: 20 };

function report(opts: { lang?: Lang; round?: "quarter" | "import"; include?: ReportSelection; same?: boolean; analysis?: Analysis } = {}): SheetDoc[] {
  return buildReportDocs({
    analysis: opts.analysis ?? sampleAnalysis(2),
    reference,
    lang: opts.lang ?? "th",
    round: opts.round ?? "quarter",
    today,
    include: opts.include ?? ALL,
    trackerInSameWorkbook: opts.same ?? false,
  });
}

function textOf(doc: SheetDoc): string {
  return doc.cells.map((c) => (c.value === null ? "" : String(c.value))).join("\n");
}

describe("buildReportDocs", () => {
  it("writes summary, memos per cluster and the final memo, linkage map, validation — in that order", () => {
    const docs = report();
    expect(docs.map((d) => d.key)).toEqual(["summary", "memo-C1", "memo-C2", "memo-final", "linkage", "validation"]);
    expect(docs.map((d) => d.name)).toEqual(["สรุป", "บันทึก-C1", "บันทึก-C2", "บันทึก-ปลัด", "แผนที่ความเชื่อมโยง", "ผลการตรวจสอบ"]);
    expect(docs[0].charts.length).toBe(4);
  });

  it("gives every sheet a valid, unique name of at most 31 characters in both languages", () => {
    for (const lang of ["th", "en"] as const) {
      for (const round of ["quarter", "import"] as const) {
        const names = report({ lang, round }).map((d) => d.name);
        for (const n of names) {
          expect(safeSheetName(n)).toBe(n);
          expect(Array.from(n).length).toBeLessThanOrEqual(SHEET_NAME_MAX);
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }
    }
    expect(report({ lang: "en" }).filter((d) => !d.key.startsWith("memo")).map((d) => d.name)).toEqual(["Summary", "Linkage map", "Validation"]);
  });

  it("writes the import memo in the import round", () => {
    expect(report({ round: "import" }).map((d) => d.key)).toEqual(["summary", "memo-import", "linkage", "validation"]);
  });

  it("writes only what is selected; charts bring their summary sheet", () => {
    expect(report({ include: { ...NONE, validation: true } }).map((d) => d.key)).toEqual(["validation"]);
    const chartsOnly = report({ include: { ...NONE, charts: true } });
    expect(chartsOnly.map((d) => d.key)).toEqual(["summary"]);
    expect(chartsOnly[0].charts.length).toBe(4);
    const summaryOnly = report({ include: { ...NONE, summary: true } });
    expect(summaryOnly[0].charts).toEqual([]);
    expect(report({ include: NONE })).toEqual([]);
  });

  it("links validation rows to tracker cells only when the tracker is in the same workbook", () => {
    const linked = report({ include: { ...NONE, validation: true }, same: true })[0];
    expect(linked.cells.filter((c) => c.link)).toEqual([expect.objectContaining({ value: "I10", link: { sheet: "Tracker", cell: "I10" } })]);
    const plain = report({ include: { ...NONE, validation: true }, same: false })[0];
    expect(plain.cells.some((c) => c.link)).toBe(false);
  });

  it("puts the Thai date, the recipient and the cluster's figures in the cluster memo", () => {
    const memo = report({ include: { ...NONE, memos: true } }).find((d) => d.key === "memo-C1")!;
    const text = textOf(memo);
    expect(text).toContain("๒๐ เมษายน ๒๕๖๙");
    expect(text).toContain(reference.cluster("C1")!.head_title_th);
    // C1 pooled progress 57 and disbursement 2.25M / 7M = 32.14 %.
    expect(text).toContain("๕๗.๐๐");
    expect(text).toContain("๓๒.๑๔");
  });

  it("keeps tracker text that looks like a formula as the same plain string in every sheet", () => {
    const specs = [
      ...SAMPLE_SPECS,
      validRow({ project_id: "F1", project_name: '=HYPERLINK("x")', remarks: "=1+1" }),
      validRow({ project_id: "F2", project_name: "+SUM(1,2)" }),
    ];
    const docs = report({ analysis: sampleAnalysis(2, specs) });
    const cells = docs.flatMap((d) => d.cells);
    for (const text of ['=HYPERLINK("x")', "+SUM(1,2)"]) {
      const hits = cells.filter((c) => typeof c.value === "string" && c.value.includes(text));
      expect(hits.length).toBeGreaterThan(0);
      for (const c of hits.filter((h) => h.value === text)) expect(c.link).toBeUndefined();
    }
    expect(cells.some((c) => c.value === '=HYPERLINK("x")')).toBe(true);
    expect(cells.some((c) => c.value === "+SUM(1,2)")).toBe(true);
  });
});
