// Writes a zip package from its entries with a platform's native deflate and CRC-32 (JSZip offers no way to plug them in).

/** A platform's raw deflate and CRC-32 (the command line's: Node's zlib, see node-inflate.ts). */
export interface ZipDeflater {
  deflateRaw(bytes: Uint8Array): Uint8Array;
  crc32(crc: number, bytes: Uint8Array): number;
}

/** One entry of the package, in the order it is to be written. */
export interface ZipEntry {
  readonly name: string;
  readonly dir: boolean;
  readonly date: Date;
  /** The uncompressed bytes (empty for a folder). */
  readonly data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const DIRECTORY_END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
/** "Version made by": MS-DOS attributes, version 2.0, as JSZip writes it. */
const MADE_BY_DOS = 0x0014;
const DOS_FOLDER = 0x10;
/** Beyond these the zip would need the Zip64 extensions, which this writer leaves out. */
const MAX_SIZE = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** MS-DOS time and date fields (2-second steps, UTC as JSZip writes them). */
function dosDateTime(date: Date): { time: number; day: number } {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day =
    (Math.max(0, date.getUTCFullYear() - 1980) << 9) |
    ((date.getUTCMonth() + 1) << 5) |
    date.getUTCDate();
  return { time, day };
}

interface Written {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly day: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly folder: boolean;
}

/** The fields local and central headers share, from "version needed" to "extra field length". */
function commonFields(view: DataView, at: number, w: Written): void {
  view.setUint16(at, w.method === DEFLATED ? 20 : 10, true); // version needed: 2.0 to inflate
  view.setUint16(at + 2, w.flags, true);
  view.setUint16(at + 4, w.method, true);
  view.setUint16(at + 6, w.time, true);
  view.setUint16(at + 8, w.day, true);
  view.setUint32(at + 10, w.crc, true);
  view.setUint32(at + 14, w.compressedSize, true);
  view.setUint32(at + 18, w.size, true);
  view.setUint16(at + 22, w.name.length, true);
  view.setUint16(at + 24, 0, true); // no extra field
}

/**
 * The zip file of `entries`: files deflated, folders stored, no data descriptors, no Zip64. Every
 * reader of .xlsx (Excel, LibreOffice, exceljs, JSZip) opens this plain form.
 */
export function writeZip(entries: readonly ZipEntry[], deflater: ZipDeflater): Uint8Array {
  if (entries.length > MAX_ENTRIES)
    throw new Error(`A zip of ${entries.length} entries needs Zip64`);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = entry.dir ? new Uint8Array(0) : deflater.deflateRaw(entry.data);
    if (entry.data.length > MAX_SIZE || offset > MAX_SIZE)
      throw new Error(`"${entry.name}" is too large for a zip without Zip64`);
    const w: Written = {
      name,
      flags: name.length !== entry.name.length ? UTF8_NAME : 0,
      method: entry.dir ? STORED : DEFLATED,
      ...dosDateTime(entry.date),
      crc: entry.dir ? 0 : deflater.crc32(0, entry.data),
      compressedSize: data.length,
      size: entry.dir ? 0 : entry.data.length,
      offset,
      folder: entry.dir,
    };
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL_HEADER, true);
    commonFields(view, 4, w);
    header.set(name, 30);
    chunks.push(header, data);
    written.push(w);
    offset += header.length + data.length;
  }
  const directoryStart = offset;
  for (const w of written) {
    const record = new Uint8Array(46 + w.name.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, CENTRAL_HEADER, true);
    view.setUint16(4, MADE_BY_DOS, true);
    commonFields(view, 6, w);
    // comment length, disk number, internal attributes: all 0
    view.setUint32(38, w.folder ? DOS_FOLDER : 0, true);
    view.setUint32(42, w.offset, true);
    record.set(w.name, 46);
    chunks.push(record);
    offset += record.length;
  }
  if (offset > MAX_SIZE) throw new Error("The package is too large for a zip without Zip64");
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, DIRECTORY_END, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryStart, true);
  view.setUint32(16, directoryStart, true);
  chunks.push(end);
  return concat(chunks, offset + end.length);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
