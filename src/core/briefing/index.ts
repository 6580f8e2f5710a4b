// The quarter's briefing (SPEC §6): one self-contained HTML page built from the figures — inline CSS and SVG, no script.
import { Finding, Lang } from "../findings";
import { Figures } from "../figures/types";
import { displayDate, localName } from "../outputs/doc-kit";
import { planLine } from "../outputs/plan-text";
import { Reference } from "../reference";
import { linkageCharts, disbursementByDepartment, progressByCluster, progressByDepartment, trendChart } from "./charts";
import { count, esc, exact, pct } from "./html";
import { BRIEFING_CSS } from "./style";
import { departmentLists, groupTable } from "./tables";
import { word } from "./words";

export interface BriefingFile {
  readonly file: string;
  readonly sheet: string;
  readonly rows: number;
}

export interface BriefingInput {
  readonly figures: Figures;
  readonly reference: Reference;
  readonly lang: Lang;
  /** The trackers read, as `check` lists them. */
  readonly files: readonly BriefingFile[];
  readonly findings: readonly Finding[];
  /** Where the reference data came from: "built-in" or "<file> › <sheet>". */
  readonly referenceSource: string;
}

function stat(key: string, value: string, note: string, field: string, exactValue: number | null): string {
  return `<li class="stat" data-stat="${field}" data-value="${exact(exactValue)}"><span class="k">${esc(key)}</span><span class="v">${esc(value)}</span><span class="t">${esc(note)}</span></li>`;
}

function headline(input: BriefingInput): string {
  const { figures, lang } = input;
  const m = figures.ministry;
  const t = figures.targets;
  const stats = [
    stat(word(lang, "ministryProgress"), `${pct(m.progress_pct)}%`, word(lang, "progressTarget", { target: pct(t.progress_pct) }), "progress_pct", m.progress_pct),
    stat(word(lang, "disbursement"), `${pct(m.disbursement_pct)}%`, word(lang, "disbursementTarget", { target: pct(t.disbursement_pct) }), "disbursement_pct", m.disbursement_pct),
    stat(word(lang, "reported"), `${count(m.reported)}/${count(m.projects)}`, word(lang, "reportedOf", { reported: count(m.reported), projects: count(m.projects) }), "reported", m.reported),
    stat(word(lang, "behind"), count(m.behind_plan), word(lang, "behindCount", { count: count(m.behind_plan) }), "behind_plan", m.behind_plan),
  ];
  if (figures.deadline) stats.push(stat(word(lang, "deadline"), displayDate(figures.deadline, lang), figures.deadline, "deadline", null));
  return `<ul class="stats">${stats.join("")}</ul><p>${esc(planLine(t, lang))}</p>`;
}

/**
 * A chart; `captioned` shows its title above it where no heading says it already (the SVG's own
 * title names it for screen readers either way).
 */
function figure(svg: string, captioned = false): string {
  const title = /<title id="[^"]+">([^<]*)<\/title>/.exec(svg)?.[1] ?? "";
  return `<figure>${captioned ? `<figcaption aria-hidden="true">${title}</figcaption>` : ""}${svg}</figure>`;
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>${body}</section>`;
}

function sources(input: BriefingInput): string {
  const { figures, lang, files, findings } = input;
  const rows = files.map((f) => `<tr><td>${esc(f.file)}</td><td>${esc(f.sheet)}</td><td class="n">${esc(count(f.rows))}</td></tr>`);
  const table = `<div class="table-wrap" role="region" aria-label="${esc(word(lang, "sources"))}" tabindex="0"><table data-table="files"><thead><tr><th scope="col">${esc(word(lang, "colFile"))}</th><th scope="col">${esc(word(lang, "colSheet"))}</th><th scope="col">${esc(word(lang, "colRows"))}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
  // Rows with errors, per rule: a row with two rules counts under each.
  const byRule = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    const set = byRule.get(f.rule) ?? new Set<string>();
    set.add(`${f.file}\u0000${f.sheet}\u0000${f.row}`);
    byRule.set(f.rule, set);
  }
  const why = [
    word(lang, "rowsTotal", { count: count(figures.rows), included: count(figures.includedRows) }),
    word(lang, "rowsOtherYear", { count: count(figures.exclusions.otherYear) }),
    word(lang, "rowsWithErrors", { count: count(figures.exclusions.withErrors) }),
  ];
  const rules = Array.from(byRule, ([rule, set]) => `<li>${esc(word(lang, "errorRule", { rule, count: count(set.size) }))}</li>`);
  const reference = input.referenceSource === "built-in" ? word(lang, "referenceBuiltIn") : input.referenceSource;
  return [
    table,
    `<ul data-list="exclusions">${why.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>`,
    rules.length ? `<ul data-list="error-rules">${rules.join("")}</ul>` : "",
    `<p>${esc(word(lang, "referenceFrom", { source: reference }))}</p>`,
    `<p>${esc(planLine(figures.targets, lang))}</p>`,
  ].join("");
}

/** Marks a page as ours: the command line replaces an existing OUT.html only when it carries this. */
export const BRIEFING_GENERATOR = "pyp-tracker briefing";

/** The whole page. Every piece of tracker or workbook text passes through esc(). */
export function buildBriefingHtml(input: BriefingInput): string {
  const { figures, lang, reference } = input;
  const title =
    figures.fiscalYear === null ? word(lang, "titleNoYear") : word(lang, "title", { q: figures.quarter, fy: figures.fiscalYear });
  const ministry = localName(reference.data.ministry, lang);
  const hasGroups = figures.departments.length > 0;
  const pages = [
    [
      `<header><h1>${esc(title)}</h1><p class="sub">${esc(ministry)}</p></header>`,
      section("headline", word(lang, "headline"), headline(input)),
      section("by-department", word(lang, "byDepartment"), (hasGroups ? figure(progressByDepartment(figures, lang)) : "") + groupTable(figures, lang, "departments")),
    ],
    [
      section("by-cluster", word(lang, "byCluster"), (figures.clusters.length ? figure(progressByCluster(figures, lang)) : "") + groupTable(figures, lang, "clusters")),
      section("disbursement", word(lang, "disbursementByDepartment"), hasGroups ? figure(disbursementByDepartment(figures, lang)) : ""),
    ],
    [
      section("trend", word(lang, "trend"), figures.quarter > 1 ? figure(trendChart(figures, lang)) : `<p class="none">${esc(word(lang, "trendNone"))}</p>`),
      section("lists", word(lang, "lists"), departmentLists(figures, lang)),
    ],
    [
      section("linkage", word(lang, "linkage"), figures.linkage.length ? linkageCharts(figures, lang).map((svg) => figure(svg, true)).join("") : `<p class="none">${esc(word(lang, "noProjects"))}</p>`),
      section("sources", word(lang, "sources"), sources(input)),
    ],
  ];
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${BRIEFING_GENERATOR}">`,
    // No script, no outside request: the page is whole as it stands.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${BRIEFING_CSS}</style>`,
    "</head>",
    "<body><main>",
    ...pages.map((p) => `<div class="page">${p.join("")}</div>`),
    "</main></body></html>",
  ].join("\n");
}
