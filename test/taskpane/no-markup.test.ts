// Tracker text reaches the DOM only as React text: no raw-HTML sinks anywhere in the pane, hosts or workspace.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const DIRS = ["src/taskpane", "src/workspace", "src/host", "src/commands"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|js)$/.test(name) ? [path] : [];
  });
}

describe("pane sources", () => {
  const files = DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));

  it("are found", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it("never write raw HTML", () => {
    const sinks = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|\beval\s*\(|new Function\s*\(/;
    const offenders = files.filter((f) => sinks.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
