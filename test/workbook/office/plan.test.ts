// Pure parts of the write: names planned for a write, rectangles and address lists for bulk formatting.
import { addressLists, cellsToRectangles, rangeAddress } from "../../../src/workbook/office/areas";
import { SheetListing } from "../../../src/workbook/office/listing";
import { planWrite, uniqueTableName } from "../../../src/workbook/office/plan";
import { textDoc } from "./docs";

const sheet = (name: string, tables: string[] = []) => ({
  name,
  lastRow: 1,
  lastColumn: 1,
  visible: true,
  generated: null,
  tables: tables.map((t) => ({
    name: t,
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 2,
    firstColumn: 1,
    lastColumn: 1,
  })),
});
const MARK = { fiscalYear: 2569, quarter: 2, round: "quarter" } as const;

describe("planWrite", () => {
  const listing: SheetListing = {
    sheets: [sheet("Data"), sheet("Summary"), sheet("Summary (2)", ["SumT"]), sheet("Old memo")],
    sheetIds: new Map(),
    registry: [
      { sheet: "Summary (2)", key: "summary", ...MARK, writtenAt: "", sheetId: "s2" },
      { sheet: "Old memo", key: "memo-C1", ...MARK, quarter: 1, writtenAt: "", sheetId: "s3" },
    ],
    registryRows: 3,
    definedNames: [],
  };

  it("replaces only the same run's sheets, frees their names, and gives user-name clashes a new name", () => {
    const docs = [
      {
        ...textDoc("summary", "Summary", []),
        tables: [
          { name: "SumT", range: { firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 1 } },
        ],
      },
      textDoc("memo-C1", "Data", []),
    ];
    const plan = planWrite(docs, MARK, listing, "tok", "2026-01-01");
    expect(plan.deleteSheets).toEqual(["Summary (2)"]);
    expect(plan.docs.map((d) => [d.finalName, d.tempName, d.replaces])).toEqual([
      ["Summary (2)", "_pyp_tmp_tok_1", ["Summary (2)"]],
      ["Data (2)", "_pyp_tmp_tok_2", []],
    ]);
    expect(plan.docs[0].tables).toEqual([
      expect.objectContaining({ tempName: "_pyp_tok_t1", finalName: "SumT" }),
    ]);
    expect(plan.keptRegistry.map((e) => e.sheet)).toEqual(["Old memo"]);
  });

  it("makes valid, unused table names", () => {
    const taken = new Set(["sumt"]);
    expect(uniqueTableName("SumT", taken)).toBe("SumT_2");
    expect(uniqueTableName("ตาราง สรุป", taken)).toBe("ตาราง_สรุป");
    expect(uniqueTableName("A1", taken)).toBe("T_A1");
    expect(uniqueTableName("1st", taken)).toBe("T_1st");
  });
});

describe("cellsToRectangles and addressLists", () => {
  it("covers exactly the given cells with few rectangles", () => {
    const cells = [
      ...[2, 3, 4, 5].flatMap((row) => [1, 2, 3].map((column) => ({ row, column }))),
      { row: 7, column: 2 },
      { row: 2, column: 5 },
    ];
    const rects = cellsToRectangles(cells);
    expect(rects.map(rangeAddress)).toEqual(["A2:C5", "E2", "B7"]);
    const covered = rects.flatMap((r) => {
      const out: string[] = [];
      for (let row = r.firstRow; row <= r.lastRow; row++)
        for (let c = r.firstColumn; c <= r.lastColumn; c++) out.push(`${row},${c}`);
      return out;
    });
    expect(covered.sort()).toEqual(cells.map((c) => `${c.row},${c.column}`).sort());
  });

  it("splits long address lists", () => {
    const rects = Array.from({ length: 500 }, (_, i) => ({
      firstRow: i * 2 + 1,
      lastRow: i * 2 + 1,
      firstColumn: 1,
      lastColumn: 1,
    }));
    const lists = addressLists(rects, 200);
    expect(lists.every((l) => l.length <= 200)).toBe(true);
    expect(lists.join(",").split(",")).toHaveLength(500);
  });
});
