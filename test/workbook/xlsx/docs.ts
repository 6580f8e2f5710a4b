// SheetDocs the writer tests render: a Thai chart sheet and a sheet using every other SheetDoc feature.
import { DocCell, RangeRef, SheetDoc } from "../../../src/core/outputs/sheet-doc";

export const CHART_SHEET = "สรุปความก้าวหน้า ไตรมาส 1";
export const FEATURE_SHEET = "ตรวจสอบ 'ข้อมูล' 2569";
export const LIST_SHEET = "อ้างอิง";

export const DEPARTMENTS = [
  "สำนักงานปลัดกระทรวงแรงงาน",
  "กรมการจัดหางาน",
  "กรมพัฒนาฝีมือแรงงาน",
  "กรมสวัสดิการและคุ้มครองแรงงาน",
  "สำนักงานประกันสังคม",
];
export const PROGRESS = [82.5, 64.25, 91, 47.75, 70];
export const DISBURSED = [55.1, 40, 77.3, 30.25, 61];

/** Text a spreadsheet would run as a formula or command if it were not written as text. */
export const INJECTION_TEXTS = [
  '=HYPERLINK("http://x","y")',
  "+SUM(1,2)",
  "-1+2",
  "@cmd",
  "\tx",
  "\rx",
  "=1+1",
  "_x0041_ stays",
];

const range = (
  firstRow: number,
  firstColumn: number,
  lastRow: number,
  lastColumn: number
): RangeRef => ({ firstRow, firstColumn, lastRow, lastColumn });

/**
 * Departments in A5:A9 with progress and disbursement % (an Excel table), a bar chart beside the
 * table and a two-series column chart below it.
 */
export function chartDoc(): SheetDoc {
  const cells: DocCell[] = [
    {
      row: 1,
      column: 1,
      value: "ความก้าวหน้าการดำเนินงาน ปีงบประมาณ 2569 ไตรมาส 1",
      style: { bold: true, size: 18 },
    },
    { row: 4, column: 1, value: "หน่วยงาน", style: { bold: true, fill: "header", border: "thin" } },
    {
      row: 4,
      column: 2,
      value: "ความก้าวหน้า (%)",
      style: { bold: true, fill: "header", border: "thin" },
    },
    {
      row: 4,
      column: 3,
      value: "การเบิกจ่าย (%)",
      style: { bold: true, fill: "header", border: "thin" },
    },
  ];
  DEPARTMENTS.forEach((name, i) => {
    cells.push({ row: 5 + i, column: 1, value: name, style: { border: "thin" } });
    cells.push({
      row: 5 + i,
      column: 2,
      value: PROGRESS[i],
      style: { border: "thin", numberFormat: "0.00" },
    });
    cells.push({
      row: 5 + i,
      column: 3,
      value: DISBURSED[i],
      style: { border: "thin", numberFormat: "0.00" },
    });
  });
  return {
    key: "chart-progress",
    name: CHART_SHEET,
    font: { name: "TH Sarabun New", size: 16 },
    columnWidths: [34, 20, 18],
    cells,
    merges: [range(1, 1, 1, 6)],
    tables: [{ name: "Progress", range: range(4, 1, 9, 3) }],
    showGridlines: false,
    page: {
      paper: "A4",
      orientation: "landscape",
      marginsCm: { left: 2, right: 2, top: 2, bottom: 2 },
      fitToWidth: true,
    },
    charts: [
      {
        id: "progress-by-department",
        type: "bar",
        title: "ความก้าวหน้ารายหน่วยงาน (%)",
        categoryAxisTitle: "หน่วยงาน",
        valueAxisTitle: "ร้อยละ",
        categories: range(5, 1, 9, 1),
        series: [{ name: "ความก้าวหน้า", values: range(5, 2, 9, 2), color: "1F4E79" }],
        valueMax: 100,
        dataLabels: true,
        numberFormat: "0.00",
        anchor: { row: 3, column: 5, rows: 14, columns: 9 },
      },
      {
        id: "progress-and-disbursement",
        type: "column",
        title: "ความก้าวหน้าและการเบิกจ่าย",
        categoryAxisTitle: "หน่วยงาน",
        valueAxisTitle: "ร้อยละ",
        categories: range(5, 1, 9, 1),
        series: [
          { name: "ความก้าวหน้า", values: range(5, 2, 9, 2), color: "1F4E79" },
          { name: "เบิกจ่าย", values: range(5, 3, 9, 3), color: "C55A11" },
        ],
        dataLabels: false,
        numberFormat: "0",
        anchor: { row: 18, column: 1, rows: 14, columns: 9 },
      },
    ],
  };
}

/** The list a drop-down on the feature sheet takes its values from. */
export function listDoc(): SheetDoc {
  return {
    key: "reference",
    name: LIST_SHEET,
    font: { name: "TH Sarabun New", size: 16 },
    columnWidths: [20],
    cells: ["DOE", "DSD", "DOL", "SSO"].map((code, i) => ({ row: 2 + i, column: 1, value: code })),
    merges: [],
    charts: [],
    showGridlines: true,
  };
}

/** Every other feature: styles, merges, links, freeze, page setup, lists, a table, formula-like text. */
export function featureDoc(): SheetDoc {
  const cells: DocCell[] = [
    {
      row: 1,
      column: 1,
      value: "รายการตรวจสอบ",
      style: { bold: true, size: 20, color: "accent", align: "center", valign: "middle" },
    },
    { row: 2, column: 1, value: "ไปที่แผนภูมิ", link: { sheet: CHART_SHEET, cell: "A1" } },
    { row: 3, column: 1, value: "รหัส", style: { bold: true, fill: "header" } },
    { row: 3, column: 2, value: "ข้อความ", style: { bold: true, fill: "header" } },
    { row: 3, column: 3, value: "จำนวน", style: { bold: true, fill: "header" } },
  ];
  INJECTION_TEXTS.forEach((text, i) => {
    cells.push({ row: 4 + i, column: 1, value: `R${i + 1}` });
    cells.push({
      row: 4 + i,
      column: 2,
      value: text,
      style: { wrap: true, indent: 1, italic: true, underline: true },
    });
    cells.push({
      row: 4 + i,
      column: 3,
      value: 1000.5 * (i + 1),
      style: { numberFormat: "#,##0.00", align: "right", color: "error", fill: "warning" },
    });
  });
  return {
    key: "validation",
    name: FEATURE_SHEET,
    font: { name: "TH Sarabun New", size: 16 },
    columnWidths: [10, 40, 14, 12],
    rowHeights: [{ row: 1, height: 36 }],
    cells,
    merges: [range(1, 1, 1, 3)],
    charts: [],
    freeze: { rows: 3, columns: 1 },
    page: {
      paper: "A4",
      orientation: "portrait",
      marginsCm: { left: 3, right: 2, top: 2.5, bottom: 2 },
      fitToWidth: true,
      printArea: range(1, 1, 11, 3),
    },
    showGridlines: false,
    validations: [
      { range: range(4, 4, 11, 4), list: ["ใช่", "ไม่ใช่"], prompt: "เลือก" },
      { range: range(4, 5, 11, 5), source: { sheet: LIST_SHEET, range: range(2, 1, 5, 1) } },
    ],
    tables: [{ name: "Checks", range: range(3, 1, 3 + INJECTION_TEXTS.length, 3) }],
    tabColor: "C00000",
  };
}
