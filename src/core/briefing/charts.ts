// The briefing's charts, each built from the same figures objects the sheets use.
import { Lang } from "../findings";
import { Figures, GroupFigures, LinkageNode } from "../figures/types";
import { localName } from "../outputs/doc-kit";
import { count, fixed, pct } from "./html";
import { BarChartSpec, BarMarker, barChartSvg } from "./svg-bars";
import { WordKey, word } from "./words";

/** Fills that stay apart in grey print: light to dark. */
const SHADES = ["#b9c9e0", "#7f9cc4", "#46699c", "#1c355c"];
const MAIN = "#46699c";

function progressMarkers(figures: Figures, lang: Lang): BarMarker[] {
  const markers: BarMarker[] = [{ label: word(lang, "targetMarker"), value: figures.targets.progress_pct, style: "target" }];
  const ministry = figures.ministry.progress_pct;
  if (ministry !== null) markers.push({ label: word(lang, "ministryMarker"), value: ministry, style: "ministry" });
  return markers;
}

/** One bar per group on a 0–100 % scale, with marker lines (plan target, ministry). */
function percentBars(
  lang: Lang,
  chart: { id: string; title: WordKey; description: WordKey; series: WordKey },
  groups: readonly GroupFigures[],
  pick: (g: GroupFigures) => number | null,
  markers: BarMarker[],
): string {
  return barChartSvg({
    id: chart.id,
    title: word(lang, chart.title),
    description: word(lang, chart.description),
    series: [{ name: word(lang, chart.series), fill: MAIN }],
    categories: groups.map((g) => ({ label: localName(g, lang), values: [pick(g)] })),
    max: 100,
    format: pct,
    tickFormat: String,
    markers,
  });
}

export function progressByDepartment(figures: Figures, lang: Lang): string {
  const chart = { id: "chart-progress-department", title: "byDepartment", description: "chartProgressDesc", series: "seriesProgress" } as const;
  return percentBars(lang, chart, figures.departments, (g) => g.progress_pct, progressMarkers(figures, lang));
}

export function progressByCluster(figures: Figures, lang: Lang): string {
  const chart = { id: "chart-progress-cluster", title: "byCluster", description: "chartClusterDesc", series: "seriesProgress" } as const;
  return percentBars(lang, chart, figures.clusters, (g) => g.progress_pct, progressMarkers(figures, lang));
}

export function disbursementByDepartment(figures: Figures, lang: Lang): string {
  const chart = {
    id: "chart-disbursement-department",
    title: "disbursementByDepartment",
    description: "chartDisbursementDesc",
    series: "seriesDisbursement",
  } as const;
  const target: BarMarker = { label: word(lang, "targetMarker"), value: figures.targets.disbursement_pct, style: "target" };
  return percentBars(lang, chart, figures.departments, (g) => g.disbursement_pct, [target]);
}

/** Quarters 1…Q side by side for each department and the ministry. */
export function trendChart(figures: Figures, lang: Lang): string {
  const quarters = figures.ministry.trend.map((_, i) => i + 1);
  const groups = [...figures.departments, figures.ministry];
  return barChartSvg({
    id: "chart-trend",
    title: word(lang, "trend"),
    description: word(lang, "chartTrendDesc", { q: figures.quarter }),
    series: quarters.map((q) => ({ name: word(lang, "quarter", { q }), fill: SHADES[q - 1] })),
    categories: groups.map((g) => ({ label: localName(g, lang), values: g.trend })),
    max: 100,
    format: pct,
    tickFormat: String,
  });
}

/** A round scale maximum above the largest value, so counts and budgets fill most of the plot. */
function niceMax(values: readonly number[]): number {
  const top = Math.max(1, ...values);
  const step = 10 ** Math.floor(Math.log10(top));
  return Math.ceil(top / step) * step;
}

/** An axis tick: whole numbers as such, a quarter-step like 2.5 with its one decimal. */
function tick(value: number): string {
  return fixed(value, Number.isInteger(value) ? 0 : 1);
}

function millions(value: number | null): string {
  return value === null ? "–" : (value / 1_000_000).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Projects and budget under each strategy, or under each master plan. */
export function linkageCharts(figures: Figures, lang: Lang): string[] {
  const strategies = figures.linkage;
  const plans = strategies.flatMap((s) => s.children);
  const nameOf = (level: "strategy" | "plan") => (n: LinkageNode) => word(lang, level, { code: n.code, name: localName(n, lang) });
  const charts: BarChartSpec[] = [];
  for (const [level, nodes, id] of [
    ["strategy", strategies, "strategy"],
    ["plan", plans, "plan"],
  ] as const) {
    const levelWord = word(lang, level === "strategy" ? "levelStrategy" : "levelPlan");
    const categories = nodes.map((n) => ({ label: nameOf(level)(n), values: [n.projects] }));
    charts.push({
      id: `chart-projects-${id}`,
      title: word(lang, level === "strategy" ? "projectsPerStrategy" : "projectsPerPlan"),
      description: word(lang, "chartProjectsDesc", { level: levelWord }),
      series: [{ name: word(lang, "colProjects"), fill: MAIN }],
      categories,
      max: niceMax(nodes.map((n) => n.projects)),
      format: (v) => (v === null ? "–" : count(v)),
      tickFormat: tick,
    });
    charts.push({
      id: `chart-budget-${id}`,
      title: word(lang, level === "strategy" ? "budgetPerStrategy" : "budgetPerPlan"),
      description: word(lang, "chartBudgetDesc", { level: levelWord }),
      series: [{ name: word(lang, "colBudget"), fill: SHADES[3] }],
      categories: nodes.map((n) => ({ label: nameOf(level)(n), values: [n.budget] })),
      max: niceMax(nodes.map((n) => n.budget)),
      format: millions,
      tickFormat: (v) => tick(v / 1_000_000),
    });
  }
  return charts.map(barChartSvg);
}
