// Unusable input files: a named error with Thai and English messages, and sniffing of the file's first bytes.

export type XlsxProblem =
  "empty" | "encrypted" | "legacy-xls" | "not-xlsx" | "corrupt" | "not-found" | "unreadable";

/** What went wrong in the user's words, one phrase per language (same text when it is technical). */
export type ProblemDetail = string | { readonly th: string; readonly en: string };

/**
 * An .xlsx that cannot be read: `th` and `en` are full sentences naming the file. `cause` keeps
 * the underlying error for a developer; it never reaches the user's message.
 */
export class XlsxReadError extends Error {
  readonly th: string;
  readonly en: string;
  readonly file: string;
  readonly problem: XlsxProblem;

  constructor(file: string, problem: XlsxProblem, detail?: ProblemDetail, cause?: unknown) {
    const { th, en } = describeProblem(file, problem, detail);
    super(en, cause === undefined ? undefined : { cause });
    this.name = "XlsxReadError";
    this.th = th;
    this.en = en;
    this.file = file;
    this.problem = problem;
  }
}

function describeProblem(
  file: string,
  problem: XlsxProblem,
  detail?: ProblemDetail
): { th: string; en: string } {
  const thDetail = typeof detail === "string" ? detail : detail?.th;
  const enDetail = typeof detail === "string" ? detail : detail?.en;
  const thSuffix = thDetail ? ` (${thDetail})` : "";
  const suffix = enDetail ? ` (${enDetail})` : "";
  switch (problem) {
    case "empty":
      return { th: `ไฟล์ ${file} ว่างเปล่า (ขนาด 0 ไบต์)`, en: `${file} is empty (0 bytes)` };
    case "encrypted":
      return {
        th: `ไฟล์ ${file} ถูกตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออกก่อน`,
        en: `${file} is password-protected; open it in Excel and remove the password first`,
      };
    case "legacy-xls":
      return {
        th: `ไฟล์ ${file} เป็น Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx ก่อน`,
        en: `${file} is a legacy Excel 97-2003 (.xls) file; save it as .xlsx first`,
      };
    case "not-xlsx":
      return {
        th: `ไฟล์ ${file} ไม่ใช่ไฟล์ Excel (.xlsx)`,
        en: `${file} is not an Excel workbook (.xlsx)`,
      };
    case "corrupt":
      return {
        th: `ไฟล์ ${file} เสียหายหรือไม่ครบ อ่านไม่ได้${thSuffix}`,
        en: `${file} is damaged or incomplete and cannot be read${suffix}`,
      };
    case "not-found":
      return { th: `ไม่พบไฟล์ ${file}`, en: `${file} does not exist` };
    case "unreadable":
      return { th: `เปิดไฟล์ ${file} ไม่ได้${thSuffix}`, en: `${file} cannot be opened${suffix}` };
  }
}

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** BIFF2–BIFF5 workbooks (Excel 2–95) start with a BOF record, not with a CFB header. */
const BIFF_BOF = [
  [0x09, 0x00],
  [0x09, 0x02],
  [0x09, 0x04],
  [0x09, 0x08],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when `bytes` contains `text` encoded as UTF-16LE (how CFB directory entries name streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Which compound file this is. Excel saves a password-protected .xlsx as an OLE compound file with
 * "EncryptedPackage"/"EncryptionInfo" streams; an Excel 97-2003 workbook holds a "Workbook" (or
 * "Book") stream. When neither name is found, the file name decides, and an .xlsx is taken for
 * an encrypted one, which is by far the usual reason for an .xlsx to be a compound file.
 */
function compoundFileProblem(bytes: Uint8Array, file: string): XlsxProblem {
  if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo"))
    return "encrypted";
  if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return "legacy-xls";
  return /\.xls$/i.test(file) ? "legacy-xls" : "encrypted";
}

/** Throws `XlsxReadError` when the bytes cannot be an .xlsx (empty, compound file, old BIFF, no zip). */
export function assertLooksLikeXlsx(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new XlsxReadError(file, "empty");
  if (startsWith(bytes, CFB_MAGIC)) throw new XlsxReadError(file, compoundFileProblem(bytes, file));
  if (BIFF_BOF.some((magic) => startsWith(bytes, magic)))
    throw new XlsxReadError(file, "legacy-xls");
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxReadError(file, "not-xlsx");
}
