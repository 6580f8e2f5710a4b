// Writing big generated sheets in few, full requests: formats as one value per rectangle, heights and styles by shared property.
import { DocCell } from "../../../src/core/outputs/sheet-doc";
import { REQUEST_BUDGET_BYTES } from "../../../src/workbook/office/budget";
import { rowHeightRuns } from "../../../src/workbook/office/render-frame";
import { FILL_COLORS } from "../../../src/workbook/xlsx/styles";
import { findSheet, maxRequestBytes, snapshotSheet } from "../../fakes/excel";
import { LONG_REMARK, MARK, bigTextCells, textDoc, userSheets } from "./docs";
import { officeOver } from "./tracker-cells";

const MIB4 = 4 * 1024 * 1024;
type Office = ReturnType<typeof officeOver>;

/** Request bytes of the recorded operations whose description matches. */
function bytesOf(office: Office, pattern: RegExp): { operations: number; bytes: number } {
  const ops = (office.state.stats.operations ?? []).filter((o) => pattern.test(o.describe));
  return { operations: ops.length, bytes: ops.reduce((n, o) => n + o.bytes, 0) };
}

/** A report-like table: text ids (some formula-looking), amounts, and a column mixing both. */
function tableCells(rows: number): DocCell[] {
  return Array.from({ length: rows }, (_, i): DocCell[] => [
    { row: i + 1, column: 1, value: i % 7 === 0 ? `=SUM(A${i})` : `P-${i}` },
    { row: i + 1, column: 2, value: i * 1.5, style: { numberFormat: "#,##0.00" } },
    { row: i + 1, column: 3, value: i % 100 === 0 ? "รวม" : i, style: { numberFormat: "0.00" } },
  ]).flat();
}

describe("writeGenerated: payload that is not data", () => {
  it("formats whole columns with one value each, before any value, and keeps text as text", async () => {
    const office = officeOver(userSheets);
    try {
      office.state.stats.operations = [];
      const rows = 6000;
      const [written] = await office
        .workbook()
        .writeGenerated([textDoc("linkage", "Big", tableCells(rows))], MARK);
      const sheet = findSheet(office.state, written.name);
      expect(sheet.formulas.size).toBe(0);
      expect(sheet.values[7][0]).toBe("=SUM(A7)");
      expect(sheet.formats[7]).toEqual(["@", "#,##0.00", "0.00"]);
      expect(sheet.formats[100]).toEqual(["@", "#,##0.00", "@"]);
      const log = office.state.log.filter(
        (l) => l.includes('add("_pyp_tmp_') && /\.(numberFormat|values) = /.test(l)
      );
      const lastFormat = log.map((l) => l.includes(".numberFormat = ")).lastIndexOf(true);
      const firstValues = log.findIndex((l) => l.includes(".values = "));
      expect(lastFormat).toBeLessThan(firstValues);
      // Columns A and B are one rectangle each; C alternates between "@" and "0.00" every 100 rows.
      const formats = bytesOf(office, /\.numberFormat = /);
      expect(formats.operations).toBeLessThanOrEqual(2 + 2 * (rows / 100) + 2);
      // One small operation each (office.js spends about 300 bytes on one): no 2-D array of formats.
      expect(formats.bytes).toBeLessThan(formats.operations * 400);
    } finally {
      office.uninstall();
    }
  });

  it.each([
    ["with RangeAreas", "1.17"],
    ["without RangeAreas", "1.8"],
  ])(
    "sets alternating row heights in few requests, exactly where the doc says (%s)",
    async (_how, api) => {
      const office = officeOver(userSheets, api);
      try {
        office.state.stats.operations = [];
        const rows = 3000;
        const heights = Array.from({ length: rows }, (_, i) => ({
          row: i + 1,
          height: i % 3 === 0 ? 42 : 21,
        })).filter((h) => h.row !== 1500);
        const doc = textDoc("linkage", "Tall", tableCells(rows), { rowHeights: heights });
        const [written] = await office.workbook().writeGenerated([doc], MARK);
        const layout = snapshotSheet(office.state, findSheet(office.state, written.name)).layout;
        expect(layout.rowHeights).toEqual(
          Object.fromEntries(heights.map((h) => [String(h.row - 1), h.height]))
        );
        const heightOps = bytesOf(office, /\.rowHeight = /);
        // The common height is one request per stretch; the others one per address list or per run.
        expect(heightOps.operations).toBeLessThanOrEqual(api === "1.17" ? 12 : rows / 3 + 2);
      } finally {
        office.uninstall();
      }
    }
  );

  it("formats each shared property once: a bordered table is one rectangle, scattered fills one list", async () => {
    const office = officeOver(userSheets);
    try {
      office.state.stats.operations = [];
      const rows = 4000;
      const error = { border: "thin", fill: "error" } as const;
      const warning = { border: "thin", fill: "warning" } as const;
      const cells: DocCell[] = Array.from({ length: rows }, (_, i): DocCell[] => [
        { row: i + 1, column: 1, value: `F${i}`, style: { border: "thin", valign: "top" } },
        { row: i + 1, column: 2, value: "sev", style: i % 3 ? warning : error },
        { row: i + 1, column: 3, value: "msg", style: { border: "thin", wrap: true } },
      ]).flat();
      const [written] = await office
        .workbook()
        .writeGenerated([textDoc("validation", "Styled", cells)], MARK);
      const snap = snapshotSheet(office.state, findSheet(office.state, written.name));
      for (const row of [0, 1, 2, 3, rows - 1]) {
        const fill = (snap.fills[`${row},1`] as { color: string }).color;
        expect(fill).toBe(`#${FILL_COLORS[row % 3 ? "warning" : "error"]}`);
        for (let column = 0; column < 3; column++)
          expect(snap.styles[`${row},${column}`]).toMatchObject({
            "border.EdgeTop.style": "Continuous",
            "border.EdgeLeft.weight": "Thin",
          });
        expect(snap.styles[`${row},0`]).toMatchObject({ verticalAlignment: "Top" });
        expect(snap.styles[`${row},2`]).toMatchObject({ wrapText: true });
        expect(snap.styles[`${row},1`]).not.toHaveProperty("wrapText");
      }
      const styles = bytesOf(office, /\.format\.(?!font\.(name|size) = |columnWidth|rowHeight)/);
      expect(styles.bytes).toBeLessThan(200_000);
    } finally {
      office.uninstall();
    }
  });
});

describe("writeGenerated: requests go out full", () => {
  it("writes a 10 MB sheet in as many requests as the budget needs, none over 4 MB, the swap riding on the last", async () => {
    const office = officeOver(userSheets);
    try {
      const remark = LONG_REMARK;
      const cells = bigTextCells(30_000);
      const [written] = await office
        .workbook()
        .writeGenerated([textDoc("validation", "Big", cells)], MARK);
      expect(findSheet(office.state, written.name).values[7499][3]).toBe(`29999 ${remark}`);
      const requests = office.state.stats.requestBytes.slice(2); // after the listing's two syncs
      const total = requests.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThan(10_000_000);
      expect(maxRequestBytes(office.state)).toBeLessThan(MIB4);
      // Estimates never fall short of what office.js sends, so no request passes the budget.
      expect(Math.max(...requests)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(requests.length).toBe(Math.ceil(total / REQUEST_BUDGET_BYTES));
      const last = office.state.stats.syncs;
      const lastOps = office.state.log.filter((l) => l.startsWith(`${last}:`));
      expect(lastOps.some((l) => l.includes(".values = "))).toBe(true);
      expect(lastOps.some((l) => l.endsWith(`.name = ${JSON.stringify(written.name)}`))).toBe(true);
    } finally {
      office.uninstall();
    }
  });
});

describe("rowHeightRuns", () => {
  it("puts the commonest height first over each stretch, then the others over their own rows", () => {
    const heights = [1, 2, 3, 4, 6, 7].map((row) => ({ row, height: row === 3 ? 40 : 20 }));
    expect(rowHeightRuns(heights)).toEqual([
      { from: 0, to: 3, value: 20 },
      { from: 5, to: 6, value: 20 },
      { from: 2, to: 2, value: 40 },
    ]);
    expect(rowHeightRuns([])).toEqual([]);
  });
});
