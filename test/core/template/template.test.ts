// The template: tracker table with headers, drop-downs from the reference sheet, formats; it checks clean.
import { analyse } from "../../../src/core/analyse";
import { CellValue } from "../../../src/core/cell";
import { SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { loadDefaultReference } from "../../../src/core/reference";
import { isReferenceSheetName } from "../../../src/core/reference/sheet";
import { buildTemplateDocs } from "../../../src/core/template";
import {
  COLUMN_KEYS,
  ColumnKey,
  TEMPLATE_HEADERS,
  matchHeader,
} from "../../../src/core/tracker/columns";
import { loadTracker } from "../../../src/core/tracker/load";
import { resolveProjectType } from "../../../src/core/tracker/resolve";
import { PROJECT_TYPES } from "../../../src/core/tracker/types";
import { readCode } from "../../../src/core/values";
import { MemorySource } from "../../../src/workbook/memory/source";
import { docFormats, docTables, docValues } from "./doc-values";

const reference = loadDefaultReference();
const th = buildTemplateDocs({ reference, lang: "th" });
const en = buildTemplateDocs({ reference, lang: "en" });
const [tracker, instructions, referenceSheet] = th;

function column(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key) + 1;
}

function styleAt(doc: SheetDoc, row: number, col: number) {
  return doc.cells.find((c) => c.row === row && c.column === col)?.style;
}

/** Values of the drop-down list feeding a tracker column, read from the reference sheet. */
function listValues(key: ColumnKey, docs = th): (string | number | null)[] {
  const [trackerDoc, , refDoc] = docs;
  const v = trackerDoc.validations!.find((x) => x.range.firstColumn === column(key))!;
  expect(v.source!.sheet).toBe(refDoc.name);
  const values = docValues(refDoc);
  const out: (string | number | null)[] = [];
  for (let r = v.source!.range.firstRow; r <= v.source!.range.lastRow; r++)
    out.push(values[r - 1][v.source!.range.firstColumn - 1] as string);
  return out;
}

/** The docs as the sheets an adapter would read back; `edit` may type into the tracker's values first. */
function memorySource(
  docs: SheetDoc[],
  edit: (trackerValues: CellValue[][]) => void = () => {}
): MemorySource {
  const sheets = docs.map((d) => ({
    name: d.name,
    values: docValues(d),
    formats: docFormats(d),
    tables: docTables(d),
  }));
  edit(sheets[0].values);
  return new MemorySource("template.xlsx", sheets);
}

describe("template sheets", () => {
  it("are the tracker, the instructions and the reference sheet", () => {
    expect(th.map((d) => [d.key, d.name])).toEqual([
      ["template-tracker", "โครงการ"],
      ["template-instructions", "คำอธิบาย"],
      ["template-reference", "อ้างอิง"],
    ]);
    expect(en.map((d) => d.name)).toEqual(["Projects", "Instructions", "Reference"]);
    expect(isReferenceSheetName(referenceSheet.name)).toBe(true);
    expect(isReferenceSheetName(en[2].name)).toBe(true);
  });

  it("puts a title above the 21 template headers, in order, each read back as its column", () => {
    expect(String(docValues(tracker)[0][0])).toContain("แบบติดตามโครงการ");
    expect(docValues(tracker)[1]).toEqual(COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k].th));
    expect(docValues(en[0])[1]).toEqual(COLUMN_KEYS.map((k) => TEMPLATE_HEADERS[k].en));
    for (const doc of [tracker, en[0]]) {
      docValues(doc)[1].forEach((h, i) => expect(matchHeader(String(h))).toBe(COLUMN_KEYS[i]));
    }
  });

  it("makes the header and blank rows an Excel table, header frozen", () => {
    expect(tracker.tables).toEqual([
      {
        name: "PYP_Projects",
        range: { firstRow: 2, firstColumn: 1, lastRow: 202, lastColumn: 21 },
        style: "TableStyleMedium2",
      },
    ]);
    expect(tracker.freeze).toEqual({ rows: 2, columns: 2 });
    expect(tracker.columnWidths).toHaveLength(21);
  });

  it("formats codes as text, money with separators and progress with two decimals", () => {
    expect(styleAt(tracker, 3, column("project_id"))?.numberFormat).toBe("@");
    expect(styleAt(tracker, 3, column("budget_code"))?.numberFormat).toBe("@");
    expect(styleAt(tracker, 202, column("sub_plan"))?.numberFormat).toBe("@");
    expect(styleAt(tracker, 3, column("budget"))?.numberFormat).toBe("#,##0.00");
    expect(styleAt(tracker, 100, column("q3_disbursed"))?.numberFormat).toBe("#,##0.00");
    expect(styleAt(tracker, 3, column("q1_progress"))?.numberFormat).toBe("0.00");
  });

  it("offers drop-downs for department, project type, strategy, master plan and reform area", () => {
    const columns = tracker.validations!.map((v) => COLUMN_KEYS[v.range.firstColumn - 1]).sort();
    expect(columns).toEqual([
      "department",
      "master_plan",
      "project_type",
      "reform_area",
      "strategy",
    ]);
    for (const v of tracker.validations!)
      expect(v.range).toMatchObject({ firstRow: 3, lastRow: 202 });
  });

  it("lists department names, and coded labels that read back as their codes", () => {
    expect(listValues("department")).toEqual(reference.data.departments.map((d) => d.name_th));
    expect(listValues("department", en)).toEqual(reference.data.departments.map((d) => d.name_en));
    const codes = (key: ColumnKey) => listValues(key).map((v) => readCode(v));
    expect(codes("strategy")).toEqual(
      reference.data.strategies.map((s) => ({ kind: "ok", value: s.code }))
    );
    expect(codes("master_plan")).toEqual(
      reference.data.master_plans.map((s) => ({ kind: "ok", value: s.code }))
    );
    expect(codes("reform_area")).toEqual(
      reference.data.reform_areas.map((s) => ({ kind: "ok", value: s.code }))
    );
    expect(listValues("strategy")[0]).toBe("1 ด้านความมั่นคง");
  });

  it("lists project types whose labels read back as their types", () => {
    for (const docs of [th, en]) {
      const types = listValues("project_type", docs).map((l) => resolveProjectType(String(l)));
      expect(types).toEqual(PROJECT_TYPES.map((type) => ({ type, known: true })));
    }
    expect(listValues("project_type")).toEqual([
      "โครงการประจำปีงบประมาณ",
      "Big Rock",
      "Quick Win",
      "แผนระดับ ๓",
    ]);
  });

  it("explains every column in the instructions, in Thai, and in English too with lang en", () => {
    const text = docValues(instructions)
      .flat()
      .filter((v) => typeof v === "string");
    for (const key of COLUMN_KEYS) expect(text).toContain(TEMPLATE_HEADERS[key].th);
    const enText = docValues(en[1])
      .flat()
      .filter((v) => typeof v === "string");
    for (const key of COLUMN_KEYS) {
      expect(enText).toContain(TEMPLATE_HEADERS[key].en);
      expect(enText).toContain(TEMPLATE_HEADERS[key].th);
    }
    expect(text).toContain("คำอธิบายการใช้แบบติดตามโครงการ");
    expect(enText).toContain("How to use the project tracker");
  });

  it("gives wrapped instruction rows room, and every sheet a page setup", () => {
    const values = docValues(instructions);
    const longStep = values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("๕.")) + 1;
    const height = instructions.rowHeights!.find((h) => h.row === longStep)?.height;
    expect(height).toBeGreaterThanOrEqual(2 * 24);
    expect(instructions.merges).toContainEqual({
      firstRow: longStep,
      firstColumn: 1,
      lastRow: longStep,
      lastColumn: 3,
    });
    for (const doc of [...th, ...en]) expect(doc.page?.paper).toBe("A4");
  });
});

describe("the empty template", () => {
  it("is found as the tracker and checks clean", async () => {
    const loaded = await loadTracker(memorySource(th), reference, {
      skipSheet: isReferenceSheetName,
    });
    expect(loaded.layout.sheet).toBe("โครงการ");
    expect(loaded.layout.table).toBe("PYP_Projects");
    expect(loaded.layout.headerRow).toBe(2);
    expect(loaded.rows).toEqual([]);
    expect(analyse(loaded.rows, reference).findings).toEqual([]);
  });

  it("checks clean with blank-looking cells typed into its rows", async () => {
    const source = memorySource(en, (values) => {
      values[2][0] = "   ";
      values[5][column("remarks") - 1] = "\u00A0";
      values[9][column("budget") - 1] = "";
    });
    const loaded = await loadTracker(source, reference);
    expect(loaded.rows).toEqual([]);
    expect(analyse(loaded.rows, reference).findings).toEqual([]);
  });

  it("accepts a project entered with the drop-down values", async () => {
    const entries: Partial<Record<ColumnKey, string | number>> = {
      project_id: "P-1",
      project_name: "โครงการพัฒนาทักษะ",
      department: String(listValues("department")[0]),
      project_type: String(listValues("project_type")[0]),
      fiscal_year: 2569,
      budget_code: "12345678901234567890",
      budget: 100000,
      strategy: String(listValues("strategy")[2]),
      master_plan: String(listValues("master_plan")[10]),
    };
    const source = memorySource(th, (values) => {
      for (const [key, v] of Object.entries(entries)) values[2][column(key as ColumnKey) - 1] = v;
    });
    const loaded = await loadTracker(source, reference);
    expect(loaded.rows).toHaveLength(1);
    expect(loaded.rows[0].resolved).toMatchObject({ strategy: 3, masterPlan: 11, type: "annual" });
    expect(loaded.rows[0].resolved.department?.code).toBe("DOE");
    expect(analyse(loaded.rows, reference).findings.filter((f) => f.severity === "error")).toEqual(
      []
    );
  });
});
