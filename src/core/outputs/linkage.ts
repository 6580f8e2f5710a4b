// buildLinkageDoc: the linkage map sheet (strategy → master plan → sub-plan) with up to 200 projects under each node.
import { Lang } from "../findings";
import { Figures, LinkageNode } from "../figures/types";
import { Reference } from "../reference";
import { ProjectRow } from "../tracker/types";
import { COUNT_FORMAT, Grid, HEADER_STYLE, MONEY_FORMAT, TITLE_STYLE, departmentShortName, landscapePage, lineHeight, localName, range, reportFont } from "./doc-kit";
import { LabelKey, label } from "./labels";
import { CellStyle, SheetDoc } from "./sheet-doc";

export interface LinkageOptions {
  readonly lang: Lang;
}

/**
 * Projects listed under one node at most, then one line saying how many more (SPEC §5): the
 * tracker itself is the full list, and a map of 100,000 names is no map.
 */
export const LINKAGE_LIST_LIMIT = 200;

const HEADERS: readonly LabelKey[] = ["colLinkageItem", "colProjectId", "colDepartment", "colSubPlanCode", "colProjects", "colBudget"];
const COLUMN_WIDTHS = [70, 22, 14, 16, 14, 20];
export const LINKAGE_HEADER_ROW = 3;
const BORDER: CellStyle = { border: "thin", valign: "top" };
/** Styles of a project line, made once: every project shares them (and writers cache styles by object). */
const PROJECT_NAME_STYLE: CellStyle = { ...BORDER, indent: 3, wrap: true };
const PROJECT_BUDGET_STYLE: CellStyle = { ...BORDER, numberFormat: MONEY_FORMAT };
const MORE_STYLE: CellStyle = { ...BORDER, indent: 3, italic: true, wrap: true };

/** Room for text in column A at an indent level (a level takes about 2 characters). */
function itemWidth(indent = 0): number {
  return COLUMN_WIDTHS[0] - 2 * indent;
}

/** Writes the sheet top-down; `row` is the last row written. */
class LinkageWriter {
  row = LINKAGE_HEADER_ROW;
  constructor(
    readonly grid: Grid,
    readonly reference: Reference,
    readonly lang: Lang,
  ) {}

  /** A heading line with a project count and budget. */
  heading(text: string, projects: number, budget: number, style: CellStyle): void {
    const row = ++this.row;
    this.grid.set(row, 1, text, { ...BORDER, ...style, wrap: true });
    this.grid.fit(row, text, itemWidth(style.indent));
    this.grid.line(row, 2, [null, null, null], { ...BORDER, ...style });
    this.grid.set(row, 5, projects, { ...BORDER, ...style, numberFormat: COUNT_FORMAT });
    this.grid.set(row, 6, budget, { ...BORDER, ...style, numberFormat: MONEY_FORMAT });
  }

  project(r: ProjectRow): void {
    const row = ++this.row;
    const department = r.resolved.department;
    const name = r.resolved.projectName ?? "";
    this.grid.set(row, 1, name, PROJECT_NAME_STYLE);
    this.grid.fit(row, name, itemWidth(3));
    this.grid.set(row, 2, r.resolved.projectId ?? "", BORDER);
    this.grid.set(row, 3, department ? departmentShortName(this.reference, department.code, this.lang) : "", BORDER);
    this.grid.set(row, 4, r.resolved.subPlan ?? "", BORDER);
    this.grid.set(row, 5, null, BORDER);
    this.grid.set(row, 6, r.resolved.budget ?? null, PROJECT_BUDGET_STYLE);
  }

  /** The node's own projects, the first LINKAGE_LIST_LIMIT of them, then how many are not listed. */
  projects(node: LinkageNode): void {
    node.firstRows(LINKAGE_LIST_LIMIT).forEach((r) => this.project(r));
    const more = node.ownProjects - LINKAGE_LIST_LIMIT;
    if (more <= 0) return;
    const row = ++this.row;
    const text = label(this.lang, "moreLinkageProjects", { count: more.toLocaleString("en-US") });
    this.grid.set(row, 1, text, MORE_STYLE);
    this.grid.fit(row, text, itemWidth(3));
    this.grid.line(row, 2, [null, null, null, null, null], BORDER);
  }

  masterPlan(plan: LinkageNode): void {
    const name = localName(plan, this.lang);
    this.heading(label(this.lang, "masterPlanNode", { code: plan.code, name }).trim(), plan.projects, plan.budget, { bold: true, fill: "subtotal", indent: 1 });
    if (plan.ownProjects > 0) {
      this.heading(label(this.lang, "noSubPlan"), plan.ownProjects, plan.ownBudget, { italic: true, indent: 2 });
      this.projects(plan);
    }
    for (const sub of plan.children) {
      const subName = localName(sub, this.lang);
      this.heading(label(this.lang, "subPlanNode", { code: sub.code, name: subName }).trim(), sub.projects, sub.budget, { bold: true, indent: 2 });
      this.projects(sub);
    }
  }
}

export function buildLinkageDoc(figures: Figures, reference: Reference, opts: LinkageOptions): SheetDoc {
  const { lang } = opts;
  const grid = new Grid(lineHeight(lang));
  const title = figures.fiscalYear === null ? label(lang, "linkageTitleNoYear") : label(lang, "linkageTitle", { fy: figures.fiscalYear });
  grid.set(1, 1, title, TITLE_STYLE);
  grid.merge(1, 1, HEADERS.length);
  HEADERS.forEach((h, i) => {
    grid.set(LINKAGE_HEADER_ROW, 1 + i, label(lang, h), HEADER_STYLE);
    grid.fit(LINKAGE_HEADER_ROW, label(lang, h), COLUMN_WIDTHS[i]);
  });
  const writer = new LinkageWriter(grid, reference, lang);
  for (const strategy of figures.linkage) {
    const name = localName(strategy, lang);
    writer.heading(label(lang, "strategyNode", { code: strategy.code, name }), strategy.projects, strategy.budget, { bold: true, fill: "group" });
    strategy.children.forEach((plan) => writer.masterPlan(plan));
  }
  if (figures.linkage.length === 0) {
    grid.set(++writer.row, 1, label(lang, "noIncludedProjects"), { italic: true });
    grid.merge(writer.row, 1, HEADERS.length);
  } else {
    const projects = figures.linkage.reduce((n, s) => n + s.projects, 0);
    const budget = figures.linkage.reduce((n, s) => n + s.budget, 0);
    writer.heading(label(lang, "grandTotal"), projects, budget, { bold: true, fill: "total" });
  }
  return {
    key: "linkage",
    name: label(lang, "linkageSheet"),
    font: reportFont(lang),
    columnWidths: COLUMN_WIDTHS,
    ...grid.sheetParts(),
    charts: [],
    freeze: { rows: LINKAGE_HEADER_ROW, columns: 0 },
    page: landscapePage(range(1, 1, writer.row, HEADERS.length)),
    showGridlines: false,
    tabColor: "548235",
  };
}
