// Office adapter benchmark: each pane action through OfficeHost against the strict fake Excel, counting syncs and payload bytes.
import { ALL_OUTPUTS } from "../src/app/report";
import { OfficeHost } from "../src/host/office-host";
import { createWorkbookState, installFakeOffice } from "../test/fakes/excel";
import { SyntheticSheet } from "./synthetic";

export type OfficeAction = "detect" | "check" | "figures" | "insert";

export interface OfficeResult {
  readonly rows: number;
  readonly action: OfficeAction;
  readonly syncs: number;
  readonly max_request_bytes: number;
  readonly max_response_bytes: number;
}

/**
 * Runs the pane's four actions in the order a user does, each as the one Excel.run the pane
 * makes: detect (find the tracker), check, figures (check with the fiscal year and quarter the
 * user confirmed, as the Figures tab asks for them), insert all outputs.
 */
export async function runOffice(sheet: SyntheticSheet, rows: number): Promise<OfficeResult[]> {
  const state = createWorkbookState(
    [{ name: sheet.name, values: sheet.values, formats: sheet.formats }],
    { excelApi: "1.17" }
  );
  const office = installFakeOffice(globalThis, state);
  const results: OfficeResult[] = [];
  const measure = async (action: OfficeAction, run: () => Promise<unknown>) => {
    const first = state.stats.syncs;
    await run();
    results.push({
      rows,
      action,
      syncs: state.stats.syncs - first,
      max_request_bytes: Math.max(0, ...state.stats.requestBytes.slice(first)),
      max_response_bytes: Math.max(0, ...state.stats.responseBytes.slice(first)),
    });
  };
  try {
    const host = new OfficeHost("สมุดงานนี้");
    let choice: { fiscalYear?: number; quarter?: 1 | 2 | 3 | 4 } = {};
    await measure("detect", async () => {
      const detection = await host.detect({});
      if (!detection.tracker) throw new Error(`no tracker detected: ${detection.problem?.en}`);
      choice = {
        fiscalYear: detection.tracker.fiscalYear ?? undefined,
        quarter: detection.tracker.quarter,
      };
    });
    await measure("check", () => host.check({}));
    await measure("figures", () => host.check(choice));
    await measure("insert", () =>
      host.insert(ALL_OUTPUTS, { ...choice, lang: "th", round: "quarter" })
    );
  } finally {
    office.uninstall();
  }
  return results;
}
