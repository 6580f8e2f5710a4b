// Hand-made SheetDocs for adapter tests: small sheets exercising every part a generated sheet can have.
import { excelError } from "../../../src/core/cell";
import { DocCell, SheetDoc } from "../../../src/core/outputs/sheet-doc";
import { FakeSheetSpec } from "../../fakes/excel";

/** The run every write test writes under. */
export const MARK = { fiscalYear: 2569, quarter: 1, round: "quarter" } as const;
/** The user's own sheets: a tracker with formula-like text, an error and a fill, and a sheet named like ours. */
export const userSheets: FakeSheetSpec[] = [
  {
    name: "Tracker",
    values: [
      ["รหัสโครงการ", "ชื่อโครงการ"],
      ["P1", "=1+1"],
      [3, excelError("#REF!")],
    ],
    formats: [[], ["@", "@"]],
    fills: [{ address: "B2", color: "#FFFF00" }],
  },
  { name: "Summary", values: [["the user's own summary"]] },
];

export function textDoc(
  key: string,
  name: string,
  cells: DocCell[],
  extra: Partial<SheetDoc> = {}
): SheetDoc {
  return {
    key,
    name,
    font: { name: "TH Sarabun New", size: 14 },
    columnWidths: [20, 12],
    cells,
    merges: [],
    charts: [],
    showGridlines: true,
    ...extra,
  };
}

/** Tracker text that Excel would take for a formula, a number, an error or a date if typed. */
export const TRICKY_TEXTS = [
  '=HYPERLINK("http://x","y")',
  "+SUM(1,2)",
  "-1",
  "@x",
  "0012",
  "#N/A",
  "45%",
  "1/2/2024",
  "TRUE",
  "=",
  "",
];

export function trickyDoc(): SheetDoc {
  return textDoc(
    "validation",
    "Tricky",
    TRICKY_TEXTS.map((value, i) => ({ row: i + 1, column: 1, value }))
  );
}

/** A summary-like sheet: header, numbers, styles, merges, links, freeze, list, table, two charts, A4 page. */
/** `listSheet`: the sheet its second drop-down list takes values from (it must exist once lists are written). */
export function fullDoc(name = "Summary", key = "summary", listSheet = name): SheetDoc {
  const header: DocCell[] = ["Department", "Progress", "Disbursed"].map((value, i) => ({
    row: 2,
    column: i + 1,
    value,
    style: { bold: true, fill: "header", border: "thin", align: "center" },
  }));
  const body: DocCell[] = ["DOE", "DSD", "SSO"].flatMap((dept, i) => [
    { row: 3 + i, column: 1, value: dept, link: { sheet: "Tricky", cell: `A${i + 1}` } },
    {
      row: 3 + i,
      column: 2,
      value: 40 + i * 10.5,
      style: { numberFormat: "0.00", border: "thin" },
    },
    {
      row: 3 + i,
      column: 3,
      value: 1000 * (i + 1),
      style: { numberFormat: "#,##0.00", border: "thin" },
    },
  ]);
  return textDoc(
    key,
    name,
    [{ row: 1, column: 1, value: "สรุปผล", style: { bold: true, size: 18 } }, ...header, ...body],
    {
      columnWidths: [30, 12, 12],
      rowHeights: [{ row: 1, height: 30 }],
      merges: [{ firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 3 }],
      freeze: { rows: 2, columns: 1 },
      showGridlines: false,
      tabColor: "1F4E79",
      validations: [
        {
          range: { firstRow: 3, firstColumn: 4, lastRow: 5, lastColumn: 4 },
          list: ["ใช่", "ไม่ใช่"],
          prompt: "เลือก",
        },
        {
          range: { firstRow: 3, firstColumn: 5, lastRow: 5, lastColumn: 5 },
          source: {
            sheet: listSheet,
            range: { firstRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 1 },
          },
        },
      ],
      tables: [
        { name: "SummaryTable", range: { firstRow: 2, firstColumn: 1, lastRow: 5, lastColumn: 3 } },
      ],
      charts: [
        {
          id: "progress",
          type: "bar",
          title: "Progress",
          categoryAxisTitle: "Department",
          valueAxisTitle: "%",
          categories: { firstRow: 3, firstColumn: 1, lastRow: 5, lastColumn: 1 },
          series: [
            {
              name: "Progress",
              values: { firstRow: 3, firstColumn: 2, lastRow: 5, lastColumn: 2 },
              color: "1F4E79",
            },
          ],
          valueMax: 100,
          dataLabels: true,
          numberFormat: "0.00",
          anchor: { row: 8, column: 1, rows: 15, columns: 6 },
        },
        {
          id: "both",
          type: "column",
          title: "Both",
          categoryAxisTitle: "Department",
          valueAxisTitle: "Value",
          categories: { firstRow: 3, firstColumn: 1, lastRow: 5, lastColumn: 1 },
          series: [
            {
              name: "Progress",
              values: { firstRow: 3, firstColumn: 2, lastRow: 5, lastColumn: 2 },
              color: "1F4E79",
            },
            {
              name: "Disbursed",
              values: { firstRow: 3, firstColumn: 3, lastRow: 5, lastColumn: 3 },
              color: "C55A11",
            },
          ],
          dataLabels: false,
          numberFormat: "#,##0",
          anchor: { row: 24, column: 1, rows: 15, columns: 6 },
        },
      ],
      page: {
        paper: "A4",
        orientation: "portrait",
        marginsCm: { left: 3, right: 2, top: 2.5, bottom: 2 },
        fitToWidth: true,
        printArea: { firstRow: 1, firstColumn: 1, lastRow: 40, lastColumn: 6 },
      },
    }
  );
}

/** A long Thai remark, repeated into every cell of the big-sheet tests. */
export const LONG_REMARK = "ปัญหาอุปสรรค: การเบิกจ่ายล่าช้าเนื่องจากรอการอนุมัติ ".repeat(6);

/** `count` text cells four to a row, each its index and LONG_REMARK: a sheet too big for one request. */
export function bigTextCells(count: number): { row: number; column: number; value: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    row: Math.floor(i / 4) + 1,
    column: (i % 4) + 1,
    value: `${i} ${LONG_REMARK}`,
  }));
}
