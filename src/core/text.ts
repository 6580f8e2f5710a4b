// Text normalisation shared by every reader: NFC, NBSP, zero-width characters, Thai digits.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NBSP = /[\u00A0\u2007\u202F]/g;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;

/** Thai digits ๐–๙ to ASCII 0–9. */
export function thaiDigitsToAscii(text: string): string {
  return text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** ASCII digits to Thai digits (for memos). */
export function asciiDigitsToThai(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

/** Display form: NFC, NBSP → space, zero-width removed, trimmed. Internal spacing kept. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(ZERO_WIDTH, "").replace(NBSP, " ").trim();
}

/** Matching form: clean, whitespace runs folded to one space, case-folded, Thai digits as ASCII. */
export function foldText(text: string): string {
  return thaiDigitsToAscii(cleanText(text)).replace(/\s+/g, " ").toLowerCase();
}

/** Key form for codes and names where spaces and dots are not significant (departments). */
export function compactKey(text: string): string {
  return foldText(text).replace(/[\s.]/g, "");
}
