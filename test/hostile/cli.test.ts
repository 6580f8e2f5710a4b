// The hostile-workbook corpus through check, report and consolidate: a clean outcome for each, inputs untouched.
import * as fs from "fs";
import * as path from "path";
import { ALL_FILES, HostileFile, HostileManifest } from "../../scripts/make-hostile";
import { cli, sha256, tempDir } from "../helpers/cli";
import {
  expectCleanOutcome,
  generateCorpus,
  openZip,
  partsWithFormulas,
  xmlParts,
} from "./outcome";

/** A line of /etc/passwd: it must never reach any output (XML external entities are not resolved). */
const PASSWD_LINE = /root:x?:0:0:/;

describe("hostile workbooks through the CLI", () => {
  const corpus = tempDir("pyp-hostile-");
  const outDir = tempDir("pyp-hostile-out-");
  let manifest: HostileManifest;

  beforeAll(() => {
    manifest = generateCorpus(corpus);
  }, 120_000);

  afterAll(() => {
    fs.rmSync(corpus, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it("the generator wrote every file it lists", () => {
    expect(manifest.files.map((f) => f.name)).toEqual(ALL_FILES.map((f) => f.name));
    for (const f of manifest.files)
      expect(fs.statSync(path.join(corpus, f.name)).size).toBe(f.bytes);
  });

  it.each(ALL_FILES.map((f) => [f.name, f] as [string, HostileFile]))(
    "%s: check, report and consolidate end cleanly and leave the input byte-identical",
    async (name, file) => {
      const input = path.join(corpus, name);
      const before = sha256(input);
      const base = path.join(outDir, name.replace(/\.xlsx$/, ""));

      const check = await cli("check", input, "--json");
      const checked = expectCleanOutcome(check, input, file.expect);
      if (checked.kind === "json") {
        expect(check.code).toBe((checked.doc.summary as { errors: number }).errors > 0 ? 1 : 0);
        expect(checked.doc.rows).toEqual(expect.any(Number));
      }

      const out = `${base}-report.xlsx`;
      const report = await cli("report", input, "--out", out, "--json", "--today", "2026-11-25");
      const reported = expectCleanOutcome(report, input, file.expect);
      expect(reported.kind).toBe(checked.kind);
      if (reported.kind === "json") {
        expect(report.code).toBe(0);
        const doc = reported.doc as {
          rows: number;
          included_rows: number;
          excluded_rows: number;
          output: string;
        };
        expect(doc.included_rows + doc.excluded_rows).toBe(doc.rows);
        expect(doc.output).toBe(out);
        const parts = await xmlParts(await openZip(out));
        expect(partsWithFormulas(parts)).toEqual([]);
        for (const xml of parts.values()) expect(xml).not.toMatch(PASSWD_LINE);
      } else {
        expect(fs.existsSync(out)).toBe(false);
      }

      const consolidated = `${base}-master.xlsx`;
      const consolidate = await cli("consolidate", input, "--out", consolidated, "--json");
      expect(expectCleanOutcome(consolidate, input, file.expect).kind).toBe(checked.kind);

      for (const run of [check, report, consolidate])
        expect(run.stdout + run.stderr).not.toMatch(PASSWD_LINE);
      expect(sha256(input)).toBe(before);
      // Nothing but our outputs appeared beside the corpus (no temporary or extracted files).
      expect(fs.readdirSync(corpus).sort()).toEqual(
        [...ALL_FILES.map((f) => f.name), "manifest.json"].sort()
      );
    },
    60_000
  );

  it("a zip entry named ../../… is never extracted anywhere", async () => {
    const input = path.join(corpus, "zip-slip-entry.xlsx");
    await cli("report", input, "--out", path.join(outDir, "slip.xlsx"), "--json");
    for (const dir of [corpus, outDir, process.cwd()]) {
      expect(fs.existsSync(path.resolve(dir, "..", "..", "pyp-zip-slip-probe.txt"))).toBe(false);
      expect(fs.existsSync(path.resolve(dir, "..", "pyp-zip-slip-probe2.txt"))).toBe(false);
    }
  });
});
