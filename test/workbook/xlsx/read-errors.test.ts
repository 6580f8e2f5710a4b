// Unusable input: both readers throw XlsxReadError with Thai and English messages naming the file.
import JSZip from "jszip";
import { XlsxProblem, XlsxReadError } from "../../../src/workbook/xlsx/errors";
import { openXlsxFile } from "../../../src/workbook/xlsx/node";
import { openXlsx } from "../../../src/workbook/xlsx/read";
import { tempDir } from "../../helpers/xlsx-build";
import { mixedWorkbook } from "./fixtures";

const temp = tempDir("xlsx-bad");
afterAll(() => temp.cleanup());

const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: its header, then a directory entry naming `stream` in UTF-16LE. */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(CFB_HEADER, 0);
  Array.from(stream).forEach((ch, i) => {
    bytes[1024 + 2 * i] = ch.charCodeAt(0);
  });
  return bytes;
}

/** Deterministic noise (no Math.random, so a failure can be replayed). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

async function docxLikeZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", "<w:document/>");
  return zip.generateAsync({ type: "uint8array" });
}

const cases: [string, () => Promise<Uint8Array> | Uint8Array, XlsxProblem][] = [
  ["an empty file", () => new Uint8Array(0), "empty"],
  ["random bytes", () => noise(4096), "not-xlsx"],
  [
    "a password-protected .xlsx (CFB with EncryptedPackage)",
    () => compoundFile("EncryptedPackage"),
    "encrypted",
  ],
  ["a legacy .xls (CFB with a Workbook stream)", () => compoundFile("Workbook"), "legacy-xls"],
  [
    "a bare compound-file header in an .xlsx (taken for encrypted)",
    () => compoundFile(""),
    "encrypted",
  ],
  [
    "an Excel 5 BIFF file",
    () => new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]),
    "legacy-xls",
  ],
  ["a zip that is not a workbook", docxLikeZip, "not-xlsx"],
  ["a truncated .xlsx", async () => (await mixedWorkbook()).slice(0, 3000), "corrupt"],
];

describe.each(cases)("%s", (_name, makeBytes, problem) => {
  async function caught(open: () => Promise<unknown>): Promise<XlsxReadError> {
    const error = await open().then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    return error as XlsxReadError;
  }

  it("is refused by the full loader with both messages naming the file", async () => {
    const bytes = await makeBytes();
    const error = await caught(() => openXlsx(bytes, "ข้อมูล.xlsx"));
    expect(error.problem).toBe(problem);
    expect(error.th).toContain("ข้อมูล.xlsx");
    expect(error.en).toContain("ข้อมูล.xlsx");
    expect(error.th).not.toBe(error.en);
    expect(error.message).toBe(error.en);
  });

  it("is refused the same way by the streaming reader", async () => {
    const path = temp.file(`bad-${problem}.xlsx`, await makeBytes());
    const error = await caught(() => openXlsxFile(path, "bad.xlsx"));
    expect(error.problem).toBe(problem);
    expect(error.en).toContain("bad.xlsx");
  });
});

it("reports a missing file as not found", async () => {
  const error = await openXlsxFile(`${temp.dir}/nope.xlsx`).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(XlsxReadError);
  expect((error as XlsxReadError).problem).toBe("not-found");
  expect((error as XlsxReadError).th).toContain("nope.xlsx");
});

it("takes a bare compound file named .xls for a legacy workbook", async () => {
  const error = await openXlsx(compoundFile(""), "old.xls").catch((e: unknown) => e);
  expect((error as XlsxReadError).problem).toBe("legacy-xls");
});
