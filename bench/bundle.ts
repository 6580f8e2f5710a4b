// Bundle benchmark: the pane's initial JavaScript and the lazily loaded chunks in dist/, gzip bytes.
import { existsSync, readFileSync, readdirSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";

export interface BundleResult {
  readonly taskpane_initial_gzip_bytes: number;
  readonly lazy_gzip_bytes: number;
}

export interface BundleDetail {
  /** Each script file with its gzip size, and whether the task pane loads it at start. */
  readonly files: readonly {
    readonly name: string;
    readonly gzipBytes: number;
    readonly initial: boolean;
  }[];
  /** True when exceljs (or its zip library) is in the pane's initial scripts. */
  readonly exceljsInInitial: boolean;
}

/** Identifiers only exceljs and JSZip carry, even minified; a chunk name alone could be a runtime's lookup table. */
const EXCELJS_MARKERS = ["ExcelJS", "JSZip"];

/** Local scripts a page loads at start, from its <script src> tags (Microsoft's office.js files excluded). */
function initialScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
  return sources.filter((src) => !/^https?:\/\//i.test(src) && !src.startsWith("office-js/"));
}

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The task pane's initial JavaScript (scripts in taskpane.html) against the chunks no page loads
 * at start (webpack's lazily loaded chunks, exceljs among them). Entry chunks of the other pages
 * (commands, workspace) are in neither.
 */
export function measureBundle(dist: string): { result: BundleResult; detail: BundleDetail } {
  const pane = path.join(dist, "taskpane.html");
  if (!existsSync(pane)) throw new Error(`${pane} is missing: run npm run build`);
  const pages = readdirSync(dist).filter((f) => f.endsWith(".html"));
  const paneInitial = new Set(initialScripts(readFileSync(pane, "utf8")));
  const anyInitial = new Set(
    pages.flatMap((p) => initialScripts(readFileSync(path.join(dist, p), "utf8")))
  );
  const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const files = scripts.map((name) => ({
    name,
    gzipBytes: gzipBytes(path.join(dist, name)),
    initial: paneInitial.has(name),
  }));
  const missing = [...paneInitial].filter((name) => !scripts.includes(name));
  if (missing.length)
    throw new Error(`taskpane.html loads scripts dist/ lacks: ${missing.join(", ")}`);
  const exceljsInInitial = [...paneInitial].some((name) => {
    const text = readFileSync(path.join(dist, name), "utf8");
    return name.startsWith("exceljs") || EXCELJS_MARKERS.some((marker) => text.includes(marker));
  });
  const sum = (list: typeof files) => list.reduce((n, f) => n + f.gzipBytes, 0);
  return {
    result: {
      taskpane_initial_gzip_bytes: sum(files.filter((f) => f.initial)),
      lazy_gzip_bytes: sum(files.filter((f) => !anyInitial.has(f.name))),
    },
    detail: { files, exceljsInInitial },
  };
}
