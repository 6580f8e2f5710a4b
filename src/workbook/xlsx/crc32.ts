// CRC-32 (the zip checksum), computed chunk by chunk as a part inflates, to tell damaged bytes from bad XML.

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 of everything so far: `crc` of the earlier chunks (0 to start), then `bytes`. */
export function crc32(crc: number, bytes: Uint8Array): number {
  let c = crc ^ -1;
  for (let i = 0; i < bytes.length; i++) c = (c >>> 8) ^ TABLE[(c ^ bytes[i]) & 0xff];
  return (c ^ -1) >>> 0;
}
