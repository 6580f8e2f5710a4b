// Thai text across zip chunk boundaries: the streaming reader must not split 3-byte UTF-8 characters.
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { putRows, tempDir, xlsxBytes } from "../../helpers/xlsx-build";
import { readWithExcelJs } from "./exceljs-oracle";

const temp = tempDir("xlsx-thai");
afterAll(() => temp.cleanup());

const ROWS = 3000;
/** Distinct Thai names, so sharedStrings.xml and the sheet part both span many 16 KB inflate chunks. */
const name = (i: number) => `โครงการพัฒนาทักษะฝีมือแรงงานเพื่อเพิ่มผลิตภาพ ลำดับที่ ${i} ของกรมพัฒนาฝีมือแรงงาน`;

it("reads thousands of Thai strings as exceljs does, with no replacement character", async () => {
  const bytes = await xlsxBytes((workbook) => {
    const sheet = workbook.addWorksheet("ข้อมูล");
    // column A: shared strings; column B: formula results, whose text sits in the sheet part itself
    putRows(
      sheet,
      1,
      Array.from({ length: ROWS }, (_, i) => [name(i), { formula: `A${i + 1}`, result: name(i) }])
    );
  });
  const path = temp.file("thai.xlsx", bytes);
  const request = [{ sheet: "ข้อมูล", firstRow: 1, rowCount: ROWS, firstColumn: 1, columnCount: 2 }];
  const [streamed] = await (await openXlsxFile(path)).readBlocks(request);
  const [oracle] = await readWithExcelJs(bytes);
  const broken = streamed.values
    .flat()
    .filter((v) => typeof v !== "string" || v.includes("\uFFFD"));
  expect(broken).toEqual([]);
  expect(streamed.values).toEqual(oracle.values);
  expect(streamed.values[ROWS - 1]).toEqual([name(ROWS - 1), name(ROWS - 1)]);
});
