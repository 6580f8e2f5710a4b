// XML 1.0 character classes for the tokenizer: names (NameStartChar/NameChar), white space, and the Char range.

/** Bit 1: may start a name; bit 2: may continue one. ASCII only: the rest is decided by ranges. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const start = letter || c === 0x3a /* : */ || c === 0x5f; /* _ */
  const rest = start || (c >= 0x30 && c <= 0x39) || c === 0x2d /* - */ || c === 0x2e; /* . */
  ASCII_NAME[c] = (start ? 1 : 0) | (rest ? 2 : 0);
}

/** NameStartChar of XML 1.0 fifth edition, for one UTF-16 code unit (astral ones are handled as pairs). */
function isWideNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

function isWideNameChar(c: number): boolean {
  return (
    isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040
  );
}

/** A high surrogate whose pair lies in U+10000–U+EFFFF, the astral part of NameStartChar. */
function isNameHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdb7f;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Whether a name can start at `at`: 1 code unit, 2 for a surrogate pair, 0 when it cannot, -1 when
 * the text ends before the answer is known (a high surrogate at the very end).
 */
export function nameStartLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return ASCII_NAME[c] & 1;
  if (isWideNameStart(c)) return 1;
  if (!isNameHighSurrogate(c)) return 0;
  if (at + 1 >= text.length) return -1;
  return isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 0;
}

/**
 * Where the name whose first character is at `start` ends (the first character that cannot
 * continue it), or `text.length` when the text runs out first and the name may go on.
 */
export function nameEnd(text: string, start: number): number {
  const end = text.length;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((ASCII_NAME[c] & 2) === 0) return i;
      i++;
    } else if (isWideNameChar(c)) i++;
    else if (isNameHighSurrogate(c)) {
      if (i + 1 >= end) return end;
      if (!isLowSurrogate(text.charCodeAt(i + 1))) return i;
      i += 2;
    } else return i;
  }
  return end;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Index of the first character in [from, to) outside XML 1.0's Char production, or -1. */
export function firstDisallowedChar(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c < 0x20) {
      if (c === 0x0a || c === 0x0d || c === 0x09) continue;
      return i;
    }
    if (c <= 0xdbff) {
      if (i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) i++;
      else return i;
    } else if (c <= 0xdfff || c >= 0xfffe) return i;
  }
  return -1;
}

/**
 * Character data of [from, to) with XML's end-of-line handling (CR LF and a lone CR become LF),
 * or null when it holds a character outside the Char range.
 */
export function charData(text: string, from: number, to: number): string | null {
  if (firstDisallowedChar(text, from, to) >= 0) return null;
  let cr = text.indexOf("\r", from);
  if (cr < 0 || cr >= to) return text.slice(from, to);
  let out = "";
  let start = from;
  while (cr >= 0 && cr < to) {
    out += text.slice(start, cr) + "\n";
    start = text.charCodeAt(cr + 1) === 0x0a && cr + 1 < to ? cr + 2 : cr + 1;
    cr = text.indexOf("\r", start);
  }
  return out + text.slice(start, to);
}

/**
 * The same string objects for a name seen before, and its local part (after the first colon): a
 * sheet repeats a handful of names millions of times, and a reused name costs no slice and no
 * property-key lookup. Slots are overwritten on collision; the cache only ever saves work.
 */
const ONE_CHARACTER = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

export class NameCache {
  private readonly names: string[] = new Array<string>(1024).fill("");
  private readonly localNames: string[] = new Array<string>(1024).fill("");
  /** The local part of the name returned last. */
  local = "";

  /** `text[from, to)`, taken from the cache when it holds it; sets `local`. */
  get(text: string, from: number, to: number): string {
    const length = to - from;
    if (length === 1) {
      // one-letter names (c, v, t, r, s) are V8's own single-character strings: no lookup at all
      const c = text.charCodeAt(from);
      if (c < 128) {
        this.local = c === 0x3a ? "" : ONE_CHARACTER[c];
        return ONE_CHARACTER[c];
      }
    }
    const slot = (length * 97 + text.charCodeAt(from) * 31 + text.charCodeAt(to - 1)) & 1023;
    const known = this.names[slot];
    if (known.length === length) {
      let i = 0;
      while (i < length && known.charCodeAt(i) === text.charCodeAt(from + i)) i++;
      if (i === length) {
        this.local = this.localNames[slot];
        return known;
      }
    }
    const name = text.slice(from, to);
    this.names[slot] = name;
    const colon = name.indexOf(":");
    this.local = this.localNames[slot] = colon < 0 ? name : name.slice(colon + 1);
    return name;
  }
}
