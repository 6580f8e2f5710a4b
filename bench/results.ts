// The benchmark's results: the bench-results.json document, the printed table, and the budgets of issue 6.
import * as os from "os";
import { BundleDetail, BundleResult } from "./bundle";
import { CliDetail, CliResult } from "./cli";
import { EngineDetail, EngineResult } from "./engine";
import { OfficeResult } from "./office";

/** bench-results.json, exactly these fields. */
export interface BenchResults {
  engine: EngineResult[];
  office: OfficeResult[];
  cli: CliResult[];
  bundle: BundleResult | null;
}

/** What the table shows beyond the results file. */
export interface BenchDetails {
  readonly cli: Map<number, CliDetail>;
  bundle: BundleDetail | null;
  readonly engine: Map<number, EngineDetail>;
}

const MB4 = 4 * 1024 * 1024;
const KB250 = 250 * 1024;

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

/** The machine the figures came from, one line. */
export function machineLine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${load}`;
}

/** Pass/fail of each budget that the measured sizes allow judging; "–" lines say what was not measured. */
export function budgetLines(r: BenchResults, d: BenchDetails): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? "met" : "NOT MET");
  const engine = r.engine.find((e) => e.rows === 100_000);
  lines.push(
    engine
      ? `engine ≤ 10 × bare pass at 100,000 rows: ${ratio(engine.engine_ms, engine.bare_ms)} — ${mark(engine.engine_ms <= 10 * engine.bare_ms)}`
      : "engine at 100,000 rows: not measured"
  );
  const insertAt = (rows: number) => r.office.find((o) => o.rows === rows && o.action === "insert");
  const checkAt = (rows: number) => r.office.find((o) => o.rows === rows && o.action === "check");
  const small = insertAt(1000);
  if (small)
    lines.push(
      `"insert all outputs" ≤ 10 syncs at 1,000 rows: ${small.syncs} — ${mark(small.syncs <= 10)}`
    );
  const big = insertAt(100_000);
  const [bigCheck, smallCheck] = [checkAt(100_000), checkAt(1000)];
  if (big && small && bigCheck && smallCheck) {
    const readSyncs = bigCheck.syncs - smallCheck.syncs;
    const extra = big.syncs - small.syncs;
    lines.push(
      `at 100,000 rows only the read blocks add syncs: +${extra} syncs, of which read blocks +${readSyncs} — ${mark(extra <= readSyncs)}`
    );
  }
  const at100k = r.office.filter((o) => o.rows === 100_000);
  if (at100k.length) {
    const worst = Math.max(
      ...at100k.map((o) => Math.max(o.max_request_bytes, o.max_response_bytes))
    );
    lines.push(
      `every request and response ≤ 4 MB at 100,000 rows: largest ${(worst / 2 ** 20).toFixed(2)} MiB — ${mark(worst <= MB4)}`
    );
  }
  const cli = r.cli.find((c) => c.rows === 100_000);
  if (cli)
    lines.push(
      `report ≤ 1.3 × exceljs alone at 100,000 rows: ${ratio(cli.report_ms, cli.io_ms)} — ${mark(cli.report_ms <= 1.3 * cli.io_ms)}`
    );
  if (r.bundle) {
    const initial = r.bundle.taskpane_initial_gzip_bytes;
    lines.push(
      `initial pane JavaScript ≤ 250 KB gzip: ${(initial / 1024).toFixed(1)} KB — ${mark(initial <= KB250)}`
    );
    if (d.bundle)
      lines.push(`exceljs not in the initial load: ${mark(!d.bundle.exceljsInInitial)}`);
  }
  return lines;
}

/** The whole printed report (Markdown, so docs/performance.md can quote it as it is). */
export function renderTables(r: BenchResults, d: BenchDetails): string {
  const parts: string[] = [];
  if (r.engine.length) {
    parts.push(
      "Engine: read values → findings → figures, against a bare pass over the same cells and a pass reading every character of their text (median of runs)\n"
    );
    parts.push(
      table(
        ["rows", "runs", "engine ms", "bare ms", "engine / bare", "text chars", "text pass ms", "text / bare", "engine / text"],
        r.engine.map((e) => {
          const detail = d.engine.get(e.rows);
          return [
            int(e.rows),
            String(detail?.runs ?? ""),
            ms(e.engine_ms),
            ms(e.bare_ms),
            ratio(e.engine_ms, e.bare_ms),
            detail ? int(detail.textCharacters) : "–",
            detail ? ms(detail.textMs) : "–",
            detail ? ratio(detail.textMs, e.bare_ms) : "–",
            detail ? ratio(e.engine_ms, detail.textMs) : "–",
          ];
        })
      )
    );
  }
  if (r.office.length) {
    parts.push("\nOffice adapter against the strict fake Excel, per user action\n");
    parts.push(
      table(
        ["rows", "action", "syncs", "max request bytes", "max response bytes"],
        r.office.map((o) => [
          int(o.rows),
          o.action,
          String(o.syncs),
          int(o.max_request_bytes),
          int(o.max_response_bytes),
        ])
      )
    );
  }
  if (r.cli.length) {
    parts.push(
      "\nCommand line: `report` against exceljs alone reading the tracker and writing the same report (median of runs)\n"
    );
    const peak = (n: number | null | undefined) => (n ? int(n) : "–");
    parts.push(
      table(
        [
          "rows",
          "report ms",
          "exceljs-alone ms",
          "report / floor",
          "report peak RSS MiB",
          "floor peak RSS MiB",
        ],
        r.cli.map((c) => [
          int(c.rows),
          ms(c.report_ms),
          ms(c.io_ms),
          ratio(c.report_ms, c.io_ms),
          peak(d.cli.get(c.rows)?.reportPeakMiB),
          peak(d.cli.get(c.rows)?.ioPeakMiB),
        ])
      )
    );
  }
  if (r.bundle && d.bundle) {
    parts.push("\nPane bundle (dist/, gzip -9)\n");
    parts.push(
      table(
        ["file", "gzip bytes", "loaded"],
        d.bundle.files.map((f) => [
          f.name,
          int(f.gzipBytes),
          f.initial ? "task pane start" : "later / other page",
        ])
      )
    );
    parts.push(
      `\ntask pane initial: ${int(r.bundle.taskpane_initial_gzip_bytes)} bytes gzip; lazily loaded chunks: ${int(r.bundle.lazy_gzip_bytes)} bytes gzip; exceljs in the initial load: ${d.bundle.exceljsInInitial ? "YES" : "no"}`
    );
  }
  parts.push("\nBudgets (issue 6)\n");
  parts.push(
    budgetLines(r, d)
      .map((l) => `- ${l}`)
      .join("\n")
  );
  return parts.join("\n");
}
