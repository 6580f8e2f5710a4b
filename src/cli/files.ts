// File handling for the CLI: inputs checked before reading, --out never an input, atomic writes.
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { BRIEFING_GENERATOR } from "../core/briefing";
import { REGISTRY_SHEET } from "../core/outputs/registry";
import { CliError } from "./errors";

const XLSX_EXT = /\.(xlsx|xlsm)$/i;

/** Checks that each input exists, is a file and is named .xlsx; throws CliError naming it. */
export async function checkInputs(files: readonly string[]): Promise<void> {
  if (files.length === 0) throw new CliError(null, "no input file given", "ไม่ได้ระบุไฟล์ที่จะตรวจ");
  for (const file of files) {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) throw new CliError(file, "file not found", "ไม่พบไฟล์");
    if (!stat.isFile()) throw new CliError(file, "is not a file", "ไม่ใช่ไฟล์");
    if (!XLSX_EXT.test(file)) throw new CliError(file, "not an .xlsx file", "ไม่ใช่ไฟล์ .xlsx");
  }
}

/** Real path of a file that may not exist yet (its folder must). */
async function realTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  const real = await fs.realpath(abs).catch(() => null);
  if (real) return real;
  const dir = await fs.realpath(path.dirname(abs)).catch(() => null);
  if (!dir) throw new CliError(file, "the output folder does not exist", "ไม่พบโฟลเดอร์ปลายทาง");
  return path.join(dir, path.basename(abs));
}

/** --out must be an .xlsx (or, for the briefing, .html) path that is none of the inputs (also through links). */
export async function checkOutput(out: string | undefined, inputs: readonly string[], ext: "xlsx" | "html" = "xlsx"): Promise<string> {
  if (!out) throw new CliError(null, `--out F.${ext} is required`, `ต้องระบุ --out F.${ext}`);
  if (!new RegExp(`\\.${ext}$`, "i").test(out)) throw new CliError(out, `--out must name an .${ext} file`, `--out ต้องเป็นไฟล์ .${ext}`);
  const target = await realTarget(out);
  const outStat = await fs.stat(target).catch(() => null);
  for (const input of inputs) {
    const real = await fs.realpath(input);
    const inStat = await fs.stat(real);
    if (real === target || (outStat && outStat.ino === inStat.ino && outStat.dev === inStat.dev)) {
      throw new CliError(out, "--out is one of the input files; inputs are never overwritten", "--out ซ้ำกับไฟล์ต้นทาง ไม่เขียนทับไฟล์ต้นทาง");
    }
  }
  if (outStat && !outStat.isFile()) throw new CliError(out, "--out is not a file", "--out ไม่ใช่ไฟล์");
  return target;
}

/** Writes via a temporary file and a rename, so OUT is never left half-written. */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * An existing OUT may be replaced only when pyp-tracker wrote it (its workbook lists the very hidden
 * registry sheet of generated sheets); any other file there is the user's and is left alone. Only the
 * zip's directory and workbook part are read, not the sheets.
 */
export async function ensureReplaceable(target: string, shown: string): Promise<void> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) return;
  const ours = await fs
    .readFile(target)
    .then((bytes) => JSZip.loadAsync(bytes))
    .then((zip) => zip.file("xl/workbook.xml")?.async("string"))
    .then((xml) => xml !== undefined && new RegExp(`<sheet\\b[^>]*\\bname="${REGISTRY_SHEET}"`).test(xml))
    .catch(() => false);
  if (!ours) {
    throw new CliError(
      shown,
      "exists and was not written by pyp-tracker; choose another --out or remove the file",
      "มีไฟล์นี้อยู่แล้วและไม่ได้สร้างโดย pyp-tracker เลือกชื่อ --out อื่นหรือลบไฟล์ก่อน",
    );
  }
}

/** An existing OUT.html may be replaced only when it is a briefing pyp-tracker wrote (its generator tag says so). */
export async function ensureReplaceableHtml(target: string, shown: string): Promise<void> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) return;
  const head = await fs
    .readFile(target, "utf8")
    .then((text) => text.slice(0, 4096))
    .catch(() => "");
  if (!head.includes(`<meta name="generator" content="${BRIEFING_GENERATOR}">`)) {
    throw new CliError(
      shown,
      "exists and was not written by pyp-tracker; choose another --out or remove the file",
      "มีไฟล์นี้อยู่แล้วและไม่ได้สร้างโดย pyp-tracker เลือกชื่อ --out อื่นหรือลบไฟล์ก่อน",
    );
  }
}
