// The built-in reference: the project's copy validates, look-ups accept every spelling, bad data is refused.
import { Reference, ReferenceError, loadDefaultReference } from "../../../src/core/reference";
import data from "../../../src/core/reference/mol-default.json";

describe("default reference", () => {
  const ref = loadDefaultReference();
  it("loads the Ministry of Labour tables", () => {
    expect(ref.data.strategies).toHaveLength(6);
    expect(ref.data.master_plans).toHaveLength(23);
    expect(ref.data.reform_areas).toHaveLength(13);
    expect(ref.data.departments.map((d) => d.code)).toEqual(["DOE", "DSD", "DLPW", "SSO", "OPS", "TOSH"]);
  });
  it.each(["DOE", "doe", "กรมการจัดหางาน", "กกจ.", "กกจ", " กก จ. ", "Department of Employment", "department  of employment"])(
    "finds DOE by %j",
    (spelling) => {
      expect(ref.department(spelling)?.code).toBe("DOE");
    },
  );
  it("finds strategies, master plans and reform areas by name", () => {
    expect(ref.strategyCodeByName("ด้านความมั่นคง")).toBe(1);
    expect(ref.strategyCodeByName("ความมั่นคง")).toBe(1);
    expect(ref.strategyCodeByName("competitiveness enhancement")).toBe(2);
    expect(ref.masterPlanCodeByName("การพัฒนาศักยภาพคนตลอดช่วงชีวิต")).toBe(11);
    expect(ref.reformCodeByName("ด้านการศึกษา")).toBe(12);
    expect(ref.department("กรมที่ไม่มี")).toBeUndefined();
  });
  it("lists sub-plans of master plans that have them", () => {
    expect(ref.subPlansOf(11)).toEqual(["1101", "1102", "1103", "1104", "1105"]);
    expect(ref.subPlansOf(4)).toEqual([]);
  });
  it("refuses reference data that breaks the schema, naming the place", () => {
    const bad = { ...data, departments: [{ ...data.departments[0], cluster: "C9" }] };
    expect(() => Reference.parse(bad)).toThrow(ReferenceError);
    expect(() => Reference.parse(bad)).toThrow(/departments\.0\.cluster/);
    expect(() => Reference.parse({ ...data, budget_code_pattern: "([" })).toThrow(/budget_code_pattern/);
    expect(() => Reference.parse({})).toThrow(ReferenceError);
  });
});
