// buildValidationDoc: one row per finding in the chosen language, links to tracker cells when local.
import { buildValidationDoc, VALIDATION_HEADER_ROW } from "../../../src/core/outputs/validation";
import { cellAt, finding, rowValues } from "./sample";

const findings = [
  finding(),
  finding({
    rule: "duplicate-project",
    severity: "warning",
    row: 12,
    column: "project_name",
    cell: "B12",
    value: '=HYPERLINK("x")',
    message: { th: "ชื่อโครงการซ้ำ", en: "Duplicate project name" },
  }),
  finding({ rule: "overspent", row: 14, column: null, cell: null, value: "", message: { th: "เบิกจ่ายเกินงบประมาณ", en: "Overspent" } }),
];
const h = VALIDATION_HEADER_ROW;

describe("validation sheet", () => {
  it("lists every finding with rule, severity, message, file, sheet, cell and value", () => {
    const doc = buildValidationDoc(findings, { lang: "th", trackerInSameWorkbook: false });
    expect(doc.key).toBe("validation");
    expect(doc.name).toBe("ผลการตรวจสอบ");
    expect(cellAt(doc, 2, 1)?.value).toBe("ข้อผิดพลาด 2 รายการ · คำเตือน 1 รายการ");
    expect(rowValues(doc, h, 8)).toEqual(["ลำดับ", "รหัสกฎ", "ระดับ", "รายละเอียด", "ไฟล์", "แผ่นงาน", "เซลล์", "ค่าในเซลล์"]);
    expect(rowValues(doc, h + 1, 8)).toEqual([1, "invalid-strategy", "ข้อผิดพลาด", "ยุทธศาสตร์ชาติต้องเป็น 1–6", "test.xlsx", "Tracker", "I10", "9"]);
    expect(rowValues(doc, h + 2, 8)).toEqual([2, "duplicate-project", "คำเตือน", "ชื่อโครงการซ้ำ", "test.xlsx", "Tracker", "B12", '=HYPERLINK("x")']);
    expect(cellAt(doc, h + 3, 7)?.value).toBe("แถว 14");
    expect(cellAt(doc, h + 1, 3)?.style?.fill).toBe("error");
    expect(cellAt(doc, h + 2, 3)?.style?.fill).toBe("warning");
    expect(doc.cells.some((c) => c.link)).toBe(false);
    expect(doc.freeze).toEqual({ rows: h, columns: 0 });
    expect(doc.page?.printArea?.lastRow).toBe(h + 3);
  });

  it("links each finding to its cell when the tracker is in the same workbook", () => {
    const doc = buildValidationDoc(findings, { lang: "th", trackerInSameWorkbook: true });
    expect(cellAt(doc, h + 1, 7)?.link).toEqual({ sheet: "Tracker", cell: "I10" });
    expect(cellAt(doc, h + 2, 7)?.link).toEqual({ sheet: "Tracker", cell: "B12" });
    // A whole-row finding links to the row's first cell.
    expect(cellAt(doc, h + 3, 7)?.link).toEqual({ sheet: "Tracker", cell: "A14" });
  });

  it("speaks English with lang en", () => {
    const doc = buildValidationDoc(findings, { lang: "en", trackerInSameWorkbook: false });
    expect(doc.name).toBe("Validation");
    expect(rowValues(doc, h + 1, 4)).toEqual([1, "invalid-strategy", "Error", "National strategy must be 1–6"]);
    expect(cellAt(doc, h + 3, 7)?.value).toBe("row 14");
    expect(cellAt(doc, 2, 1)?.value).toBe("Errors: 2 · Warnings: 1");
  });

  it("says so when there is nothing to report", () => {
    const doc = buildValidationDoc([], { lang: "th", trackerInSameWorkbook: true });
    expect(cellAt(doc, h + 1, 1)?.value).toBe("ไม่พบปัญหา");
    expect(cellAt(doc, 2, 1)?.value).toBe("ข้อผิดพลาด 0 รายการ · คำเตือน 0 รายการ");
  });
});
