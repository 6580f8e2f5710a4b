#!/usr/bin/env node
// Writes the test fixtures (test/fixtures/*.xlsx) and the sample tracker (assets/sample-tracker.xlsx)
// with exceljs alone — an independent writer, so tests read files made by another program than ours.
// Deterministic: same bytes of content on every run (fixed dates, no randomness).
"use strict";
const ExcelJS = require("exceljs");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const FIX = path.join(ROOT, "test", "fixtures");
const FIXED_DATE = new Date(Date.UTC(2026, 10, 1));

function book() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "make-fixtures";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

async function save(wb, file) {
  await wb.xlsx.writeFile(file);
  console.log(`wrote ${path.relative(ROOT, file)}`);
}

const TH = ["รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "กอง/สำนัก/ศูนย์", "ประเภทโครงการ", "ปีงบประมาณ", "รหัสงบประมาณ", "งบประมาณ (บาท)", "ยุทธศาสตร์ชาติ", "แผนแม่บทฯ", "แผนย่อย", "แผนปฏิรูปประเทศ", "ความก้าวหน้า ไตรมาส 1 (%)", "ความก้าวหน้า ไตรมาส 2 (%)", "เบิกจ่าย ไตรมาส 1 (บาท)", "เบิกจ่าย ไตรมาส 2 (บาท)", "ปัญหาอุปสรรค/หมายเหตุ"];

/** A budget code of 20 digits derived from a number (deterministic). */
function code20(n) {
  return String(20250000000000000000n + BigInt(n) * 7919n).slice(0, 20);
}

/** Thai headers under title rows, DOE projects, Thai digits, text amounts and a percent format. */
async function deptDoeThai() {
  const wb = book();
  const ws = wb.addWorksheet("ติดตามโครงการ");
  ws.addRow(["แบบติดตามผลการดำเนินงานโครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"]);
  ws.addRow(["หน่วยงาน: กรมการจัดหางาน"]);
  ws.addRow([]);
  ws.addRow([...TH, "ผู้ประสานงาน"]);
  const rows = [
    ["DOE-69-001", "โครงการส่งเสริมการมีงานทำสำหรับผู้สูงอายุ", "กรมการจัดหางาน", "กองส่งเสริมการมีงานทำ", "โครงการประจำปีงบประมาณ", 2569, code20(1), 2500000, "ยุทธศาสตร์ที่ ๔", "(17)", "1702", null, 30, 55, 400000, 600000, null, "คุณสมชาย"],
    ["DOE-69-002", "โครงการพัฒนาระบบบริการจัดหางานดิจิทัล", "กกจ.", "ศูนย์เทคโนโลยีสารสนเทศ", "Big Rock", "๒๕๖๙", code20(2), "1,250,000.50 บาท", 6, 20, "2001", 2, 20, 45, 100000, "250,000", "รอผลการจัดซื้อจัดจ้าง", "คุณสมหญิง"],
    ["DOE-69-003", "โครงการแนะแนวอาชีพนักเรียนนักศึกษา", "DOE", "กองส่งเสริมการมีงานทำ", "โครงการประจำปีงบประมาณ", 2569, code20(3), 800000, 3, 11, "1103", null, 50, 100, 300000, 480000, null, null],
    ["DOE-69-004", "โครงการคุ้มครองคนหางานไปทำงานต่างประเทศ", "Department of Employment", "กองบริหารแรงงานไทยไปต่างประเทศ", "Quick Win", 2569, code20(4), 1500000, 4, 17, "1701", 13, 25, 40, 200000, 300000, null, null],
  ];
  rows.forEach((r) => ws.addRow(r));
  // Q2 progress of the last row as a percent-formatted fraction (0.40 shown as 40%).
  ws.getCell("N8").value = 0.4;
  ws.getCell("N8").numFmt = "0%";
  ws.getColumn(2).width = 40;
  const notes = wb.addWorksheet("หมายเหตุ");
  notes.addRow(["ชื่อโครงการ", "หมายเหตุ"]);
  notes.addRow(["(ตัวอย่าง)", "แผ่นงานนี้ไม่ใช่ตารางติดตาม"]);
  await save(wb, path.join(FIX, "dept-doe-th.xlsx"));
}

/** English headers in another order, in an Excel table with a totals row. */
async function deptDsdEnglish() {
  const wb = book();
  const ws = wb.addWorksheet("Projects");
  const headers = ["Department", "Project ID", "Project name", "Fiscal year", "National strategy", "Master plan", "Sub-plan", "Project type", "Budget (THB)", "Budget code", "Q1 progress (%)", "Q2 progress (%)", "Q1 disbursed (THB)", "Q2 disbursed (THB)", "Issues / remarks"];
  const rows = [
    ["DSD", "DSD-69-001", "Upskilling workers for the digital economy", 2569, 3, 11, "1104", "annual", 3200000, code20(11), 40, 60, 900000, 700000, null],
    ["กพร.", "DSD-69-002", "Skill standards testing", 2569, 2, 4, null, "annual", 1800000, code20(12), 35, 70, 300000, 500000, null],
    ["DLPW", "DLPW-69-001", "Labour inspection in SMEs", 2026, 4, 17, "1701", "annual", 950000, code20(21), 50, 80, 200000, 300000, "fiscal year entered in CE"],
    ["กรมสวัสดิการและคุ้มครองแรงงาน", "DLPW-69-002", "Safe workplaces campaign", 2569, 4, 17, "1702", "Quick Win", 600000, code20(22), 60, 90, 150000, 250000, null],
  ];
  ws.addTable({
    name: "DsdTracker",
    ref: "A1",
    headerRow: true,
    totalsRow: true,
    columns: headers.map((name, i) => ({ name, totalsRowFunction: i === 8 ? "sum" : "none", totalsRowLabel: i === 0 ? "Total" : undefined })),
    rows,
  });
  await save(wb, path.join(FIX, "dept-dsd-en.xlsx"));
}

/** A two-row header: merged group titles above quarter sub-headers. */
async function deptSsoTwoRow() {
  const wb = book();
  const ws = wb.addWorksheet("รายงานรายไตรมาส");
  ws.addRow(["รายงานความก้าวหน้า สำนักงานประกันสังคม"]);
  const top = ["รหัสโครงการ", "ชื่อโครงการ", "หน่วยงาน", "ปีงบประมาณ", "ยุทธศาสตร์ชาติ", "แผนแม่บทฯ", "งบประมาณ (บาท)", "รหัสงบประมาณ", "ความก้าวหน้า (%)", null, "ผลการเบิกจ่าย (บาท)", null];
  const sub = [null, null, null, null, null, null, null, null, "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๑", "ไตรมาส ๒"];
  ws.addRow(top);
  ws.addRow(sub);
  ["A", "B", "C", "D", "E", "F", "G", "H"].forEach((c) => ws.mergeCells(`${c}2:${c}3`));
  ws.mergeCells("I2:J2");
  ws.mergeCells("K2:L2");
  const rows = [
    ["SSO-69-001", "โครงการขยายความคุ้มครองแรงงานนอกระบบ", "สปส.", 2569, 4, 17, 5000000, code20(31), 45, 70, 1000000, 1500000],
    ["SSO-69-002", "โครงการพัฒนาระบบบริการอิเล็กทรอนิกส์", "SSO", 2569, 6, 20, 4200000, code20(32), 30, 50, 800000, 900000],
    ["OPS-69-001", "โครงการขับเคลื่อนยุทธศาสตร์กระทรวงแรงงาน", "สป.รง.", 2569, 6, 20, 700000, code20(41), 50, 75, 200000, 200000],
    ["TOSH-69-001", "โครงการส่งเสริมความปลอดภัยในการทำงาน", "สสปท.", 2569, 4, 17, 900000, code20(51), 40, 65, 250000, 300000],
  ];
  rows.forEach((r) => ws.addRow(r));
  await save(wb, path.join(FIX, "dept-sso-tworow.xlsx"));
}

module.exports = { book, save, TH, code20, FIX, ROOT };

if (require.main === module) {
  fs.mkdirSync(FIX, { recursive: true });
  (async () => {
    await deptDoeThai();
    await deptDsdEnglish();
    await deptSsoTwoRow();
    await require("./fixtures-rules").writeAll();
    await require("./fixtures-sample").writeSample();
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
