// installFakeOffice: puts a fake `Excel` and `Office` on a global object (jest, or a real browser page).
import { FakeOfficeError } from "./errors";
import { FakeWorkbookState } from "./state";
import { FakeExcelContext } from "./workbook";

/** The enum members the adapter uses, with Office.js's string values. */
export const FAKE_EXCEL_ENUMS = {
  ChartType: {
    barClustered: "BarClustered",
    columnClustered: "ColumnClustered",
    barStacked: "BarStacked",
    columnStacked: "ColumnStacked",
    line: "Line",
    pie: "Pie",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  PaperType: { a3: "A3", a4: "A4", a5: "A5", letter: "Letter", legal: "Legal" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  ErrorCodes: {
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    apiNotFound: "ApiNotFound",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
} as const;

/** True when the host supports `set` at `minVersion`: the same simulated version that gates members (only ExcelApi 1.x is modelled). */
export function fakeIsSetSupported(
  state: FakeWorkbookState,
  set: string,
  minVersion?: string
): boolean {
  if (set !== "ExcelApi") return false;
  const [major, minor] = (minVersion ?? "1.1").split(".").map(Number);
  return major === 1 && (minor ?? 0) <= state.excelApiMinor;
}

export interface InstalledFakeOffice {
  readonly state: FakeWorkbookState;
  /** A context outside Excel.run (tests drive the adapter directly). */
  newContext(): FakeExcelContext;
  /** Removes the globals again. */
  uninstall(): void;
}

/** Installs `Excel`, `Office` and `OfficeExtension` fakes on `target` (usually globalThis). */
export function installFakeOffice(target: object, state: FakeWorkbookState): InstalledFakeOffice {
  const host = target as Record<string, unknown>;
  const previous = {
    Excel: host.Excel,
    Office: host.Office,
    OfficeExtension: host.OfficeExtension,
  };
  host.Excel = {
    ...FAKE_EXCEL_ENUMS,
    RequestContext: FakeExcelContext,
    async run<T>(batch: (context: FakeExcelContext) => Promise<T>): Promise<T> {
      const context = new FakeExcelContext(state);
      try {
        const result = await batch(context);
        // Excel.run flushes what the batch left queued.
        if (context.pendingOperations > 0) await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
  };
  host.Office = {
    HostType: { Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported: (set: string, v?: string) => fakeIsSetSupported(state, set, v),
      },
    },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
  };
  host.OfficeExtension = { Error: FakeOfficeError };
  return {
    state,
    newContext: () => new FakeExcelContext(state),
    uninstall: () => {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete host[k];
        else host[k] = v;
      }
    },
  };
}
