// Unusable files: encrypted and legacy compound files, truncated and garbage zips, zips that are no workbook.
"use strict";
const { handMadePackage, sheetXml, trackerRows, validRow } = require("./common");

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A compound-file header followed by directory entry names in UTF-16LE, as Excel's encrypted files carry. */
function compoundFile(streamNames) {
  const header = Buffer.alloc(512);
  CFB_MAGIC.copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const names = Buffer.concat(streamNames.map((n) => Buffer.from(`${n}\0`, "utf16le")));
  const body = Buffer.alloc(4096);
  names.copy(body, 0);
  return Buffer.concat([header, body]);
}

/** A deterministic pseudo-random byte stream (xorshift), for garbage that stays the same between runs. */
function garbage(length, seed = 2569) {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const goodTracker = () =>
  handMadePackage([{ name: "Tracker", xml: sheetXml(trackerRows([validRow(1), validRow(2)])) }]);

const FILES = [
  {
    name: "password-protected.xlsx",
    expect: "line",
    about:
      "an OLE compound file with EncryptionInfo and EncryptedPackage streams (how Excel saves with a password)",
    build: async () =>
      compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
  },
  {
    name: "legacy-xls-renamed.xlsx",
    expect: "line",
    about: "an Excel 97-2003 compound file renamed to .xlsx",
    build: async () => compoundFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]),
  },
  {
    name: "zero-bytes.xlsx",
    expect: "line",
    about: "an empty file",
    build: async () => Buffer.alloc(0),
  },
  {
    name: "truncated-zip.xlsx",
    expect: "line",
    about: "a valid workbook cut off after 60% of its bytes",
    build: async () => {
      const whole = await goodTracker();
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  },
  {
    name: "garbage-after-zip-magic.xlsx",
    expect: "line",
    about: "PK\\x03\\x04 then random bytes",
    build: async () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), garbage(8192)]),
  },
  {
    name: "flipped-bytes.xlsx",
    expect: "either",
    about: "a valid workbook with bytes flipped inside its compressed sheet data (CRC mismatch)",
    build: async () => {
      const whole = Buffer.from(await goodTracker());
      for (let i = 200; i < whole.length - 200; i += 97) whole[i] ^= 0x5a;
      return whole;
    },
  },
  {
    name: "html-named-xlsx.xlsx",
    expect: "line",
    about: "an HTML table saved with an .xlsx name (a common export from web systems)",
    build: async () =>
      Buffer.from("<html><body><table><tr><td>รหัสโครงการ</td></tr></table></body></html>", "utf8"),
  },
  {
    name: "zip-without-workbook.xlsx",
    expect: "line",
    about: "a valid zip holding a text file and no workbook",
    build: async () =>
      handMadePackage([], {
        omit: [
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "_rels/.rels",
          "[Content_Types].xml",
        ],
        extraFiles: { "readme.txt": "not a workbook" },
      }),
  },
  {
    name: "workbook-no-sheets.xlsx",
    expect: "line",
    about: "a workbook part with an empty <sheets/>",
    build: async () => handMadePackage([]),
  },
  {
    name: "missing-sheet-part.xlsx",
    expect: "either",
    about: "the workbook lists a sheet whose part is not in the zip",
    build: async () =>
      handMadePackage(
        [
          { name: "Tracker", xml: sheetXml(trackerRows([validRow(1)])) },
          { name: "Gone", xml: "" },
        ],
        { omit: ["xl/worksheets/sheet2.xml"] }
      ),
  },
  {
    name: "malformed-workbook-xml.xlsx",
    expect: "line",
    about: "xl/workbook.xml cut off in the middle of a tag",
    build: async () =>
      handMadePackage([{ name: "Tracker", xml: sheetXml(trackerRows([validRow(1)])) }], {
        extraFiles: {
          "xl/workbook.xml":
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Tra',
        },
      }),
  },
  {
    name: "malformed-sheet-xml.xlsx",
    expect: "either",
    about: "a sheet whose XML stops in the middle of a row",
    build: async () =>
      handMadePackage([
        { name: "Tracker", xml: sheetXml(trackerRows([validRow(1), validRow(2)])).slice(0, 900) },
      ]),
  },
];

module.exports = { FILES };
