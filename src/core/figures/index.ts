// Figures (SPEC §4): one import point for adapters and faces.
export * from "./types";
export { MINISTRY_CODE, buildAnalysis, computeFigures, selectIncluded } from "./compute";
export type { FiguresInput } from "./compute";
export { defaultFiscalYear, defaultQuarter } from "./defaults";
export { BE_OFFSET, quarterDates, reportDeadline } from "./deadline";
export { disbursedThrough, groupFigures } from "./groups";
export { linkageMap, subPlanOf } from "./linkage";
