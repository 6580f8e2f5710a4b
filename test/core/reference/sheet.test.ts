// Reference sheet: the template's sheet reads back to the default tables; another ministry's tables merge; bad sheets give problems.
import fc from "fast-check";
import { CellValue, excelError } from "../../../src/core/cell";
import { loadDefaultReference } from "../../../src/core/reference";
import {
  ReferenceSheetError,
  isReferenceSheetName,
  mergeReference,
  readReferenceSheet,
} from "../../../src/core/reference/sheet";
import { buildTemplateDocs } from "../../../src/core/template";
import { docValues } from "../template/doc-values";

const base = loadDefaultReference();

function templateReferenceValues(lang: "th" | "en"): CellValue[][] {
  const docs = buildTemplateDocs({ reference: base, lang });
  return docValues(docs.find((d) => d.key === "template-reference")!);
}

/** Another ministry's departments and clusters, as a planner would type them. */
const INDUSTRY: CellValue[][] = [
  ["ข้อมูลอ้างอิง กระทรวงอุตสาหกรรม"],
  [],
  ["[clusters]", "กลุ่มภารกิจ"],
  ["code", "name_th", "name_en", "head_title_th", "head_title_en"],
  [
    "K1",
    "กลุ่มภารกิจด้านอุตสาหกรรมพื้นฐาน",
    "Basic Industry Cluster",
    "รองปลัดกระทรวงอุตสาหกรรม (หัวหน้ากลุ่มภารกิจด้านอุตสาหกรรมพื้นฐาน)",
    null,
  ],
  [],
  ["[departments]"],
  ["code", "name_th", "name_en", "abbr_th", "cluster", "head_title_th", "note"],
  [
    "DIW",
    "กรมโรงงานอุตสาหกรรม",
    "Department of Industrial Works",
    "กรอ.",
    "K1",
    "อธิบดีกรมโรงงานอุตสาหกรรม",
    "anything",
  ],
  [
    "DPIM",
    "กรมอุตสาหกรรมพื้นฐานและการเหมืองแร่",
    "Department of Primary Industries and Mines",
    "กพร.",
    "K1",
    "อธิบดีกรมอุตสาหกรรมพื้นฐานและการเหมืองแร่",
    null,
  ],
  [
    "TISI",
    "สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
    "Thai Industrial Standards Institute",
    "สมอ.",
    null,
    "เลขาธิการสำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม",
    null,
  ],
  [],
  ["[settings]"],
  ["key", "value"],
  ["ministry_name_th", "กระทรวงอุตสาหกรรม"],
  ["ministry_name_en", "Ministry of Industry"],
  ["ministry_letter_code_th", "อก"],
  ["final_approver_title_th", "ปลัดกระทรวงอุตสาหกรรม"],
  ["report_deadline_days_after_quarter_end", "๑๕"],
];

describe("isReferenceSheetName", () => {
  it.each([
    "อ้างอิง",
    "Reference",
    " reference ",
    "REFERENCE",
    "ข้อมูลอ้างอิง",
    "Reference Data",
    "อ้างอิง (2)",
  ])("knows %s", (name) => {
    expect(isReferenceSheetName(name)).toBe(true);
  });
  it.each(["Summary", "Projects", "โครงการ", "อ้างอิง2", "references"])(
    "does not take %s",
    (name) => {
      expect(isReferenceSheetName(name)).toBe(false);
    }
  );
});

describe("readReferenceSheet", () => {
  it.each(["th", "en"] as const)(
    "reads the %s template's sheet back to the default tables",
    (lang) => {
      const { patch, problems } = readReferenceSheet(templateReferenceValues(lang));
      expect(problems).toEqual([]);
      // The notes ("about") of the file are not tables: the sheet carries the values only.
      const { about: _about, ...tables } = base.data;
      const { about: _targetsAbout, ...targets } = base.data.quarter_targets;
      expect(patch).toEqual({ ...tables, quarter_targets: targets });
      expect(mergeReference(base, patch).data).toEqual({ ...base.data, quarter_targets: targets });
    }
  );

  it("reads a workbook's own plan targets and names the sheet they came from", () => {
    const values: CellValue[][] = [
      ["[quarter_targets]"],
      ["quarter", "progress_pct", "disbursement_pct"],
      [2, "๔๐%", 50],
      [1, 20, "25"],
      [3, 70, 75.5],
      [4, 100, 100],
    ];
    const { patch, problems } = readReferenceSheet(values);
    expect(problems).toEqual([]);
    expect(patch.quarter_targets).toEqual({ progress: [20, 40, 70, 100], disbursement: [25, 50, 75.5, 100] });
    const merged = mergeReference(base, patch, { file: "plan.xlsx", sheet: "อ้างอิง" });
    expect(merged.data.quarter_targets.progress).toEqual([20, 40, 70, 100]);
    expect(merged.targetsSource).toEqual({ kind: "sheet", file: "plan.xlsx", sheet: "อ้างอิง" });
    expect(base.targetsSource).toEqual({ kind: "built-in" });
    // A sheet without the block leaves the built-in targets and their source alone.
    const noTargets = mergeReference(base, {}, { file: "plan.xlsx", sheet: "อ้างอิง" });
    expect(noTargets.targetsSource).toEqual({ kind: "built-in" });
  });

  it.each([
    ["a missing quarter", [[1, 25, 30], [2, 50, 54], [3, 75, 77]], "needs all four quarters"],
    ["a repeated quarter", [[1, 25, 30], [1, 50, 54], [3, 75, 77], [4, 100, 100]], "quarter 1 repeats"],
    ["a target over 100", [[1, 25, 30], [2, 150, 54], [3, 75, 77], [4, 100, 100]], "percentages 0–100"],
    ["text", [[1, 25, 30], [2, "half", 54], [3, 75, 77], [4, 100, 100]], "percentages 0–100"],
    ["a quarter 5", [[5, 25, 30]], '"quarter" must be 1–4'],
    ["falling targets", [[1, 25, 30], [2, 20, 54], [3, 75, 77], [4, 100, 100]], "progress target of quarter 2 is below the quarter before"],
  ])("refuses plan targets with %s", (_what, rows, expected) => {
    const values: CellValue[][] = [["[quarter_targets]"], ["quarter", "progress_pct", "disbursement_pct"], ...(rows as CellValue[][])];
    const { patch, problems } = readReferenceSheet(values);
    expect(patch.quarter_targets).toBeUndefined();
    expect(problems.map((p) => p.en).join(" ")).toContain(expected);
  });

  it("merges another ministry's departments, clusters and settings over the base", () => {
    const { patch, problems } = readReferenceSheet(INDUSTRY);
    expect(problems).toEqual([]);
    expect(Object.keys(patch).sort()).toEqual([
      "clusters",
      "departments",
      "final_approver_title_th",
      "ministry",
      "report_deadline_days_after_quarter_end",
    ]);
    const industry = mergeReference(base, patch);
    expect(industry.data.ministry).toEqual({
      name_th: "กระทรวงอุตสาหกรรม",
      name_en: "Ministry of Industry",
      letter_code_th: "อก",
    });
    expect(industry.data.report_deadline_days_after_quarter_end).toBe(15);
    expect(industry.department("กรอ.")?.code).toBe("DIW");
    expect(industry.department("DOE")).toBeUndefined();
    expect(industry.departmentByCode("TISI")?.cluster).toBeNull();
    expect(industry.cluster("K1")?.head_title_en).toBeUndefined();
    // Tables the sheet does not give stay as they were.
    expect(industry.data.master_plans).toEqual(base.data.master_plans);
    expect(industry.data.reporting_office_th).toBe(base.data.reporting_office_th);
  });

  it("returns nothing and no problem for a sheet without blocks (the planner's own notes)", () => {
    expect(
      readReferenceSheet([
        ["หมายเหตุ", "ข้อความอ้างอิงทั่วไป"],
        [1, 2],
      ])
    ).toEqual({ patch: {}, problems: [] });
    expect(readReferenceSheet([])).toEqual({ patch: {}, problems: [] });
  });

  it("reports a bad code with its row, in Thai and English, and keeps the table out", () => {
    const { patch, problems } = readReferenceSheet([
      ["[strategies]"],
      ["code", "name_th", "name_en"],
      [1, "ด้านความมั่นคง", "Security"],
      ["สอง", "ด้านการแข่งขัน", "Competitiveness"],
    ]);
    expect(patch.strategies).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ block: "strategies", row: 4 });
    expect(problems[0].th).toContain("ต้องเป็นจำนวนเต็ม");
    expect(problems[0].en).toContain("must be a whole number");
  });

  it("reports a missing column, a repeated code, an error value and an unknown block", () => {
    const { problems } = readReferenceSheet([
      ["[reform_areas]"],
      ["code", "name_th"],
      [1, "ด้านการเมือง"],
      [],
      ["[clusters]"],
      ["code", "name_th", "name_en", "head_title_th"],
      ["C1", "ก", "A", "หัวหน้า ก"],
      ["C1", "ข", "B", "หัวหน้า ข"],
      [],
      ["[departments]"],
      ["code", "name_th", "name_en", "abbr_th", "cluster", "head_title_th"],
      ["X", excelError("#REF!"), "X", "x.", null, "อธิบดี"],
      [],
      ["[budget]"],
      ["key"],
    ]);
    expect(problems.map((p) => [p.block, p.row])).toEqual([
      ["reform_areas", 2],
      ["clusters", 8],
      ["departments", 12],
      ["budget", 14],
    ]);
    expect(problems[0].en).toContain('"name_en"');
    expect(problems[1].th).toContain("ซ้ำ");
    expect(problems[2].en).toContain("#REF!");
    expect(problems[3].en).toContain("unknown block [budget]");
  });

  it("refuses an empty required table and an unknown setting", () => {
    const { patch, problems } = readReferenceSheet([
      ["[strategies]"],
      ["code", "name_th", "name_en"],
      [],
      ["[settings]"],
      ["key", "value"],
      ["budget_code_length", 20],
      ["budget_code_pattern", "^[0-9]{17}$"],
    ]);
    expect(problems.map((p) => p.block)).toEqual(["strategies", "settings"]);
    expect(patch.budget_code_pattern).toBe("^[0-9]{17}$");
  });

  it("puts back the leading zero of a sub-plan code typed as a number", () => {
    const { patch, problems } = readReferenceSheet([
      ["[sub_plans]"],
      ["code", "master_plan", "name_th"],
      [101, 1, "แผนย่อยความมั่นคง"],
      ["0102 01", 1, "เป้าหมายย่อย"],
    ]);
    expect(problems).toEqual([]);
    expect(patch.sub_plans).toEqual([
      { code: "0101", master_plan: 1, name_th: "แผนย่อยความมั่นคง" },
      { code: "010201", master_plan: 1, name_th: "เป้าหมายย่อย" },
    ]);
  });

  it("reads master-plan links written as a list or a single number", () => {
    const { patch } = readReferenceSheet([
      ["[master_plans]"],
      ["code", "name_th", "name_en", "strategies"],
      [6, "พื้นที่และเมืองน่าอยู่อัจฉริยะ", "Liveable cities", "2, 4, 5"],
      [7, "โครงสร้างพื้นฐาน", "Infrastructure", 2],
      [8, "ผู้ประกอบการ", "SMEs", "๒"],
    ]);
    expect(patch.master_plans!.map((m) => m.strategies)).toEqual([[2, 4, 5], [2], [2]]);
  });

  it("never throws, whatever the cells", () => {
    const cellArb = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(
        "[strategies]",
        "[departments]",
        "[settings]",
        "code",
        "name_th",
        "key",
        "value",
        "[x]"
      ),
      fc.constant(excelError("#N/A"))
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 30 }), (values) => {
        const read = readReferenceSheet(values as CellValue[][]);
        expect(Array.isArray(read.problems)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});

describe("mergeReference", () => {
  it("throws a ReferenceSheetError, in Thai and English, when departments name a cluster that is not there", () => {
    const { patch, problems } = readReferenceSheet([
      ["[departments]"],
      ["code", "name_th", "name_en", "abbr_th", "cluster", "head_title_th"],
      [
        "DIW",
        "กรมโรงงานอุตสาหกรรม",
        "Department of Industrial Works",
        "กรอ.",
        "K9",
        "อธิบดีกรมโรงงานอุตสาหกรรม",
      ],
    ]);
    expect(problems).toEqual([]);
    let error: unknown;
    try {
      mergeReference(base, patch);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReferenceSheetError);
    const e = error as ReferenceSheetError;
    expect(e.en).toContain("[departments] item 1 cluster");
    expect(e.en).toContain("K9");
    expect(e.th).toContain("รายการที่ 1");
    expect(e.message).toBe(e.en);
  });

  it("leaves the base untouched", () => {
    const { patch } = readReferenceSheet(INDUSTRY);
    mergeReference(base, patch);
    expect(base.department("DOE")?.code).toBe("DOE");
  });
});
