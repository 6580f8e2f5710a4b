// The strict fake of the Excel object model used to test the Office.js adapter (and, later, the pane in a browser).
export { areaAddress, parseArea, type Area } from "./address";
export {
  FakeRequestContext,
  jsonBytes,
  maxRequestBytes,
  maxResponseBytes,
  utf8Bytes,
} from "./context";
export { FakeErrorCode, FakeOfficeError } from "./errors";
export {
  FAKE_EXCEL_ENUMS,
  fakeIsSetSupported,
  installFakeOffice,
  type InstalledFakeOffice,
} from "./install";
export { findSheet, snapshotSheet, snapshotWorkbook, type SheetSnapshot } from "./snapshot";
export {
  PAYLOAD_LIMIT_BYTES,
  RANGE_CELL_LIMIT,
  cellKey,
  createWorkbookState,
  type FakeSheet,
  type FakeSheetSpec,
  type FakeWorkbookState,
} from "./state";
export { FakeExcelContext, FakeWorkbook } from "./workbook";
