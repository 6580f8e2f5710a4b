// The briefing's tables: every figure a chart draws is also written as text, with its exact value in a data attribute.
import { Lang } from "../findings";
import { DepartmentFigures, Figures, GroupFigures } from "../figures/types";
import { localName } from "../outputs/doc-kit";
import { count, esc, exact, money, pct } from "./html";
import { word } from "./words";

/** A wide table scrolls inside its own labelled, focusable region on a narrow screen. */
export function tableRegion(label: string, table: string): string {
  return `<div class="table-wrap" role="region" aria-label="${esc(label)}" tabindex="0">${table}</div>`;
}

function cell(field: keyof GroupFigures, value: number | null, text: string): string {
  return `<td class="n" data-field="${field}" data-value="${exact(value)}">${esc(text)}</td>`;
}

function groupRow(g: GroupFigures, name: string, rowClass = ""): string {
  return [
    `<tr data-code="${esc(g.code)}"${rowClass ? ` class="${rowClass}"` : ""}>`,
    `<th scope="row">${esc(name)}</th>`,
    cell("projects", g.projects, count(g.projects)),
    cell("reported", g.reported, count(g.reported)),
    cell("progress_pct", g.progress_pct, pct(g.progress_pct)),
    cell("behind_plan", g.behind_plan, count(g.behind_plan)),
    cell("budget", g.budget, money(g.budget)),
    cell("disbursed", g.disbursed, money(g.disbursed)),
    cell("disbursement_pct", g.disbursement_pct, pct(g.disbursement_pct)),
    cell("disbursement_target_pct", g.disbursement_target_pct, pct(g.disbursement_target_pct)),
    "</tr>",
  ].join("");
}

function head(lang: Lang, first: "colName" | "colCluster"): string {
  const columns = ["colProjects", "colReported", "colProgress", "colBehind", "colBudget", "colDisbursed", "colDisbursement", "colDisbursementTarget"] as const;
  return `<thead><tr><th scope="col">${esc(word(lang, first))}</th>${columns.map((c) => `<th scope="col">${esc(word(lang, c))}</th>`).join("")}</tr></thead>`;
}

/** Departments, or clusters, with the ministry's row last. */
export function groupTable(figures: Figures, lang: Lang, kind: "departments" | "clusters"): string {
  const groups: readonly GroupFigures[] = kind === "departments" ? figures.departments : figures.clusters;
  const caption = word(lang, kind === "departments" ? "byDepartment" : "byCluster");
  const rows = groups.map((g) => groupRow(g, localName(g, lang)));
  rows.push(groupRow(figures.ministry, word(lang, "ministry", { name: localName(figures.ministry, lang) }), "total"));
  const table = `<table data-table="${kind}"><caption>${esc(caption)}</caption>${head(lang, kind === "departments" ? "colName" : "colCluster")}<tbody>${rows.join("")}</tbody></table>`;
  return tableRegion(caption, table);
}

/** Projects named per department in the lists; the tracker is the full list past this. */
export const LIST_LIMIT = 100;

function projectList(lines: DepartmentFigures["behindPlanProjects"], lang: Lang, none: string, kind: string): string {
  if (lines.length === 0) return `<p class="none">${esc(none)}</p>`;
  const shown = lines.slice(0, LIST_LIMIT);
  const rows = shown.map(
    (p) => `<tr><td>${esc(p.projectId)}</td><td>${esc(p.projectName)}</td><td class="n">${esc(pct(p.progress))}</td></tr>`,
  );
  const more = lines.length - shown.length;
  const extra = more > 0 ? `<p class="none">${esc(word(lang, "more", { count: count(more) }))}</p>` : "";
  const headRow = `<thead><tr><th scope="col">${esc(word(lang, "colId"))}</th><th scope="col">${esc(word(lang, "colProject"))}</th><th scope="col">${esc(word(lang, "colProgress"))}</th></tr></thead>`;
  return `<table class="list" data-list="${kind}">${headRow}<tbody>${rows.join("")}</tbody></table>${extra}`;
}

/** Per department: its projects behind plan, then those not reported. */
export function departmentLists(figures: Figures, lang: Lang): string {
  return figures.departments
    .map((d) => {
      const behind = projectList(d.behindPlanProjects, lang, word(lang, "noneBehind"), "behind");
      const silent = projectList(d.notReportedProjects, lang, word(lang, "noneNotReported"), "not-reported");
      return [
        `<div class="department" data-code="${esc(d.code)}">`,
        `<h3>${esc(localName(d, lang))}</h3>`,
        `<h4>${esc(word(lang, "behindList"))} (${esc(count(d.behind_plan))})</h4>${behind}`,
        `<h4>${esc(word(lang, "notReportedList"))} (${esc(count(d.notReportedProjects.length))})</h4>${silent}`,
        "</div>",
      ].join("");
    })
    .join("");
}
