// Fixtures with every rule planted (one row per finding), formula-like text, and unusable files.
"use strict";
const fs = require("fs");
const path = require("path");
const { book, save, TH, code20, FIX } = require("./make-fixtures");

/** A valid annual DOE row of FY2569 (Thai header order of TH), overridden per column index. */
function row(n, overrides = {}) {
  const r = [`RULE-${String(n).padStart(3, "0")}`, `โครงการทดสอบที่ ${n}`, "DOE", "กองทดสอบ", "โครงการประจำปีงบประมาณ", 2569, code20(100 + n), 1000000, 3, 11, "1104", null, 30, 60, 100000, 200000, null];
  for (const [k, v] of Object.entries(overrides)) r[TH.indexOf(k)] = v;
  return r;
}

/** Each planted row and the rule it must trigger (README of the fixture, also used by tests). */
const PLANTED = [
  ["(valid)", row(1)],
  ["missing-value", row(2, { "ชื่อโครงการ": null })],
  ["cell-error", row(3, { "งบประมาณ (บาท)": { error: "#N/A" } })],
  ["invalid-number", row(4, { "งบประมาณ (บาท)": "ประมาณหนึ่งล้าน" })],
  ["duplicate-project-id", row(5, { "รหัสโครงการ": "RULE-001" })],
  ["duplicate-project", row(6, { "ชื่อโครงการ": "โครงการทดสอบที่ 1" })],
  ["unknown-department", row(7, { "หน่วยงาน": "กรมที่ไม่มีอยู่จริง" })],
  ["invalid-strategy", row(8, { "ยุทธศาสตร์ชาติ": 7 })],
  ["invalid-master-plan", row(9, { "แผนแม่บทฯ": 24, "แผนย่อย": null })],
  ["linkage-mismatch", row(10, { "ยุทธศาสตร์ชาติ": 1 })],
  ["sub-plan-mismatch", row(11, { "แผนย่อย": "2001" })],
  ["invalid-reform-area", row(12, { "ประเภทโครงการ": "Big Rock", "แผนปฏิรูปประเทศ": 14 })],
  ["reform-required", row(13, { "ประเภทโครงการ": "Big Rock" })],
  ["fiscal-year-invalid", row(14, { "ปีงบประมาณ": 2400 })],
  ["fiscal-year-ce", row(15, { "ปีงบประมาณ": 2026 })],
  ["fiscal-year-other", row(16, { "ปีงบประมาณ": 2568 })],
  ["budget-invalid", row(17, { "งบประมาณ (บาท)": -5000 })],
  ["budget-code-format", row(18, { "รหัสงบประมาณ": "12345" })],
  ["budget-code-shared", row(19, { "รหัสงบประมาณ": code20(101) })],
  ["progress-out-of-range", row(20, { "ความก้าวหน้า ไตรมาส 1 (%)": 120, "ความก้าวหน้า ไตรมาส 2 (%)": 130 })],
  ["progress-decreasing", row(21, { "ความก้าวหน้า ไตรมาส 1 (%)": 60, "ความก้าวหน้า ไตรมาส 2 (%)": 40 })],
  ["progress-missing", row(22, { "ความก้าวหน้า ไตรมาส 2 (%)": null })],
  ["disbursed-invalid", row(23, { "เบิกจ่าย ไตรมาส 1 (บาท)": -100 })],
  ["overspent", row(24, { "งบประมาณ (บาท)": 100000, "เบิกจ่าย ไตรมาส 1 (บาท)": 80000, "เบิกจ่าย ไตรมาส 2 (บาท)": 50000 })],
  ["text-too-long", row(25, { "ชื่อโครงการ": "โครงการ".repeat(80) + " ยาวเกินกำหนด" })],
  ["unknown-project-type", row(26, { "ประเภทโครงการ": "โครงการพิเศษ" })],
];

async function allRules() {
  const wb = book();
  const ws = wb.addWorksheet("ตรวจกฎ");
  ws.addRow(["ไฟล์ทดสอบ: ทุกกฎมีหนึ่งแถวที่ผิด (ดูคอลัมน์สุดท้าย)"]);
  ws.addRow([...TH, "กฎที่ควรพบ (test note)"]);
  PLANTED.forEach(([rule, r]) => ws.addRow([...r, rule]));
  await save(wb, path.join(FIX, "all-rules.xlsx"));
}

async function injection() {
  const wb = book();
  const ws = wb.addWorksheet("Tracker");
  ws.addRow(TH);
  const names = ['=HYPERLINK("http://example.invalid","click")', "+SUM(1,2)", "-2+3", "@cmd", "\tTAB first", "<img src=x onerror=alert(1)>"];
  names.forEach((name, i) => ws.addRow(row(200 + i, { "ชื่อโครงการ": name, "ปัญหาอุปสรรค/หมายเหตุ": name })));
  await save(wb, path.join(FIX, "injection.xlsx"));
}

async function unusable() {
  const missing = book();
  missing.addWorksheet("Tracker").addRow(TH.filter((h) => h !== "แผนแม่บทฯ"));
  await save(missing, path.join(FIX, "bad-missing-column.xlsx"));
  const none = book();
  const s = none.addWorksheet("Budget");
  s.addRow(["Item", "Amount"]);
  s.addRow(["Paper", 100]);
  await save(none, path.join(FIX, "bad-no-tracker.xlsx"));
  fs.writeFileSync(path.join(FIX, "bad-not-xlsx.xlsx"), "รหัสโครงการ,ชื่อโครงการ\nP1,x\n");
  fs.writeFileSync(path.join(FIX, "bad-empty.xlsx"), "");
  const good = fs.readFileSync(path.join(FIX, "all-rules.xlsx"));
  fs.writeFileSync(path.join(FIX, "bad-corrupt.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  const cfb = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  fs.writeFileSync(path.join(FIX, "bad-encrypted.xlsx"), cfb);
  console.log("wrote test/fixtures/bad-*.xlsx");
}

async function writeAll() {
  await allRules();
  await injection();
  await unusable();
}

module.exports = { writeAll, PLANTED };
