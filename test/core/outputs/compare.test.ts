// buildCompareDoc: counts per kind on top, each kind's changes old beside new, links into NEW only in the same workbook.
import { CHANGE_KINDS, Change, Comparison } from "../../../src/core/compare/types";
import { KIND_LABELS } from "../../../src/core/compare/labels";
import { buildCompareDoc } from "../../../src/core/outputs/compare";
import { SheetDoc } from "../../../src/core/outputs/sheet-doc";

const place = (file: string, cell: string) => ({ file, sheet: file === "new.xlsx" ? "Q2" : "Q1", cell });

const CHANGES: Change[] = [
  { kind: "added", projectId: "N-1", projectName: "ใหม่", column: null, oldValue: null, newValue: "ใหม่", oldCell: null, newCell: place("new.xlsx", "B4") },
  { kind: "removed", projectId: "G-1", projectName: "หาย", column: null, oldValue: "หาย", newValue: null, oldCell: place("old.xlsx", "B9"), newCell: null },
  { kind: "budget-changed", projectId: "=HYPERLINK(\"x\")", projectName: "+cmd", column: "budget", oldValue: 1000, newValue: 2000, oldCell: place("old.xlsx", "G5"), newCell: place("new.xlsx", "E7") },
];

function comparison(changes: Change[]): Comparison {
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, changes.filter((c) => c.kind === k).length])) as Comparison["summary"];
  return { matched: 5, changes, duplicates: [{ side: "new", projectId: "D-1", cells: [place("new.xlsx", "B2"), place("new.xlsx", "B3")] }], summary, withoutId: { old: 0, new: 1 } };
}

function doc(lang: "th" | "en", same: boolean, changes = CHANGES): SheetDoc {
  const side = (file: string) => [{ file, sheet: "T", rows: 3 }];
  return buildCompareDoc({ old: side("old.xlsx"), new: side("new.xlsx"), comparison: comparison(changes) }, { lang, trackerInSameWorkbook: same });
}

const at = (d: SheetDoc, row: number, column: number) => d.cells.find((c) => c.row === row && c.column === column)?.value;
const rowOf = (d: SheetDoc, value: unknown) => d.cells.find((c) => c.value === value)!.row;

describe("buildCompareDoc", () => {
  it("lists every kind with its count above the changes", () => {
    const d = doc("en", false);
    const kindRows = CHANGE_KINDS.map((k) => rowOf(d, KIND_LABELS.en[k]));
    expect(CHANGE_KINDS.map((k, i) => at(d, kindRows[i], 4))).toEqual(CHANGE_KINDS.map((k) => comparison(CHANGES).summary[k]));
    const firstChangeRow = rowOf(d, "N-1");
    for (const r of kindRows) expect(r).toBeLessThan(firstChangeRow);
  });

  it("puts old and new values side by side under their kind, tracker text as text", () => {
    const d = doc("th", false);
    const r = rowOf(d, '=HYPERLINK("x")');
    expect([at(d, r, 3), at(d, r, 5), at(d, r, 6), at(d, r, 7), at(d, r, 8)]).toEqual(["+cmd", 1000, 2000, "Q1!G5", "Q2!E7"]);
    expect(rowOf(d, `${KIND_LABELS.th["budget-changed"]} (1)`)).toBeLessThan(r);
    expect(d.name).toBe("เปรียบเทียบ");
    expect(doc("en", false).name).toBe("Comparison");
  });

  it("links each change to its cell in NEW only when NEW is the workbook the sheet goes into", () => {
    expect(doc("th", false).cells.filter((c) => c.link)).toEqual([]);
    const links = doc("th", true).cells.filter((c) => c.link).map((c) => c.link);
    expect(links).toEqual([{ sheet: "Q2", cell: "B4" }, { sheet: "Q2", cell: "E7" }]);
  });

  it("reports duplicates and rows without an id, and says when nothing changed", () => {
    const d = doc("en", false, []);
    const texts = d.cells.map((c) => String(c.value));
    expect(texts).toContain("No changes found");
    expect(texts).toContain("Q2!B2, Q2!B3");
    expect(texts.some((t) => t.includes("0 earlier, 1 current"))).toBe(true);
  });
});
