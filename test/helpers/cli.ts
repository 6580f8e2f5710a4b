// Test helper: run the CLI in-process with captured stdout/stderr, and hash files to prove they are untouched.
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../src/cli/main";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export function tempDir(prefix = "pyp-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
