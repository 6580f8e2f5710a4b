// Unusable input: exit 2 with one plain stderr line naming the file, never a stack trace.
import * as fs from "fs";
import * as path from "path";
import { cli, fixture, sha256, tempDir } from "../helpers/cli";

const BAD = [
  ["bad-missing-column.xlsx", /แผนแม่บท|Master plan/],
  ["bad-no-tracker.xlsx", /no tracker/],
  ["bad-not-xlsx.xlsx", /xlsx|zip/i],
  ["bad-empty.xlsx", /empty/i],
  ["bad-corrupt.xlsx", /corrupt|damaged|zip/i],
  ["bad-encrypted.xlsx", /password|encrypt/i],
] as const;

function expectOneLine(stderr: string, file: string) {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("unusable input", () => {
  it.each(BAD)("%s → exit 2, one line", async (name, pattern) => {
    const file = fixture(name);
    const before = sha256(file);
    for (const command of ["check", "report"]) {
      const run = await cli(command, file, ...(command === "report" ? ["--out", path.join(tempDir(), "r.xlsx")] : []), "--json");
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expectOneLine(run.stderr, file);
      expect(run.stderr).toMatch(pattern);
    }
    expect(sha256(file)).toBe(before);
  });

  it("a missing file, a folder, a non-.xlsx name", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "t.csv");
    fs.writeFileSync(csv, "a,b\n");
    for (const file of [path.join(dir, "nope.xlsx"), dir, csv]) {
      const run = await cli("check", file);
      expect(run.code).toBe(2);
      expectOneLine(run.stderr, file);
    }
  });

  it("refuses --out equal to an input, also through a symlink, and leaves the input alone", async () => {
    const dir = tempDir();
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(fixture("dept-doe-th.xlsx"), input);
    const before = sha256(input);
    fs.symlinkSync(input, path.join(dir, "link.xlsx"));
    for (const out of [input, path.join(dir, "link.xlsx"), path.join(dir, ".", "in.xlsx")]) {
      const run = await cli("report", input, "--out", out);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/input/);
    }
    expect(sha256(input)).toBe(before);
  });

  it("never overwrites an existing file it did not write", async () => {
    const dir = tempDir();
    const theirs = path.join(dir, "theirs.xlsx");
    fs.copyFileSync(fixture("dept-dsd-en.xlsx"), theirs);
    const before = sha256(theirs);
    const run = await cli("report", fixture("dept-doe-th.xlsx"), "--out", theirs);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not written by pyp-tracker/);
    expect(sha256(theirs)).toBe(before);
  });

  it("bad flags are usage errors with exit 2", async () => {
    expect((await cli("check", fixture("dept-doe-th.xlsx"), "--quarter", "5")).code).toBe(2);
    expect((await cli("check", fixture("dept-doe-th.xlsx"), "--bogus")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("report", fixture("dept-doe-th.xlsx"))).stderr).toMatch(/--out/);
  });
});
