// Why a part of the package could not be read, in plain Thai and English, and how any reader failure becomes an XlsxReadError.
import { ProblemDetail, XlsxReadError } from "./errors";

/**
 * A package part that cannot be read. Thrown inside the reader and turned into an
 * XlsxReadError ("corrupt") at its edge, so the user sees what is wrong in words, not a stack.
 */
export class PartFailure extends Error {
  constructor(
    readonly part: string,
    readonly detail: { readonly th: string; readonly en: string },
    readonly underlying?: unknown
  ) {
    super(detail.en);
    this.name = "PartFailure";
  }
}

export function partNotDecompressed(part: string, underlying: unknown): PartFailure {
  return new PartFailure(
    part,
    {
      th: `ส่วน ${part} ของไฟล์เสียหาย คลายการบีบอัดไม่ได้`,
      en: `a part of the file is damaged and could not be decompressed: ${part}`,
    },
    underlying
  );
}

/** `reason` is the tokenizer's own short English phrase (xml-scan: "unclosed element <row>", "unterminated comment"). */
export function partNotWellFormed(
  part: string,
  line: number,
  column: number,
  reason: string
): PartFailure {
  return new PartFailure(part, {
    th: `ข้อมูล XML ใน ${part} ไม่สมบูรณ์ที่บรรทัด ${line} ตำแหน่ง ${column}`,
    en: `the XML of ${part} is broken at line ${line}, column ${column}: ${reason.replace(/\.$/, "")}`,
  });
}

/** Workbooks never need a DTD; one is how XML entity attacks (XXE, billion laughs) come in. */
export function partDeclaresDtd(part: string): PartFailure {
  return new PartFailure(part, {
    th: `${part} มีการประกาศ DTD ซึ่งไฟล์ Excel ไม่ใช้ จึงไม่อ่านไฟล์นี้เพื่อความปลอดภัย`,
    en: `${part} declares a DTD, which Excel files never contain; refused for safety`,
  });
}

export function partMissing(part: string): PartFailure {
  return new PartFailure(part, {
    th: `ไม่มีส่วน ${part} ที่สมุดงานอ้างถึง`,
    en: `the workbook refers to ${part}, which is not in the file`,
  });
}

/** What JSZip's messages about the zip directory mean to a user. */
function zipDetail(error: unknown): ProblemDetail {
  const message = error instanceof Error ? error.message : String(error);
  if (/encrypted/i.test(message))
    return { th: "รายการในไฟล์ zip ถูกเข้ารหัส", en: "its zip entries are encrypted" };
  return {
    th: "โครงสร้าง zip ของไฟล์ไม่สมบูรณ์ ไฟล์อาจถูกตัดหรือดาวน์โหลดไม่ครบ",
    en: "its zip structure could not be read; the file may be cut short or incompletely downloaded",
  };
}

/** A failure of JSZip to open the zip at all. */
export function zipReadError(label: string, error: unknown): XlsxReadError {
  return new XlsxReadError(label, "corrupt", zipDetail(error), error);
}

/**
 * Any failure while reading parts. A PartFailure carries its own words; anything else (a bug of
 * ours or of a library on input nobody foresaw) is named by the part being read, and its
 * JavaScript message is kept only as the cause.
 */
export function readFailure(label: string, error: unknown, part: string): XlsxReadError {
  if (error instanceof XlsxReadError) return error;
  if (error instanceof PartFailure)
    return new XlsxReadError(label, "corrupt", error.detail, error.underlying ?? error);
  return new XlsxReadError(
    label,
    "corrupt",
    { th: `อ่านส่วน ${part} ไม่ได้`, en: `unexpected content in ${part}` },
    error
  );
}
