// Typings for exceljs's Workbook module alone, which the command line loads without exceljs's stream reader and writer.
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}
