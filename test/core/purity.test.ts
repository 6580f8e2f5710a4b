// src/core stays pure: it imports only relative modules and zod or zod/mini (the lint rule enforces it too).
import * as fs from "fs";
import * as path from "path";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const CORE = path.join(__dirname, "..", "..", "src", "core");
/** zod in either of its entry points: the same pure library (the pane's first bundle uses the smaller zod/mini). */
const ZOD = new Set(["zod", "zod/mini"]);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g;

describe("src/core purity", () => {
  const files = sourceFiles(CORE);
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(files.map((f) => [path.relative(CORE, f), f]))("%s imports only relative modules and zod", (_rel, file) => {
    const text = fs.readFileSync(file, "utf8");
    const specifiers = Array.from(text.matchAll(IMPORT), (m) => m[1] ?? m[2] ?? m[3]);
    const outside = specifiers.filter((s) => !s.startsWith("./") && !s.startsWith("../") && !ZOD.has(s));
    expect(outside).toEqual([]);
  });
});
