// Test helpers for hostile input: the two allowed CLI outcomes, and reading back what an output .xlsx holds.
import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import type { HostileExpectation, HostileManifest } from "../../scripts/make-hostile";
import { CliRun } from "../helpers/cli";

export const ROOT = path.join(__dirname, "..", "..");

/** Runs the corpus generator as a user would, into `dir`, and returns its manifest. */
export function generateCorpus(dir: string): HostileManifest {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "make-hostile.js"), dir], {
    stdio: "pipe",
  });
  return JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as HostileManifest;
}

/** What the CLI printed when its own code failed, not the input: engine messages and stack frames. */
const INTERNAL_ERROR =
  /\n\s+at |\bat .*\.(js|ts):\d+|Cannot read propert|is not a function|is not iterable|is not defined|Maximum call stack|Bug :|TypeError|RangeError|ReferenceError/;

export type Outcome =
  { kind: "json"; doc: Record<string, unknown> } | { kind: "line"; line: string };

/**
 * Asserts the run ended in one of the two clean outcomes and returns which: exit 0/1 with exactly
 * one JSON document on stdout and nothing on stderr, or exit 2 with one stderr line naming `file`.
 */
export function expectCleanOutcome(
  run: CliRun,
  file: string,
  expected: HostileExpectation
): Outcome {
  const context = `exit ${run.code}\nstdout: ${run.stdout.slice(0, 500)}\nstderr: ${run.stderr.slice(0, 500)}`;
  if (run.code === 2) {
    const lines = run.stderr.replace(/\n$/, "").split("\n");
    expect({ context, lines: lines.length, stdout: run.stdout }).toEqual({
      context,
      lines: 1,
      stdout: "",
    });
    expect(lines[0]).toContain(file);
    expect(lines[0]).not.toMatch(INTERNAL_ERROR);
    expect({ context, expected }).not.toEqual({ context, expected: "json" });
    return { kind: "line", line: lines[0] };
  }
  expect({ context, code: [0, 1].includes(run.code), stderr: run.stderr }).toEqual({
    context,
    code: true,
    stderr: "",
  });
  expect({ context, expected }).not.toEqual({ context, expected: "line" });
  // JSON.parse of the whole stdout succeeds only when it holds exactly one document.
  const doc = JSON.parse(run.stdout) as unknown;
  expect(typeof doc === "object" && doc !== null && !Array.isArray(doc)).toBe(true);
  return { kind: "json", doc: doc as Record<string, unknown> };
}

export async function openZip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(fs.readFileSync(file));
}

/** Every XML part of the package with its text. */
export async function xmlParts(zip: JSZip): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter(
    (n) => n.endsWith(".xml") || n.endsWith(".rels")
  )) {
    parts.set(name, await zip.file(name)!.async("string"));
  }
  return parts;
}

/** Parts holding a formula element: `<f>` in any namespace in a worksheet, un-prefixed `<f>` anywhere. */
export function partsWithFormulas(parts: Map<string, string>): string[] {
  return [...parts]
    .filter(([name, xml]) =>
      name.startsWith("xl/worksheets/") ? /<(\w+:)?f[\s>/]/.test(xml) : /<f[\s>/]/.test(xml)
    )
    .map(([name]) => name);
}

/** XML text content decoded: entities, character references and OOXML `_xHHHH_` escapes. */
export function decodeXmlText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Every string a reader would see as text: shared strings and inline strings of every sheet. */
export function textStrings(parts: Map<string, string>): string[] {
  const out: string[] = [];
  const sst = parts.get("xl/sharedStrings.xml") ?? "";
  for (const si of sst.match(/<si>[\s\S]*?<\/si>/g) ?? []) {
    out.push(
      decodeXmlText(
        (si.match(/<t[^>]*>([\s\S]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join("")
      )
    );
  }
  for (const [name, xml] of parts) {
    if (!name.startsWith("xl/worksheets/")) continue;
    for (const is of xml.match(/<is>[\s\S]*?<\/is>/g) ?? [])
      out.push(decodeXmlText(is.replace(/<[^>]+>/g, "")));
  }
  return out;
}

/** Sheet names in tab order, from xl/workbook.xml. */
export function sheetNames(parts: Map<string, string>): string[] {
  const xml = parts.get("xl/workbook.xml") ?? "";
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXmlText(m[1]));
}
