// Streams one package part through our XML tokenizer (xml-scan): zip chunks → one text decoder → events; DTDs are refused.
import type JSZip from "jszip";
import { crc32 } from "./crc32";
import { ChunkStream, codecOf, partChunks, recordedCrc } from "./part-codec";
import {
  PartFailure,
  partDeclaresDtd,
  partNotDecompressed,
  partNotWellFormed,
} from "./part-failure";
import { XmlScanEvents, XmlScanner, XmlSyntaxError } from "./xml-scan";

/**
 * Receives a part's elements by local name (any namespace prefix dropped) and its text, which may
 * come in several calls (concatenate them); text outside the root element is not reported.
 */
export type XmlHandler = XmlScanEvents;

/**
 * One decoder for the whole part, so a Thai character (3 bytes) split between two zip chunks stays
 * whole. Excel writes UTF-8; a byte-order mark of UTF-16 is honoured, as XML allows.
 */
class PartDecoder {
  private decoder: TextDecoder | null = null;

  decode(chunk: Uint8Array): string {
    if (!this.decoder) {
      const utf16 = chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : null;
      const encoding = chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : utf16;
      this.decoder = new TextDecoder(encoding ?? "utf-8");
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  finish(): string {
    return this.decoder ? this.decoder.decode() : "";
  }
}

function scannerFor(part: string, handler: XmlHandler): XmlScanner {
  // A workbook never has a DTD, so one is refused outright: XXE and billion-laughs files stop
  // here, and no entity a file declares is ever expanded.
  return new XmlScanner(handler, () => {
    throw partDeclaresDtd(part);
  });
}

/** The tokenizer's syntax errors in the user's words; a handler's own error passes through. */
function asPartFailure(part: string, error: unknown): unknown {
  return error instanceof XmlSyntaxError
    ? partNotWellFormed(part, error.line, error.column, error.reason)
    : error;
}

/**
 * Parses the part at `path` chunk by chunk as it is inflated, so a 100,000-row sheet never exists
 * as one string. Resolves false when the zip has no such part. Rejects with a PartFailure for
 * bytes that do not inflate or XML that is not well-formed; a handler's own error passes through.
 * When parsing fails, the rest of the part is still inflated to check its CRC-32: damaged bytes
 * that happen to inflate are reported as damage, not as the XML error they cause. Inflating and
 * the CRC-32 use the platform codec given to the zip (`useCodec`), else JSZip's own.
 */
export function parseXmlPart(zip: JSZip, path: string, handler: XmlHandler): Promise<boolean> {
  const entry = zip.file(path);
  if (!entry) return Promise.resolve(false);
  const scanner = scannerFor(path, handler);
  const decoder = new PartDecoder();
  const expectedCrc = recordedCrc(entry);
  const codec = codecOf(zip);
  const checksum = codec ? codec.crc32 : crc32;
  const stream: ChunkStream = partChunks(entry, codec);
  return new Promise<boolean>((resolve, reject) => {
    let settled = false;
    let crc = 0;
    let parseError: unknown = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(error);
    };
    const afterParseError = (error: unknown) => {
      parseError = error;
      if (expectedCrc === null) fail(error);
    };
    // JSZip (or zlib) calls these from its own scheduler: an exception must not escape into it
    stream.on("data", (chunk) => {
      if (settled) return;
      if (expectedCrc !== null) crc = checksum(crc, chunk);
      if (parseError !== null) return;
      try {
        scanner.write(decoder.decode(chunk));
      } catch (error) {
        afterParseError(asPartFailure(path, error));
      }
    });
    stream.on("error", (error) =>
      fail(error instanceof PartFailure ? error : partNotDecompressed(path, error))
    );
    stream.on("end", () => {
      if (settled) return;
      if (expectedCrc !== null && crc !== expectedCrc)
        return fail(partNotDecompressed(path, new Error(`CRC-32 ${crc} is not ${expectedCrc}`)));
      if (parseError !== null) return fail(parseError);
      try {
        scanner.write(decoder.finish());
        scanner.close();
        settled = true;
        resolve(true);
      } catch (error) {
        fail(asPartFailure(path, error));
      }
    });
    stream.resume();
  });
}

/** One element of a small part: its local name and attributes. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * The elements named in `names` of a small, machine-written part (workbook, relationships, tables),
 * in document order; null when the zip has no such part. Malformed XML is an error, not a guess.
 */
export async function readElements(
  zip: JSZip,
  path: string,
  names: readonly string[]
): Promise<XmlElement[] | null> {
  const wanted = new Set(names);
  const found: XmlElement[] = [];
  const present = await parseXmlPart(zip, path, {
    open(name, attributes) {
      if (wanted.has(name)) found.push({ name, attributes });
    },
    text() {},
    close() {},
  });
  return present ? found : null;
}
