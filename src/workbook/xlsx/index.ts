// The .xlsx adapter's browser-safe surface; Node-only streaming lives in ./node (openXlsxFile), import it directly.
export { XlsxReadError } from "./errors";
export type { XlsxProblem } from "./errors";
export { openXlsx } from "./read";
export { XlsxSource } from "./store";
export { createXlsxTarget, workbookToBuffer } from "./create-target";
export { XlsxTarget } from "./target";
