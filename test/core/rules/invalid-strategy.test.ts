// invalid-strategy: numbers, `ยุทธศาสตร์ที่ ๒`, names; codes from the reference so overrides work.
import { excelError } from "../../../src/core/cell";
import { Reference, loadDefaultReference } from "../../../src/core/reference";
import { invalidStrategy } from "../../../src/core/rules/invalid-strategy";
import { cellOf, validRow } from "../../helpers/rows";
import { ruleTester } from "../../helpers/rule-tester";

const base = loadDefaultReference().data;
const sevenStrategies = Reference.parse({
  ...base,
  strategies: [...base.strategies, { code: 7, name_th: "ด้านทดลอง", name_en: "Trial" }],
});

ruleTester(invalidStrategy, {
  valid: [
    { name: "a plain number", rows: [validRow({ strategy: 3 })] },
    { name: "Thai text with Thai digits", rows: [validRow({ strategy: "ยุทธศาสตร์ที่ ๓" })] },
    { name: "numeric text", rows: [validRow({ strategy: " 3 " })] },
    { name: "the Thai name", rows: [validRow({ strategy: "ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์" })] },
    { name: "blank and error values are other rules'", rows: [validRow({ strategy: null }), validRow({ strategy: excelError("#N/A") })] },
    { name: "a seventh strategy when the reference has one", rows: [validRow({ strategy: 7 })], reference: sevenStrategies },
  ],
  invalid: [
    {
      name: "number outside 1–6",
      rows: [validRow({ strategy: 7 }), validRow({ strategy: 0 })],
      errors: [
        { row: 2, cell: cellOf("strategy", 2), messageId: "unknownCode", data: { code: 7, allowed: "1–6" } },
        { row: 3, cell: cellOf("strategy", 3), messageId: "unknownCode", data: { code: 0 } },
      ],
    },
    {
      name: "Thai text naming strategy ๙",
      rows: [validRow({ strategy: "ยุทธศาสตร์ที่ ๙" })],
      errors: [{ row: 2, cell: cellOf("strategy", 2), messageId: "unknownCode", data: { code: 9, text: "ยุทธศาสตร์ที่ ๙" } }],
    },
    {
      name: "a decimal and a boolean",
      rows: [validRow({ strategy: 2.5 }), validRow({ strategy: true })],
      errors: [
        { row: 2, cell: cellOf("strategy", 2), messageId: "notAnInteger", data: { text: "2.5" } },
        { row: 3, cell: cellOf("strategy", 3), messageId: "boolean", data: { text: "TRUE" } },
      ],
    },
    {
      name: "a name matching no strategy",
      rows: [validRow({ strategy: "ด้านอวกาศ" })],
      errors: [{ row: 2, cell: cellOf("strategy", 2), messageId: "unknownName", data: { text: "ด้านอวกาศ", allowed: "1–6" } }],
    },
    {
      name: "allowed codes follow the reference override",
      rows: [validRow({ strategy: 8 })],
      reference: sevenStrategies,
      errors: [{ row: 2, cell: cellOf("strategy", 2), messageId: "unknownCode", data: { code: 8, allowed: "1–7" } }],
    },
  ],
});
