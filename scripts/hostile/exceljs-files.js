// Hostile workbooks exceljs can write: merges, hidden parts, error values, long text, odd names, formulas, odd types.
"use strict";
const { HEADERS_EN, HEADERS_TH, book, validRow } = require("./common");

/** Writes rows from row `first` (1-based) on `ws`, leaving null/undefined cells empty. */
function put(ws, first, rows) {
  rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(first + r, c + 1).value = v;
    });
  });
}

async function bytes(wb) {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const FILES = [
  {
    name: "merged-cells.xlsx",
    expect: "json",
    about:
      "two-row merged header, a project name merged across rows, a department merged down three rows",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("ติดตาม");
      put(ws, 1, [["แบบติดตามโครงการ (merged title)"]]);
      ws.mergeCells("A1:M1");
      const top = [
        ...HEADERS_TH.slice(0, 10),
        "ความก้าวหน้า (%)",
        "ผลการเบิกจ่าย (บาท)",
        HEADERS_TH[12],
      ];
      put(ws, 2, [
        top,
        [null, null, null, null, null, null, null, null, null, null, "ไตรมาส ๑", "ไตรมาส ๑", null],
      ]);
      "ABCDEFGHIJM".split("").forEach((c) => ws.mergeCells(`${c}2:${c}3`));
      put(ws, 4, [validRow(1), validRow(2), validRow(3), validRow(4), validRow(5)]);
      ws.mergeCells("B4:B5");
      ws.mergeCells("C6:C8");
      ws.mergeCells("K7:L8");
      return bytes(wb);
    },
  },
  {
    name: "hidden-rows-columns.xlsx",
    expect: "json",
    about: "hidden data rows and columns, a hidden and a very hidden tracker-like sheet",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Tracker");
      put(ws, 1, [HEADERS_TH, validRow(1), validRow(2), validRow(3, { 6: -5 }), validRow(4)]);
      ws.getRow(3).hidden = true;
      ws.getRow(4).hidden = true;
      ws.getColumn(7).hidden = true;
      ws.getColumn(13).hidden = true;
      const hidden = wb.addWorksheet("Hidden");
      hidden.state = "hidden";
      put(hidden, 1, [HEADERS_EN, validRow(9)]);
      const veryHidden = wb.addWorksheet("VeryHidden");
      veryHidden.state = "veryHidden";
      put(veryHidden, 1, [HEADERS_TH]);
      return bytes(wb);
    },
  },
  {
    name: "error-values.xlsx",
    expect: "json",
    about: "every data cell an Excel error value, some as formula results",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Errors");
      const codes = [
        "#N/A",
        "#REF!",
        "#VALUE!",
        "#DIV/0!",
        "#NAME?",
        "#NULL!",
        "#NUM!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#BOGUS!",
      ];
      put(ws, 1, [HEADERS_TH]);
      for (let r = 0; r < codes.length; r++) {
        for (let c = 0; c < HEADERS_TH.length; c++) {
          const error = codes[(r + c) % codes.length];
          ws.getCell(r + 2, c + 1).value =
            c % 3 === 0 ? { formula: "1/0", result: { error } } : { error };
        }
      }
      return bytes(wb);
    },
  },
  {
    name: "long-text.xlsx",
    expect: "json",
    about:
      "32,767-character text (Excel's cell limit) in the project name, remarks and an unknown column",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Long");
      const long = "ก".repeat(16000) + "x".repeat(16767);
      put(ws, 1, [
        [...HEADERS_TH, "x".repeat(32767)],
        validRow(1, { 1: long, 12: long }),
        validRow(2, { 0: "P".repeat(32767) }),
      ]);
      return bytes(wb);
    },
  },
  {
    name: "odd-sheet-names.xlsx",
    expect: "json",
    about:
      "sheet names with quotes, Thai, emoji, a formula, 31 characters; the tracker on the oddest",
    async build() {
      const wb = book();
      for (const name of ["it's", "ชื่อ 'แผ่นงาน' ยาว มาก ๑๒๓๔๕๖๗๘", "📊 สรุป", "Sheet1 (2)"])
        put(wb.addWorksheet(name), 1, [["x"]]);
      const ws = wb.addWorksheet('=HYPERLINK("x") ติดตาม');
      put(ws, 1, [HEADERS_TH, validRow(1), validRow(2)]);
      return bytes(wb);
    },
  },
  {
    name: "duplicated-headers.xlsx",
    expect: "json",
    about: "the same header twice (Thai and English), different values under each",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Dup");
      const headers = [
        ...HEADERS_TH,
        "รหัสโครงการ",
        "Project name",
        "หน่วยงาน",
        "ความก้าวหน้า ไตรมาส 1 (%)",
      ];
      put(ws, 1, [
        headers,
        [...validRow(1), "OTHER-1", "Other name", "SSO", 999],
        [...validRow(2), "", null, "#N/A", "abc"],
      ]);
      return bytes(wb);
    },
  },
  {
    name: "two-trackers.xlsx",
    expect: "json",
    about: "two tracker-like sheets, Thai and English, with different rows",
    async build() {
      const wb = book();
      put(wb.addWorksheet("Thai"), 1, [HEADERS_TH, validRow(1), validRow(2)]);
      put(wb.addWorksheet("English"), 1, [HEADERS_EN, validRow(3), validRow(4), validRow(5)]);
      return bytes(wb);
    },
  },
  {
    name: "formulas-cached.xlsx",
    expect: "json",
    about:
      "formulas with cached results (numbers, text, errors), a formula with no result, shared formulas",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Formulas");
      put(ws, 1, [HEADERS_TH]);
      for (let i = 0; i < 6; i++) put(ws, i + 2, [validRow(i + 1)]);
      ws.getCell("G2").value = { formula: "500000*2", result: 1000000 };
      ws.getCell("C3").value = { formula: 'LEFT("DOE-X",3)', result: "DOE" };
      ws.getCell("K4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("L5").value = { formula: "SUM(L2:L4)" };
      ws.getCell("B6").value = {
        formula: 'HYPERLINK("http://evil.example","x")',
        result: "=cached text that looks like a formula",
      };
      ws.getCell("K2").value = {
        formula: "A1*0+40",
        result: 40,
        shareType: "shared",
        ref: "K2:K3",
      };
      ws.getCell("K3").value = { sharedFormula: "K2", result: 40 };
      return bytes(wb);
    },
  },
  {
    name: "dates-booleans.xlsx",
    expect: "json",
    about: "dates and booleans in numeric, year and code columns",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Types");
      const date = new Date(Date.UTC(2026, 0, 15));
      put(ws, 1, [
        HEADERS_TH,
        validRow(1, { 6: date, 10: date, 11: true }),
        validRow(2, { 4: date, 7: true, 8: false }),
        validRow(3, { 5: date, 9: true, 2: false }),
        validRow(4, { 0: true, 1: date }),
      ]);
      return bytes(wb);
    },
  },
  {
    name: "huge-tiny-numbers.xlsx",
    expect: "json",
    about: "1e308, the smallest subnormal, -0, 2^53+1, 1e21 in amounts, progress and codes",
    async build() {
      const wb = book();
      const ws = wb.addWorksheet("Numbers");
      put(ws, 1, [
        HEADERS_TH,
        validRow(1, { 6: 1e308, 11: 1e307 }),
        validRow(2, { 6: 5e-324, 10: 5e-324, 11: 5e-324 }),
        validRow(3, { 6: -0, 10: -0 }),
        validRow(4, { 5: 2 ** 53 + 1, 6: 2 ** 53 + 1, 7: 1e21, 8: 1e300 }),
        validRow(5, { 4: 1e21, 10: 1e-300, 11: -1e308 }),
        validRow(6, { 6: 1.7976931348623157e308 }),
      ]);
      return bytes(wb);
    },
  },
  {
    name: "empty-workbook.xlsx",
    expect: "line",
    about: "one empty sheet",
    async build() {
      const wb = book();
      wb.addWorksheet("Sheet1");
      return bytes(wb);
    },
  },
  {
    name: "headers-only.xlsx",
    expect: "json",
    about: "a tracker header and no rows",
    async build() {
      const wb = book();
      put(wb.addWorksheet("Tracker"), 1, [HEADERS_TH]);
      return bytes(wb);
    },
  },
  {
    name: "many-sheets.xlsx",
    expect: "json",
    about: "120 sheets, the tracker the last one",
    async build() {
      const wb = book();
      for (let i = 0; i < 119; i++) put(wb.addWorksheet(`S${i}`), 1, [["note", i]]);
      put(wb.addWorksheet("Tracker"), 1, [HEADERS_TH, validRow(1)]);
      return bytes(wb);
    },
  },
];

module.exports = { FILES };
