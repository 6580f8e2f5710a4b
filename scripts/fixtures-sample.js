// The built-in sample tracker (assets/sample-tracker.xlsx): a ministry-wide FY2569 tracker at Q2.
"use strict";
const path = require("path");
const { book, save, TH, code20, ROOT } = require("./make-fixtures");

const DEPARTMENTS = [
  ["DOE", "กรมการจัดหางาน", ["การส่งเสริมการมีงานทำ", "การจัดหางานในประเทศ", "การคุ้มครองคนหางาน", "ศูนย์บริการจัดหางานเพื่อคนไทย", "ระบบข้อมูลตลาดแรงงาน", "การบริหารแรงงานต่างด้าว"]],
  ["DSD", "กพร.", ["การยกระดับทักษะแรงงาน", "มาตรฐานฝีมือแรงงาน", "การพัฒนาทักษะดิจิทัล", "การฝึกอาชีพผู้สูงอายุ", "การพัฒนาครูฝึก", "ศูนย์พัฒนาฝีมือแรงงานจังหวัด"]],
  ["DLPW", "กรมสวัสดิการและคุ้มครองแรงงาน", ["การตรวจแรงงาน", "ความปลอดภัยในการทำงาน", "แรงงานสัมพันธ์", "การคุ้มครองแรงงานหญิงและเด็ก", "สวัสดิการแรงงาน"]],
  ["SSO", "สปส.", ["การขยายความคุ้มครอง", "บริการอิเล็กทรอนิกส์", "การลงทุนกองทุน", "การฟื้นฟูสมรรถภาพ", "โรงพยาบาลคู่สัญญา"]],
  ["OPS", "สำนักงานปลัดกระทรวงแรงงาน", ["การขับเคลื่อนยุทธศาสตร์", "แรงงานจังหวัด", "ระบบสารสนเทศแรงงาน", "ความร่วมมือระหว่างประเทศ"]],
  ["TOSH", "สสปท.", ["วิจัยอาชีวอนามัย", "การรับรองมาตรฐานความปลอดภัย"]],
];
const LINKS = [[3, 11, "1104"], [4, 17, "1701"], [6, 20, "2001"], [2, 4, null], [4, 16, "1602"], [3, 12, null]];

/** Deterministic pseudo-random numbers (LCG), so the sample is the same on every run. */
function rng(seed) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

async function writeSample() {
  const rand = rng(2569);
  const wb = book();
  const ws = wb.addWorksheet("ติดตามโครงการ");
  ws.addRow(["แบบติดตามผลการดำเนินงานโครงการตามยุทธศาสตร์ชาติ กระทรวงแรงงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"]);
  ws.addRow(["ข้อมูล ณ สิ้นไตรมาสที่ ๒ (ตัวอย่างสำหรับทดลองใช้งาน)"]);
  const rows = [];
  let n = 0;
  for (const [code, spelled, topics] of DEPARTMENTS) {
    topics.forEach((topic, i) => {
      n++;
      const [strategy, plan, sub] = LINKS[(n + i) % LINKS.length];
      const budget = Math.round(200 + rand() * 4800) * 1000;
      const q1 = Math.round(10 + rand() * 40);
      const q2 = Math.min(100, q1 + Math.round(rand() * 50));
      const d1 = Math.round(budget * (q1 / 100) * (0.5 + rand() * 0.4));
      const d2 = Math.round(budget * ((q2 - q1) / 100) * (0.5 + rand() * 0.4));
      const type = n % 9 === 0 ? "Big Rock" : n % 7 === 0 ? "Quick Win" : "โครงการประจำปีงบประมาณ";
      const reform = type === "Big Rock" ? 13 : type === "Quick Win" && n % 2 ? 9 : null;
      rows.push([`${code}-69-${String(i + 1).padStart(3, "0")}`, `โครงการ${topic}`, spelled, null, type, 2569, code20(1000 + n), budget, strategy, plan, sub, reform, q1, q2, d1, d2, q2 < 30 ? "ล่าช้าจากขั้นตอนจัดซื้อจัดจ้าง" : null]);
    });
  }
  // Problems a planner would meet: a late report, a wrong linkage, a duplicate, a CE year.
  rows[3][13] = null;
  rows[8][9] = 1;
  rows.push([...rows[12]]);
  rows[rows.length - 1][1] = "โครงการมาตรฐานฝีมือแรงงาน (รายการซ้ำ)";
  rows[20][5] = 2026;
  ws.addTable({ name: "SampleTracker", ref: "A3", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: TH.map((name) => ({ name })), rows });
  ws.getColumn(2).width = 42;
  ws.getColumn(3).width = 26;
  [8, 15, 16].forEach((c) => (ws.getColumn(c).numFmt = "#,##0"));
  ws.views = [{ state: "frozen", ySplit: 3 }];
  await save(wb, path.join(ROOT, "assets", "sample-tracker.xlsx"));
}

module.exports = { writeSample };
