// Writing generated sheets through the Office.js adapter: text stays text, every part of a SheetDoc lands.
import { findSheet, snapshotSheet } from "../../fakes/excel";
import { MARK, TRICKY_TEXTS, fullDoc, textDoc, trickyDoc, userSheets } from "./docs";
import { officeOver } from "./tracker-cells";

describe("writeGenerated: text and layout", () => {
  it("writes tracker text as text: '@' set before the value, never a formula, number or error", async () => {
    const office = officeOver(userSheets);
    try {
      const [written] = await office.workbook().writeGenerated([trickyDoc()], MARK);
      const sheet = findSheet(office.state, written.name);
      expect(sheet.formulas.size).toBe(0);
      TRICKY_TEXTS.forEach((text, i) => {
        expect(sheet.values[i]?.[0] ?? null).toBe(text === "" ? null : text);
        expect(sheet.formats[i][0]).toBe("@");
      });
      const ops = office.state.log.filter(
        (l) => l.includes("getRangeByIndexes(0,0,11,1).") && /numberFormat|values/.test(l)
      );
      expect(ops.map((l) => l.replace(/^.*\)\./, ""))).toEqual(["numberFormat = …", "values = …"]);
    } finally {
      office.uninstall();
    }
  });

  it("lands values, formats, styles, merges, widths, links, freeze, lists, tables, charts and page setup", async () => {
    const office = officeOver(userSheets);
    try {
      const written = await office
        .workbook()
        .writeGenerated([fullDoc("Report", "summary", "Tricky"), trickyDoc()], MARK);
      expect(written.map((w) => [w.key, w.name, w.charts, w.replaced])).toEqual([
        ["summary", "Report", 2, false],
        ["validation", "Tricky", 0, false],
      ]);
      const snap = snapshotSheet(office.state, findSheet(office.state, "Report"));
      expect(snap.values[3]).toEqual(["DSD", 50.5, 2000]);
      expect(snap.formats[3]).toEqual(["@", "0.00", "#,##0.00"]);
      expect(snap.fills["1,0"]).toEqual({ color: "#D9E2F3", pattern: "Solid", patternColor: null });
      expect(snap.styles["1,0"]).toMatchObject({
        "font.bold": true,
        "font.name": "TH Sarabun New",
        horizontalAlignment: "Center",
        "border.EdgeTop.style": "Continuous",
      });
      expect(snap.styles["2,0"]).toMatchObject({
        "font.underline": "Single",
        "font.color": "#0563C1",
      });
      const layout = snap.layout as Record<string, any>;
      expect(layout.merges).toEqual(["A1:C1"]);
      expect(layout.columnWidths).toEqual({ 0: 161.25, 1: 66.75, 2: 66.75 });
      expect(layout.rowHeights).toEqual({ 0: 30 });
      expect(layout.hyperlinks["2,0"]).toEqual({
        documentReference: "'Tricky'!A1",
        textToDisplay: "DOE",
      });
      expect(layout.freeze).toEqual({ rows: 2, columns: 1 });
      expect([layout.tabColor, layout.showGridlines]).toEqual(["#1F4E79", false]);
      expect(layout.validations).toEqual([
        {
          address: "D3:D5",
          rule: { list: { inCellDropDown: true, source: "ใช่,ไม่ใช่" } },
          prompt: { showPrompt: true, message: "เลือก", title: "" },
        },
        // The list points at the other generated sheet by its final name (Excel followed the rename).
        {
          address: "E3:E5",
          rule: { list: { inCellDropDown: true, source: "='Tricky'!$A$1:$A$3" } },
          prompt: null,
        },
      ]);
      expect(
        layout.tables.map((t: { name: string; address: string }) => [t.name, t.address])
      ).toEqual([["SummaryTable", "A2:C5"]]);
      expect(layout.pageLayout).toEqual({
        paperSize: "A4",
        orientation: "Portrait",
        leftMargin: 85.04,
        rightMargin: 56.69,
        topMargin: 70.87,
        bottomMargin: 56.69,
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      expect(layout.printArea).toBe("A1:F40");
    } finally {
      office.uninstall();
    }
  });

  it("adds native charts with the doc's type, series ranges, colours, axes and position", async () => {
    const office = officeOver(userSheets);
    try {
      await office.workbook().writeGenerated([fullDoc("Report")], MARK);
      const charts = (
        snapshotSheet(office.state, findSheet(office.state, "Report")).layout as Record<string, any>
      ).charts;
      expect(charts).toHaveLength(2);
      expect(charts[0]).toMatchObject({
        name: "progress",
        type: "BarClustered",
        title: "Progress",
        categoryAxisTitle: "Department",
        valueAxisTitle: "%",
        valueAxisMaximum: 100,
        valueAxisMinimum: 0,
        valueAxisNumberFormat: "0.00",
        dataLabelsShowValue: true,
        dataLabelsNumberFormat: "0.00",
        legendVisible: false,
        position: { start: "A8", end: "F22" },
        series: [
          { name: "Progress", values: "Report!B3:B5", xValues: "Report!A3:A5", color: "#1F4E79" },
        ],
      });
      expect(charts[1]).toMatchObject({
        type: "ColumnClustered",
        dataLabelsShowValue: false,
        legendVisible: true,
        valueAxisMaximum: null,
        series: [
          { name: "Progress", values: "Report!B3:B5", xValues: "Report!A3:A5", color: "#1F4E79" },
          { name: "Disbursed", values: "Report!C3:C5", xValues: "Report!A3:A5", color: "#C55A11" },
        ],
      });
    } finally {
      office.uninstall();
    }
  });

  it("skips page setup without ExcelApi 1.9 and says so, writing everything else", async () => {
    const office = officeOver(userSheets, "1.8");
    try {
      const wb = office.workbook();
      expect(wb.features.pageLayout).toBe(false);
      const [written] = await wb.writeGenerated([fullDoc("Report")], MARK);
      const sheet = findSheet(office.state, written.name);
      expect(sheet.pageLayout).toEqual({});
      expect(sheet.printArea).toBeNull();
      expect(sheet.charts).toHaveLength(2);
      expect(wb.lastNoteDetails.map((n) => n.code)).toEqual(["no-page-layout"]);
      expect(wb.lastNotes[0]).toContain("Report");
    } finally {
      office.uninstall();
    }
  });

  it("indents cells only where ExcelApi 1.9 allows it; Excel 2019 (1.8) gets the sheet without indent and a note", async () => {
    const indented = () =>
      textDoc("tree", "Tree", [
        { row: 1, column: 1, value: "แผนแม่บท", style: { bold: true } },
        { row: 2, column: 1, value: "โครงการ ก", style: { indent: 2 } },
      ]);
    for (const [excelApi, indent] of [
      ["1.8", undefined],
      ["1.9", 2],
    ] as const) {
      const office = officeOver(userSheets, excelApi);
      try {
        const wb = office.workbook();
        const [written] = await wb.writeGenerated([indented()], MARK);
        const sheet = findSheet(office.state, written.name);
        expect(sheet.values[1]?.[0]).toBe("โครงการ ก");
        expect(sheet.styles.get("1,0")?.indentLevel).toBe(indent);
        expect(wb.lastNoteDetails.some((n) => n.code === "no-indent")).toBe(indent === undefined);
      } finally {
        office.uninstall();
      }
    }
  });

  it("degrades gridlines, lists and chart formats on ExcelApi 1.7", async () => {
    const office = officeOver(userSheets, "1.7");
    try {
      const wb = office.workbook();
      await wb.writeGenerated([fullDoc("Report")], MARK);
      expect(wb.lastNoteDetails.map((n) => n.code).sort()).toEqual([
        "no-chart-number-formats",
        "no-data-validation",
        "no-gridlines",
        "no-page-layout",
      ]);
      expect(findSheet(office.state, "Report").validations).toEqual([]);
    } finally {
      office.uninstall();
    }
  });
});
