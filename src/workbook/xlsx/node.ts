// Node-only: opening an .xlsx file by path and making new workbooks for the command line (reading and writing are shared with browsers).
import { promises as fs } from "fs";
import { basename } from "path";
import { ProblemDetail, XlsxReadError } from "./errors";
import { NODE_PART_CODEC } from "./node-inflate";
import { openXlsx } from "./read";
import { XlsxSource } from "./store";
import type { XlsxTarget } from "./target";

/** File-system failures in the user's words (Node's own messages name syscalls). */
const FS_DETAILS: Record<string, ProblemDetail> = {
  EACCES: { th: "ไม่มีสิทธิ์อ่านไฟล์", en: "permission denied" },
  EPERM: { th: "ไม่มีสิทธิ์อ่านไฟล์", en: "permission denied" },
  EISDIR: { th: "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", en: "it is a folder, not a file" },
  EMFILE: { th: "เปิดไฟล์พร้อมกันมากเกินไป", en: "too many files are open" },
  EIO: { th: "อ่านดิสก์ไม่ได้", en: "the disk could not be read" },
};

async function readFileBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENOENT") throw new XlsxReadError(label, "not-found", undefined, error);
    throw new XlsxReadError(label, "unreadable", FS_DETAILS[code] ?? code, error);
  }
}

/**
 * Opens an .xlsx file for reading. The compressed file is read whole (it is small next to any
 * object model); each part is then inflated and parsed as a stream, and only values and
 * format ids are kept; parts are inflated by Node's zlib. `label` names the file in messages and
 * findings; default: its base name.
 */
export async function openXlsxFile(
  path: string,
  label: string = basename(path)
): Promise<XlsxSource> {
  return openXlsx(await readFileBytes(path, label), label, NODE_PART_CODEC);
}

/**
 * A target for the command line's new workbooks: exceljs's Workbook module alone (its package entry
 * also loads the stream reader and writer, unzipper and archiver, which no command uses: about
 * 150 ms of CPU), and the package deflated by Node's zlib. Loaded on first use, so `check`, which
 * writes nothing, never loads exceljs at all.
 */
export async function createXlsxFileTarget(): Promise<XlsxTarget> {
  const [{ default: Workbook }, { XlsxTarget }] = await Promise.all([
    import("exceljs/lib/doc/workbook"),
    import("./target"),
  ]);
  return new XlsxTarget({ Workbook, deflater: NODE_PART_CODEC });
}
