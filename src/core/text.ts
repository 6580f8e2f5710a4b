// Text normalisation shared by every reader: NFC, NBSP, zero-width characters, Thai digits.
import { HASH_PRIME, HASH_SEED, finishHash } from "./key-index";

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NBSP = /[\u00A0\u2007\u202F]/g;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;
/** Whitespace that folding changes: anything but a single space (a tab, NBSP, two spaces, …). */
const FOLDABLE_SPACE = /[^\S ]| {2}/;

const THAI_FIRST = 0x0e00;
const THAI_LAST = 0x0e7f;
const THAI_DIGIT_ZERO = 0x0e50;
const THAI_DIGIT_NINE = 0x0e59;

/**
 * Canonical combining class of a Thai character (Unicode: sara u/uu 103, phinthu 9, tone marks
 * 107, all others 0). NFC reorders a mark that follows a mark of a higher class.
 */
function thaiCombiningClass(code: number): number {
  if (code === 0x0e38 || code === 0x0e39) return 103;
  if (code === 0x0e3a) return 9;
  if (code >= 0x0e48 && code <= 0x0e4b) return 107;
  return 0;
}

/**
 * True when cleanText would return the text unchanged: no space at either end, no NBSP or
 * zero-width character, and already NFC. Almost every cell passes, and this one scan is far
 * cheaper than normalize() plus two replaces. Characters below U+0300 (no combining marks
 * follow them here) and Thai (no canonical compositions; only mark order can change) are NFC
 * as they stand; anything else takes the full path.
 */
function isAlreadyClean(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  if (text.charCodeAt(0) <= 0x20 || text.charCodeAt(length - 1) <= 0x20) return false;
  // One native regex scan: about twice as fast as the same test char by char in JS on Thai names.
  return !NOT_CLEAN.test(text);
}

/**
 * What makes a text need cleanText: NBSP or a soft hyphen, anything from U+0300 up outside Thai
 * (combining marks, other scripts, zero-width characters: the full path decides), or two Thai
 * marks out of canonical order (a tone mark, class 107, before sara u/uu, 103, or phinthu, 9;
 * sara u/uu before phinthu), which NFC would reorder.
 * The classes list marks as single code points on purpose: the pairs are what is being tested.
 */
// eslint-disable-next-line no-misleading-character-class
const NOT_CLEAN = /[\u00a0\u00ad\u0300-\u0dff\u0e80-\uffff]|[\u0e48-\u0e4b][\u0e38-\u0e3a]|[\u0e38\u0e39]\u0e3a/;

/** True when cleanText would return the text unchanged (almost every cell): one scan, no copy. */
export function isCleanText(text: string): boolean {
  return isAlreadyClean(text);
}

/** True for a non-empty text of ASCII digits 0–9 only (what `^\d+$` matches without the u flag). */
export function isAsciiDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function hasThaiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= THAI_DIGIT_ZERO && code <= THAI_DIGIT_NINE) return true;
  }
  return false;
}

/** True when toLowerCase could change the text (Thai and digits never change). */
function mayHaveUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && (code < THAI_FIRST || code > THAI_LAST)))
      return true;
  }
  return false;
}

/** Thai digits ๐–๙ to ASCII 0–9. */
export function thaiDigitsToAscii(text: string): string {
  if (!hasThaiDigit(text)) return text;
  return text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - THAI_DIGIT_ZERO));
}

/** ASCII digits to Thai digits (for memos). */
export function asciiDigitsToThai(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_DIGIT_ZERO + Number(d)));
}

/** Display form: NFC, NBSP → space, zero-width removed, trimmed. Internal spacing kept. */
export function cleanText(text: string): string {
  if (isAlreadyClean(text)) return text;
  return text.normalize("NFC").replace(ZERO_WIDTH, "").replace(NBSP, " ").trim();
}

/** True when the text is empty once cleaned: only whitespace, NBSP and zero-width characters. */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  // A first character that is plainly visible (ASCII or Thai) settles it without cleaning the text.
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= THAI_FIRST && first <= THAI_LAST)) return false;
  return cleanText(text) === "";
}

/** What folding a text takes: nothing, lower-casing ASCII letters only, or the full path. */
const enum FoldWork {
  None,
  LowerAscii,
  Full,
}

/**
 * The least work foldText needs for this text: nothing when it is clean already with no Thai
 * digit, upper-case letter or whitespace but single spaces; lower-casing only when its one
 * departure is ASCII capitals (project ids such as "MOL-0001"). One scan, where the full path
 * makes four; most names and ids pass.
 */
function foldWork(text: string): FoldWork {
  const length = text.length;
  if (length === 0) return FoldWork.None;
  if (text.charCodeAt(0) <= 0x20 || text.charCodeAt(length - 1) <= 0x20) return FoldWork.Full;
  let previousClass = 0;
  let previousSpace = false;
  let upperAscii = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= THAI_FIRST && code <= THAI_LAST) {
      if (code >= THAI_DIGIT_ZERO && code <= THAI_DIGIT_NINE) return FoldWork.Full;
      const combiningClass = thaiCombiningClass(code);
      if (combiningClass !== 0 && previousClass > combiningClass) return FoldWork.Full;
      previousClass = combiningClass;
      previousSpace = false;
    } else if (code === 0x20) {
      if (previousSpace) return FoldWork.Full;
      previousSpace = true;
      previousClass = 0;
    } else if (code > 0x20 && code < 0x7f) {
      if (code >= 0x41 && code <= 0x5a) upperAscii = true;
      previousSpace = false;
      previousClass = 0;
    } else {
      return FoldWork.Full;
    }
  }
  return upperAscii ? FoldWork.LowerAscii : FoldWork.None;
}

/** What the last foldHash call found, kept here so a call per cell makes no object. */
export const foldScan = {
  /** The text needs foldText's full path: foldHash's hash is then not the folded text's. */
  full: false,
  /** The text has ASCII capitals (its folded form is its toLowerCase()). */
  upper: false,
  /** The text has a space (single spaces only, unless `full`). */
  space: false,
};

/**
 * hashKey of the text's folded form (foldText), with its spaces left out when `skipSpaces` (as
 * project id keys are), worked out in the one scan that also tells whether folding changes the
 * text; see `foldScan`. When `foldScan.full`, the hash is meaningless: fold the text and hash that.
 */
export function foldHash(text: string, skipSpaces: boolean): number {
  foldScan.full = false;
  foldScan.upper = false;
  foldScan.space = false;
  const length = text.length;
  if (length === 0) return finishHash(HASH_SEED);
  if (text.charCodeAt(0) <= 0x20 || text.charCodeAt(length - 1) <= 0x20) {
    foldScan.full = true;
    return 0;
  }
  let h = HASH_SEED;
  let previousClass = 0;
  let previousSpace = false;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code >= THAI_FIRST && code <= THAI_LAST) {
      const combiningClass = thaiCombiningClass(code);
      if ((code >= THAI_DIGIT_ZERO && code <= THAI_DIGIT_NINE) || (combiningClass !== 0 && previousClass > combiningClass)) {
        foldScan.full = true;
        return 0;
      }
      previousClass = combiningClass;
      previousSpace = false;
    } else if (code === 0x20) {
      if (previousSpace) {
        foldScan.full = true;
        return 0;
      }
      previousSpace = true;
      previousClass = 0;
      foldScan.space = true;
      if (skipSpaces) continue;
    } else if (code > 0x20 && code < 0x7f) {
      if (code >= 0x41 && code <= 0x5a) {
        foldScan.upper = true;
        code += 0x20;
      }
      previousSpace = false;
      previousClass = 0;
    } else {
      foldScan.full = true;
      return 0;
    }
    h = Math.imul(h ^ code, HASH_PRIME);
  }
  return finishHash(h);
}

/** Matching form: clean, whitespace runs folded to one space, case-folded, Thai digits as ASCII. */
export function foldText(text: string): string {
  const work = foldWork(text);
  if (work === FoldWork.None) return text;
  if (work === FoldWork.LowerAscii) return text.toLowerCase();
  let folded = thaiDigitsToAscii(cleanText(text));
  if (FOLDABLE_SPACE.test(folded)) folded = folded.replace(/\s+/g, " ");
  return mayHaveUpperCase(folded) ? folded.toLowerCase() : folded;
}

/**
 * Comparison key of a project id: folded (NFC, case, Thai digits) with all whitespace removed, so
 * `p 001` and `P001` are one id; undefined when nothing is left.
 */
export function idKeyOf(id: string): string | undefined {
  const folded = foldText(id);
  const key = /\s/.test(folded) ? folded.replace(/\s/g, "") : folded;
  return key === "" ? undefined : key;
}

/** Key form for codes and names where spaces and dots are not significant (departments). */
export function compactKey(text: string): string {
  return foldText(text).replace(/[\s.]/g, "");
}
