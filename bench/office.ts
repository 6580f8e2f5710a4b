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
  /** Syncs whose request writes or acts (not only loads). */
  readonly write_syncs: number;
  /** Request bytes of all the action's syncs. */
  readonly request_bytes: number;
  readonly max_request_bytes: number;
  readonly max_response_bytes: number;
}

type RecordedOperation = { sync: number; describe: string; bytes: number };

/** What an operation writes, from the fake's description of it ("….numberFormat = …" → "numberFormat"). */
export function operationKind(describe: string): string {
  const call = describe.slice(describe.lastIndexOf(").") + 2);
  if (/^values = /.test(call)) return "values";
  if (/^numberFormat = /.test(call)) return "numberFormat";
  if (/^(hyperlink = |setCellProperties\()/.test(call)) return "hyperlinks";
  if (/^merge\(/.test(call)) return "merge";
  if (/^format\.(columnWidth|rowHeight) = /.test(call)) return "width/height";
  if (/^format\.font\.(name|size) = /.test(call) && !describe.includes("getRanges("))
    return "sheet font";
  if (/^format\./.test(call) || describe.includes(".format.")) return "styles";
  if (describe.includes(".charts.") || describe.includes("charts.add")) return "charts";
  return "other";
}

/** The generated sheet an operation belongs to (its temporary name's number), or "workbook". */
function operationSheet(describe: string): string {
  const temp = /add\("_pyp_tmp_[a-z0-9]+_(\d+)"\)/.exec(describe);
  return temp ? `sheet ${temp[1]}` : "workbook";
}

/** Request bytes of the recorded operations by sheet and kind, largest first. */
export function requestBreakdown(
  operations: readonly RecordedOperation[]
): { sheet: string; kind: string; operations: number; bytes: number }[] {
  const groups = new Map<
    string,
    { sheet: string; kind: string; operations: number; bytes: number }
  >();
  for (const op of operations) {
    const sheet = operationSheet(op.describe);
    const kind = operationKind(op.describe);
    const key = `${sheet}|${kind}`;
    const group = groups.get(key) ?? { sheet, kind, operations: 0, bytes: 0 };
    group.operations += 1;
    group.bytes += op.bytes;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}

/**
 * Runs the pane's four actions in the order a user does, each as the one Excel.run the pane
 * makes: detect (find the tracker), check, figures (check with the fiscal year and quarter the
 * user confirmed, as the Figures tab asks for them), insert all outputs.
 * With BENCH_OFFICE_DETAIL=1 the insert's request bytes are printed by sheet and kind (stderr).
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
    const firstWrites = state.stats.writeSyncs;
    await run();
    results.push({
      rows,
      action,
      syncs: state.stats.syncs - first,
      write_syncs: state.stats.writeSyncs - firstWrites,
      request_bytes: state.stats.requestBytes.slice(first).reduce((a, b) => a + b, 0),
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
    const detail = process.env.BENCH_OFFICE_DETAIL === "1";
    if (detail) state.stats.operations = [];
    const insertFirstSync = state.stats.syncs;
    await measure("insert", () =>
      host.insert(ALL_OUTPUTS, { ...choice, lang: "th", round: "quarter" })
    );
    if (detail) printDetail(rows, state.stats, insertFirstSync);
  } finally {
    office.uninstall();
  }
  return results;
}

function printDetail(
  rows: number,
  stats: { requestBytes: number[]; operations?: RecordedOperation[] },
  firstSync: number
): void {
  const operations = stats.operations ?? [];
  const perSync = stats.requestBytes.slice(firstSync);
  const total = perSync.reduce((a, b) => a + b, 0);
  const byKind = new Map<string, number>();
  for (const g of requestBreakdown(operations))
    byKind.set(g.kind, (byKind.get(g.kind) ?? 0) + g.bytes);
  const lines = [
    `insert at ${rows} rows: ${perSync.length} syncs, ${total.toLocaleString("en-US")} request bytes in all`,
    `  per sync: ${perSync.map((b) => b.toLocaleString("en-US")).join(" ")}`,
    `  by kind: ${[...byKind].map(([k, b]) => `${k} ${b.toLocaleString("en-US")}`).join(", ")}`,
    ...requestBreakdown(operations).map(
      (g) =>
        `  ${g.sheet.padEnd(9)} ${g.kind.padEnd(13)} ${String(g.operations).padStart(7)} ops ${g.bytes.toLocaleString("en-US").padStart(12)} bytes`
    ),
  ];
  process.stderr.write(`${lines.join("\n")}\n`);
}
