// How a package part's bytes are inflated and checksummed: JSZip's own JavaScript unless the platform gives faster ones.
import type JSZip from "jszip";

/** A stream of inflated chunks (JSZip's entry stream and Node's zlib streams both have this shape). */
export interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/**
 * A platform's native inflate and CRC-32 (the command line passes Node's zlib: NODE_PART_CODEC).
 * Browsers have no synchronous native inflate, so there the reader keeps JSZip's.
 */
export interface PartCodec {
  inflateRaw(compressed: Uint8Array): ChunkStream;
  crc32(crc: number, bytes: Uint8Array): number;
}

const codecs = new WeakMap<JSZip, PartCodec>();

/**
 * Gives an opened zip the platform's codec. It travels with the zip, which every part reader
 * (sheets, shared strings, styles, relationships) is handed, so none of them needs a parameter.
 */
export function useCodec(zip: JSZip, codec: PartCodec | undefined): void {
  if (codec) codecs.set(zip, codec);
}

/** The codec given to `zip`, if any. */
export function codecOf(zip: JSZip): PartCodec | undefined {
  return codecs.get(zip);
}

/** What JSZip keeps of an entry it loaded from bytes (internal, missing from its typings). */
interface LoadedEntryData {
  readonly crc32?: unknown;
  readonly compression?: { readonly magic?: unknown };
  readonly compressedContent?: unknown;
}

function loadedData(entry: JSZip.JSZipObject): LoadedEntryData | undefined {
  return (entry as unknown as { _data?: LoadedEntryData })._data;
}

/** The CRC-32 the zip directory records for an entry JSZip loaded from bytes (null when unknown). */
export function recordedCrc(entry: JSZip.JSZipObject): number | null {
  const crc = loadedData(entry)?.crc32;
  return typeof crc === "number" ? crc >>> 0 : null;
}

/** JSZip's marker of the deflate method (zip method 8). */
const DEFLATE_MAGIC = "\x08\x00";

/**
 * The entry's inflated chunks: through `codec` when the entry is deflated bytes JSZip loaded
 * (every part of a real .xlsx), else through JSZip (stored entries, entries JSZip built itself).
 */
export function partChunks(entry: JSZip.JSZipObject, codec: PartCodec | undefined): ChunkStream {
  const data = loadedData(entry);
  if (
    codec &&
    data?.compression?.magic === DEFLATE_MAGIC &&
    data.compressedContent instanceof Uint8Array
  )
    return codec.inflateRaw(data.compressedContent);
  return (entry as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream(
    "uint8array"
  );
}
