// Import-round memo: one memo to the permanent secretary, counts by department and linkage, no progress.
import { loadDefaultReference } from "../../../src/core/reference";
import { buildMemoDocs } from "../../../src/core/outputs/memos";
import { TODAY, cellAt, findCell, fixtureAnalysis, labelValue, rowValues } from "./memo-fixture";

const reference = loadDefaultReference();
const analysis = fixtureAnalysis();
const docs = buildMemoDocs({ analysis, reference, lang: "th", round: "import", today: TODAY });
const doc = docs[0];
const strings = doc.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("import memo", () => {
  it("is a single memo to the permanent secretary", () => {
    expect(docs.map((d) => [d.key, d.name])).toEqual([["memo-import", "บันทึก-นำเข้า"]]);
    expect(labelValue(doc, "เรียน")).toBe(reference.data.final_approver_title_th);
    expect(labelValue(doc, "เรื่อง")).toBe(
      "ขอความเห็นชอบการนำเข้าโครงการตามยุทธศาสตร์ชาติในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
    );
    expect(() => findCell(doc, "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ")).not.toThrow();
  });

  it("counts projects and budget per department", () => {
    const header = findCell(doc, "หน่วยงาน");
    expect(rowValues(doc, header.row)).toEqual(["หน่วยงาน", "จำนวนโครงการ", "งบประมาณ (บาท)"]);
    expect([1, 2, 3, 4].map((i) => rowValues(doc, header.row + i))).toEqual([
      ["กรมการจัดหางาน", "๒", "๒,๐๐๐,๐๐๐.๐๐"],
      ["กรมพัฒนาฝีมือแรงงาน", "๑", "๕๐๐,๐๐๐.๐๐"],
      ["กรมสวัสดิการและคุ้มครองแรงงาน", "๑", "๐.๐๐"],
      ["รวมทั้งกระทรวง", "๔", "๒,๕๐๐,๐๐๐.๐๐"],
    ]);
  });

  it("counts projects per strategy with its master plans indented below", () => {
    const header = findCell(doc, "ยุทธศาสตร์ชาติ/แผนแม่บทฯ");
    expect(rowValues(doc, header.row + 1)).toEqual([
      "ยุทธศาสตร์ที่ ๓ ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์",
      "๔",
      "๒,๕๐๐,๐๐๐.๐๐",
    ]);
    expect(rowValues(doc, header.row + 2)).toEqual([
      "แผนแม่บทฯ (๑๑) การพัฒนาศักยภาพคนตลอดช่วงชีวิต",
      "๔",
      "๒,๕๐๐,๐๐๐.๐๐",
    ]);
    expect(cellAt(doc, header.row + 2, 1)?.style?.indent).toBe(1);
  });

  it("shows no progress figures", () => {
    expect(strings.some((s) => s.includes("ความก้าวหน้า"))).toBe(false);
    expect(strings.some((s) => s.includes("ไตรมาส"))).toBe(false);
  });

  it("names the project types present and the checks that failed", () => {
    expect(strings.some((s) => s.includes("(โครงการประจำปีงบประมาณ ๔ โครงการ)"))).toBe(true);
    expect(strings).toContain("• ไม่ได้กรอกข้อมูลที่จำเป็น: ๑ รายการ");
    expect(strings.some((s) => s.startsWith("จากการตรวจสอบพบข้อผิดพลาด ๑ รายการ ใน ๑ โครงการ"))).toBe(
      true
    );
  });

  it("says so when the checks found nothing", () => {
    const clean = { ...analysis, findings: [] };
    const [memo] = buildMemoDocs({
      analysis: clean,
      reference,
      lang: "th",
      round: "import",
      today: TODAY,
    });
    expect(memo.cells.some((c) => c.value === "จากการตรวจสอบไม่พบข้อผิดพลาดหรือข้อควรตรวจสอบ")).toBe(
      true
    );
  });

  it("has an English version", () => {
    const [en] = buildMemoDocs({ analysis, reference, lang: "en", round: "import", today: TODAY });
    expect(en.name).toBe("Memo-Import");
    expect(labelValue(en, "To")).toBe("Permanent Secretary, Ministry of Labour");
    const header = findCell(en, "Department");
    expect(rowValues(en, header.row + 1)).toEqual([
      "Department of Employment",
      "2",
      "2,000,000.00",
    ]);
  });

  it("falls back to the fiscal year of today when no row has a valid one", () => {
    const none = {
      ...analysis,
      figures: { ...analysis.figures, fiscalYear: null, deadline: null },
    };
    const [memo] = buildMemoDocs({
      analysis: none,
      reference,
      lang: "th",
      round: "import",
      today: TODAY,
    });
    expect(String(labelValue(memo, "เรื่อง"))).toMatch(/พ\.ศ\. ๒๕๗๐$/);
  });
});
