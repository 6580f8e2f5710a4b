// The linkage map: strategy → master plan → sub-plan over included rows, reference order.
import { computeFigures } from "../../../src/core/figures/compute";
import { LinkageNode } from "../../../src/core/figures/types";
import { loadDefaultReference } from "../../../src/core/reference";
import { makeRows, validRow } from "../../helpers/rows";

const reference = loadDefaultReference();

/** A node as codes, counts, budgets and the ids of its own rows, for compact comparison. */
function shape(n: LinkageNode): unknown {
  return {
    code: n.code,
    projects: n.projects,
    budget: n.budget,
    rows: n.rows.map((r) => r.resolved.projectId),
    children: n.children.map(shape),
  };
}

describe("linkage map", () => {
  const rows = makeRows([
    validRow({ project_id: "a", strategy: 4, master_plan: 17, sub_plan: "1702", budget: 100 }),
    validRow({ project_id: "b", strategy: 3, master_plan: 11, sub_plan: "1104", budget: 200 }),
    validRow({ project_id: "c", strategy: 3, master_plan: 11, sub_plan: "110401", budget: 300 }),
    validRow({ project_id: "d", strategy: 3, master_plan: 11, sub_plan: "1101", budget: 400 }),
    validRow({ project_id: "e", strategy: 3, master_plan: 11, sub_plan: null, budget: 500 }),
    validRow({ project_id: "f", strategy: 4, master_plan: 17, sub_plan: "1701", budget: 50 }),
    validRow({ project_id: "g", strategy: 4, master_plan: 16, sub_plan: "1601", budget: 10 }),
    validRow({ project_id: "x", strategy: 1, master_plan: 1, sub_plan: null, budget: 7 }),
    validRow({ project_id: "y", strategy: 2, master_plan: 3, fiscal_year: 2568 }),
  ]);
  // Row "x" (worksheet row 9) has an error, "y" is of another year: neither appears.
  const error = {
    rule: "linkage-mismatch",
    severity: "error" as const,
    file: "test.xlsx",
    sheet: "Tracker",
    row: 9,
    column: null,
    cell: null,
    value: "",
    messageId: "x",
    data: {},
    message: { th: "", en: "" },
  };
  const { linkage } = computeFigures({ rows, findings: [error], reference, fiscalYear: 2569, quarter: 1 });

  it("nests included rows in reference order, only nodes with projects", () => {
    expect(linkage.map(shape)).toEqual([
      {
        code: "3",
        projects: 4,
        budget: 1400,
        rows: [],
        children: [
          {
            code: "11",
            projects: 4,
            budget: 1400,
            rows: ["e"],
            children: [
              { code: "1101", projects: 1, budget: 400, rows: ["d"], children: [] },
              { code: "1104", projects: 2, budget: 500, rows: ["b", "c"], children: [] },
            ],
          },
        ],
      },
      {
        code: "4",
        projects: 3,
        budget: 160,
        rows: [],
        children: [
          { code: "16", projects: 1, budget: 10, rows: [], children: [{ code: "1601", projects: 1, budget: 10, rows: ["g"], children: [] }] },
          {
            code: "17",
            projects: 2,
            budget: 150,
            rows: [],
            children: [
              { code: "1701", projects: 1, budget: 50, rows: ["f"], children: [] },
              { code: "1702", projects: 1, budget: 100, rows: ["a"], children: [] },
            ],
          },
        ],
      },
    ]);
  });

  it("gives each node's own rows as a count, a budget and a prefix, without its children's", () => {
    const plan11 = linkage[0].children[0];
    expect([plan11.ownProjects, plan11.ownBudget]).toEqual([1, 500]);
    const sub1104 = plan11.children[1];
    expect([sub1104.ownProjects, sub1104.ownBudget]).toEqual([2, 500]);
    expect(sub1104.firstRows(1).map((r) => r.resolved.projectId)).toEqual(["b"]);
    expect(sub1104.firstRows(5).map((r) => r.resolved.projectId)).toEqual(["b", "c"]);
    expect(linkage[0].ownProjects).toBe(0);
    expect(linkage[0].firstRows(200)).toEqual([]);
  });

  it("names nodes from the reference", () => {
    const s3 = linkage[0];
    expect(s3.name_th).toBe("ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์");
    expect(s3.name_en).toBe("Developing and Strengthening Human Capital");
    expect(s3.children[0].children[1].name_th).toBe("การพัฒนาและยกระดับศักยภาพวัยแรงงาน");
  });

  it("places a sub-plan the reference does not list after the listed ones", () => {
    const extra = makeRows([
      validRow({ project_id: "p", sub_plan: "1199" }),
      validRow({ project_id: "q", sub_plan: "1105" }),
    ]);
    const f = computeFigures({ rows: extra, findings: [], reference, fiscalYear: 2569, quarter: 1 });
    expect(f.linkage[0].children[0].children.map((n) => [n.code, n.name_th])).toEqual([
      ["1105", "การส่งเสริมศักยภาพวัยผู้สูงอายุ"],
      ["1199", ""],
    ]);
  });
});

describe("linkage map with codes the reference lacks", () => {
  it("groups rows by code alike for small and large codes, listed codes first, the rest in code order", () => {
    // Resolved codes set directly (readers would not resolve them): large codes take the map's other path.
    const codes: [string, number, number, number][] = [
      ["a", 9999, 4096, 1],
      ["b", 3, 11, 2],
      ["c", 9999, 4096, 4],
      ["d", 9999, 40, 8],
      ["e", 3, 4096, 16],
      ["f", 3, 11, 32],
    ];
    const made = makeRows(codes.map(([project_id, , , budget]) => validRow({ project_id, sub_plan: null, budget })));
    const rows = made.map((row, i) => ({
      ...row,
      resolved: { ...row.resolved, strategy: codes[i][1], masterPlan: codes[i][2] },
    }));
    const { linkage } = computeFigures({ rows, findings: [], reference, fiscalYear: 2569, quarter: 1 });
    expect(linkage.map(shape)).toEqual([
      {
        code: "3",
        projects: 3,
        budget: 50,
        rows: [],
        children: [
          { code: "11", projects: 2, budget: 34, rows: ["b", "f"], children: [] },
          { code: "4096", projects: 1, budget: 16, rows: ["e"], children: [] },
        ],
      },
      {
        code: "9999",
        projects: 3,
        budget: 13,
        rows: [],
        children: [
          { code: "40", projects: 1, budget: 8, rows: ["d"], children: [] },
          { code: "4096", projects: 2, budget: 5, rows: ["a", "c"], children: [] },
        ],
      },
    ]);
  });
});
