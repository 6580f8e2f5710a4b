// buildBriefingHtml: escaped tracker text, no script or outside address, accessible SVG charts, the figures' own numbers.
import { buildBriefingHtml } from "../../../src/core/briefing";
import { Figures } from "../../../src/core/figures/types";
import { Finding } from "../../../src/core/findings";
import { RowSpec, validRow } from "../../helpers/rows";
import { SAMPLE_SPECS, finding, reference, sampleAnalysis } from "../outputs/sample";

const HOSTILE = `<script>alert("x")</script><img src="https://evil.example/x.png" onerror="alert(1)">`;
const specs: RowSpec[] = [
  ...SAMPLE_SPECS,
  validRow({ project_id: "P11\"><b>", project_name: HOSTILE, department: "DSD", q1_progress: 5, q2_progress: 10 }),
];
const analysis = sampleAnalysis(2, specs);

function page(figures: Figures = analysis.figures, lang: "th" | "en" = "th", findings: readonly Finding[] = [finding()]): string {
  return buildBriefingHtml({
    figures,
    reference,
    lang,
    files: [{ file: "test.xlsx", sheet: "Tracker", rows: specs.length }],
    findings,
    referenceSource: "built-in",
  });
}

const html = page();

describe("briefing page", () => {
  it("escapes tracker text and holds no script, handler or outside address", () => {
    // Escaped text holds no "<", so every "<…>" left is a tag we wrote.
    const tags = html.match(/<[a-z!][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(script|img|iframe|link|object|embed|a)\b/i);
      expect(tag).not.toMatch(/\son[a-z]+=|https?:|url\(/i);
    }
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("P11&quot;&gt;&lt;b&gt;");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("draws the charts as SVG with an accessible name and text labels", () => {
    const charts = html.match(/<svg role="img" aria-labelledby="[^"]+"[^>]*>/g) ?? [];
    // Departments, clusters, disbursement, trend, then projects and budget per strategy and per master plan.
    expect(charts.length).toBe(8);
    for (const id of ["chart-progress-department", "chart-progress-cluster", "chart-disbursement-department", "chart-trend", "chart-projects-strategy"]) {
      expect(html).toContain(`data-chart="${id}"`);
      expect(html).toContain(`<title id="${id}-title">`);
    }
    // The department chart names every department and writes each value beside its bar.
    const svg = html.slice(html.indexOf('data-chart="chart-progress-department"'), html.indexOf("</svg>", html.indexOf('data-chart="chart-progress-department"')));
    for (const d of analysis.figures.departments) {
      // A long name wraps onto a second line at a space: its first words open a line.
      expect(svg).toContain(`>${d.name_th.split(" ")[0]}`);
      if (d.progress_pct !== null) expect(svg).toContain(`>${d.progress_pct.toFixed(2)}<`);
    }
  });

  it("writes every group's figures with their exact values", () => {
    const f = analysis.figures;
    for (const g of [...f.departments, f.ministry]) {
      const row = new RegExp(`<tr data-code="${g.code}"[^>]*>.*?</tr>`).exec(html)?.[0] ?? "";
      expect(row).toContain(`data-field="progress_pct" data-value="${g.progress_pct ?? ""}"`);
      expect(row).toContain(`data-field="behind_plan" data-value="${g.behind_plan}"`);
      expect(row).toContain(`data-field="disbursement_target_pct" data-value="54"`);
    }
    expect(html).toContain(`data-stat="progress_pct" data-value="${f.ministry.progress_pct}"`);
  });

  it("lists the projects behind plan and not reported under their department", () => {
    const dsd = /<div class="department" data-code="DSD">.*?<\/div>/s.exec(html)?.[0] ?? "";
    // P3 (15), P4 (30) and the hostile project (10) are below the Q2 target of 50.
    expect(dsd).toContain("ต่ำกว่าแผน (3)");
    expect((dsd.match(/<tr><td>/g) ?? []).length).toBe(3);
    expect(html).toContain("ยังไม่รายงานผล (0)");
  });

  it("says where the data came from and why rows were left out", () => {
    expect(html).toContain("<td>test.xlsx</td><td>Tracker</td>");
    expect(html).toContain("ไม่นำมาคำนวณ: ปีงบประมาณอื่นหรือไม่ระบุปี 2 แถว");
    expect(html).toContain("ไม่นำมาคำนวณ: มีข้อผิดพลาด 1 แถว");
    expect(html).toContain("กฎ invalid-strategy: 1 แถว");
    expect(html).toContain("ข้อมูลอ้างอิงในตัวโปรแกรม");
  });

  it("prints on A4 portrait with page breaks, whole table rows and repeated headers; names Thai fonts", () => {
    expect(html).toContain("@page{size:A4 portrait");
    expect(html).toContain("break-before:page");
    expect(html).toContain("tr{break-inside:avoid");
    expect(html).toContain("thead{display:table-header-group}");
    expect(html).toContain(`font-family:"TH Sarabun New", Sarabun, "Noto Sans Thai", Garuda, Loma, Kinnari, sans-serif`);
  });

  it("speaks English with --lang en (tracker text aside)", () => {
    const en = page(analysis.figures, "en");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Project progress briefing, Q2 of fiscal year 2569");
    const names = new Set(analysis.rows.map((r) => r.resolved.projectName ?? ""));
    const text = en.replace(/<[^>]+>/g, "\n").split("\n").filter((t) => t.trim() && !names.has(t));
    expect(text.filter((t) => /[\u0E00-\u0E7F]/.test(t))).toEqual([]);
  });

  it("copes with no fiscal year: no charts of departments, a plain page", () => {
    const empty = sampleAnalysis(1, [validRow({ fiscal_year: null })]).figures;
    const out = page({ ...empty, fiscalYear: null }, "th", []);
    expect(out).toContain("ไม่พบปีงบประมาณที่ถูกต้อง");
    expect(out).not.toContain('data-chart="chart-progress-department"');
  });
});
