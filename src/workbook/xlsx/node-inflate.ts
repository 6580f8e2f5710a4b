// Node-only: zlib's native inflate, deflate and CRC-32 for package parts, several times faster than JSZip's JavaScript ones.
import { createInflateRaw, deflateRawSync, crc32 as zlibCrc32 } from "zlib";
import type { ChunkStream, PartCodec } from "./part-codec";
import type { ZipDeflater } from "./zip-write";

/** Inflated chunks this large keep the parser's per-chunk overhead small without holding much at once. */
const CHUNK_BYTES = 256 * 1024;

/**
 * The command line's codec: a raw-deflate stream from Node's zlib (the compressed bytes are already
 * in memory, so the whole input is written at once and inflated output flows out chunk by chunk),
 * and zlib's CRC-32. Errors of damaged bytes arrive as the stream's "error" event, as JSZip's do.
 * Its deflate writes the report: level 6, JSZip's default, so the file is as small as before.
 */
export const NODE_PART_CODEC: PartCodec & ZipDeflater = {
  inflateRaw(compressed: Uint8Array): ChunkStream {
    const stream = createInflateRaw({ chunkSize: CHUNK_BYTES });
    stream.pause();
    stream.end(compressed);
    return stream as unknown as ChunkStream;
  },
  crc32: (crc: number, bytes: Uint8Array) => zlibCrc32(bytes, crc),
  deflateRaw: (bytes: Uint8Array) => deflateRawSync(bytes, { level: 6 }),
};
