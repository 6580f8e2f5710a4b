// Data safety of the command line: inputs byte-identical after every command, a second run leaves the same sheets.
import * as fs from "fs";
import * as path from "path";
import { cli, fixture, sha256, tempDir } from "../helpers/cli";
import { expectCleanOutcome, generateCorpus, openZip, sheetNames, xmlParts } from "./outcome";

/** Real department trackers plus hostile ones the CLI reads (merged, two trackers, formula-like text). */
const FIXTURES = ["dept-doe-th.xlsx", "dept-dsd-en.xlsx", "dept-sso-tworow.xlsx", "all-rules.xlsx"];
const HOSTILE = [
  "merged-cells.xlsx",
  "two-trackers.xlsx",
  "injection.xlsx",
  "error-values.xlsx",
  "hidden-rows-columns.xlsx",
];

async function sheetsOf(file: string): Promise<string[]> {
  return sheetNames(await xmlParts(await openZip(file))).sort();
}

describe("the command line never changes its inputs and replaces only its own output", () => {
  const corpus = tempDir("pyp-safety-");
  const outDir = tempDir("pyp-safety-out-");
  let inputs: string[];

  beforeAll(() => {
    generateCorpus(corpus);
    // Copies, so even a failing run cannot touch the committed fixtures.
    inputs = [...FIXTURES.map(fixture), ...HOSTILE.map((n) => path.join(corpus, n))].map((file) => {
      const copy = path.join(corpus, `input-${path.basename(file)}`);
      fs.copyFileSync(file, copy);
      return copy;
    });
  }, 120_000);

  afterAll(() => {
    fs.rmSync(corpus, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it.each([...FIXTURES, ...HOSTILE])(
    "%s: check, report (both rounds), consolidate, template; the input stays byte-identical",
    async (name) => {
      const input = inputs.find((f) => f.endsWith(`input-${name}`))!;
      const before = sha256(input);
      const stat = fs.statSync(input);
      // Separate outputs: replacing an earlier output is the next test's subject, not this one's.
      const out = (kind: string) => path.join(outDir, `${name}-${kind}.xlsx`);
      const commands = [
        ["check", input, "--json"],
        ["check", input],
        ["report", input, "--out", out("quarter"), "--json"],
        ["report", input, "--out", out("import"), "--round", "import", "--lang", "en"],
        ["consolidate", input, "--out", out("master"), "--json"],
        ["template", "--out", out("template")],
      ];
      for (const args of commands) {
        const run = await cli(...args);
        if (args.includes("--json")) expectCleanOutcome(run, input, "json");
        expect({ args, code: run.code, stderr: run.stderr }).toEqual({
          args,
          code: run.code === 1 ? 1 : 0,
          stderr: "",
        });
        expect(sha256(input)).toBe(before);
      }
      expect(fs.statSync(input).mtimeMs).toBe(stat.mtimeMs);
    }
  );

  it("a second report to the same --out leaves the same set of sheets", async () => {
    const out = path.join(outDir, "twice.xlsx");
    const depts = FIXTURES.slice(0, 3).map((n) => inputs.find((f) => f.endsWith(`input-${n}`))!);
    const first = await cli("report", ...depts, "--out", out, "--json", "--today", "2026-11-25");
    expect(first.code).toBe(0);
    const sheetsFirst = await sheetsOf(out);
    const second = await cli("report", ...depts, "--out", out, "--json", "--today", "2026-11-26");
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: "" });
    expect(await sheetsOf(out)).toEqual(sheetsFirst);
    expect(JSON.parse(second.stdout).sheets_written).toEqual(
      JSON.parse(first.stdout).sheets_written
    );
  });

  it("a second consolidate to the same --out leaves the same set of sheets", async () => {
    const out = path.join(outDir, "master-twice.xlsx");
    const depts = FIXTURES.slice(0, 3).map((n) => inputs.find((f) => f.endsWith(`input-${n}`))!);
    expect((await cli("consolidate", ...depts, "--out", out)).code).toBe(0);
    const sheetsFirst = await sheetsOf(out);
    const second = await cli("consolidate", ...depts, "--out", out);
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: "" });
    expect(await sheetsOf(out)).toEqual(sheetsFirst);
  });

  it("an unusable input among good ones: exit 2, no output written, every input untouched", async () => {
    const bad = path.join(corpus, "truncated-zip.xlsx");
    const good = inputs[0];
    const hashes = [sha256(good), sha256(bad)];
    const out = path.join(outDir, "never.xlsx");
    const run = await cli("report", good, bad, "--out", out, "--json");
    expectCleanOutcome(run, bad, "line");
    expect(fs.existsSync(out)).toBe(false);
    expect([sha256(good), sha256(bad)]).toEqual(hashes);
    expect(fs.readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
