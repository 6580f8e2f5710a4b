// compileMessage and sortFindings: the fast paths analyse uses give exactly what formatMessage and compareFindings give.
import fc from "fast-check";
import { Finding, MessageData, compareFindings, compileMessage, formatMessage, sortFindings } from "../../src/core/findings";
import { RULES } from "../../src/core/rules";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe("compileMessage", () => {
  const templates = RULES.flatMap((rule) => Object.values(rule.messages).flatMap((text) => [text.th, text.en]));

  it("renders every rule message as formatMessage does, with full, partial and no data", () => {
    expect(templates.length).toBeGreaterThan(40);
    for (const template of templates) {
      const names = placeholders(template);
      const full: MessageData = Object.fromEntries(names.map((name, i) => [name, i % 2 === 0 ? `v${i}` : i * 1.5]));
      const partial: MessageData = Object.fromEntries(names.slice(1).map((name) => [name, 0]));
      for (const data of [full, partial, {}]) expect(compileMessage(template)(data)).toBe(formatMessage(template, data));
    }
  });

  it("keeps unknown placeholders and reads tricky templates as the regex does", () => {
    const tricky = ["{a{b}}", "{}", "{ a }", "{a}{a}", "$& {a} $1", "{toString}", "", "no placeholders", "{a-b} {ก} {_1}"];
    const data: MessageData = { a: "$&", b: 2, _1: "x" };
    for (const template of tricky) {
      expect(compileMessage(template)(data)).toBe(formatMessage(template, data));
      expect(compileMessage(template)({})).toBe(formatMessage(template, {}));
    }
    expect(compileMessage("{a} and {missing}")({ a: 1 })).toBe("1 and {missing}");
  });

  it("agrees with formatMessage on arbitrary templates and data", () => {
    const name = fc.constantFrom("a", "b", "text", "ก", "", "a b");
    const template = fc.array(fc.oneof(fc.string(), name.map((n) => `{${n}}`)), { maxLength: 6 }).map((parts) => parts.join(""));
    const data = fc.dictionary(name, fc.oneof(fc.string(), fc.double()));
    fc.assert(fc.property(template, data, (t, d) => compileMessage(t)(d) === formatMessage(t, d)));
  });
});

function finding(file: string, sheet: string, row: number, cell: string | null, rule: string, tag: number): Finding {
  return {
    rule,
    severity: "error",
    file,
    sheet,
    row,
    column: null,
    cell,
    value: "",
    messageId: "m",
    data: { tag },
    message: { th: "", en: "" },
  };
}

describe("sortFindings", () => {
  const fileOrder = new Map([
    ["b.xlsx", 0],
    ["a.xlsx", 1],
  ]);
  const orderOf = (file: string) => fileOrder.get(file) ?? 0;

  it("orders as a stable sort by compareFindings, equal findings kept in input order", () => {
    const arbitraryFinding = fc.record({
      file: fc.constantFrom("a.xlsx", "b.xlsx", "c.xlsx"),
      sheet: fc.constantFrom("Sheet1", "sheet1", "ตาราง", "Tracker", "ﬁ", "fi", "B"),
      row: fc.integer({ min: 1, max: 6 }),
      cell: fc.constantFrom(null, "A3", "B3", "AA3", "Z10", "b3"),
      rule: fc.constantFrom("missing-value", "cell-error", "budget-code-format"),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 60 }), (records) => {
        const findings = records.map((r, i) => finding(r.file, r.sheet, r.row, r.cell, r.rule, i));
        const expected = [...findings].sort((a, b) => compareFindings(a, b, orderOf));
        expect(sortFindings(findings, orderOf)).toEqual(expected);
      }),
    );
  });

  it("orders rows and file orders that do not pack as the comparator does", () => {
    const odd = new Map([
      ["a.xlsx", -1],
      ["b.xlsx", 0.5],
      ["c.xlsx", NaN],
    ]);
    const oddOrder = (file: string) => odd.get(file) ?? 0;
    const arbitraryFinding = fc.record({
      file: fc.constantFrom("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"),
      row: fc.constantFrom(1, 2, 2.5, 3_000_000, 0, -4),
      cell: fc.constantFrom(null, "A3", "B3"),
      rule: fc.constantFrom("missing-value", "cell-error"),
    });
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 40 }), fc.boolean(), (records, plainFiles) => {
        const findings = records.map((r, i) => finding(r.file, "S", r.row, r.cell, r.rule, i));
        const by = plainFiles ? orderOf : oddOrder;
        expect(sortFindings(findings, by)).toEqual([...findings].sort((a, b) => compareFindings(a, b, by)));
      }),
    );
  });

  it("returns a new array and leaves its input as it was", () => {
    const findings = [finding("a.xlsx", "S", 5, "A5", "r", 0), finding("a.xlsx", "S", 2, "A2", "r", 1)];
    const sorted = sortFindings(findings, orderOf);
    expect(sorted.map((f) => f.row)).toEqual([2, 5]);
    expect(findings.map((f) => f.row)).toEqual([5, 2]);
  });
});
