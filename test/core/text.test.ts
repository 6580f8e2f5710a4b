// isCleanText: the one-regex test answers as the character scan it replaced, and never calls a text clean that cleanText would change.
import fc from "fast-check";
import { cleanText, isAsciiDigits, isCleanText } from "../../src/core/text";

/** The character-by-character scan isCleanText used before (the oracle): ends, NBSP, soft hyphen, non-Thai from U+0300, Thai mark order. */
function scanIsClean(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20) return false;
  const classOf = (c: number) => (c === 0x0e38 || c === 0x0e39 ? 103 : c === 0x0e3a ? 9 : c >= 0x0e48 && c <= 0x0e4b ? 107 : 0);
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) previous = 0;
    else if (c >= 0x0e00 && c <= 0x0e7f) {
      const k = classOf(c);
      if (k !== 0 && previous > k) return false;
      previous = k;
    } else if (c < 0x300 && c !== 0xa0 && c !== 0xad) previous = 0;
    else return false;
  }
  return true;
}

const PIECES = [
  "a", "Z", "1", " ", "\t", "\n", "#", "\u00a0", "\u00ad", "\u00e9", "e\u0301", "\u0301", "\u200b", "\ufeff",
  "ก", "น", "\u0e34", "\u0e38", "\u0e39", "\u0e3a", "\u0e48", "\u0e49", "\u0e4b", "๑", "\u0e7f", "\u0e80", "😀", "\ud800",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(""));

describe("isCleanText", () => {
  it("answers as the character scan it replaced", () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 12 })), (t) => expect(isCleanText(t)).toBe(scanIsClean(t))), {
      numRuns: 5000,
    });
  });

  it("never calls a text clean that cleanText's full path would change", () => {
    const full = (t: string) => t.normalize("NFC").replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "").replace(/[\u00A0\u2007\u202F]/g, " ").trim();
    fc.assert(fc.property(text, (t) => !isCleanText(t) || (full(t) === t && cleanText(t) === t)), { numRuns: 5000 });
  });

  it("examples: tone mark before sara u is reordered by NFC, so not clean; the other order is", () => {
    expect(isCleanText("ก\u0e49\u0e38")).toBe(false);
    expect("ก\u0e49\u0e38".normalize("NFC")).not.toBe("ก\u0e49\u0e38");
    expect(isCleanText("ก\u0e38\u0e49")).toBe(true);
    expect(isCleanText("โครงการ\u00a0ก")).toBe(false);
    expect(isCleanText("P-001")).toBe(true);
  });
});

describe("isAsciiDigits", () => {
  it("is /^\\d+$/ (one or more ASCII digits only; Thai digits are not)", () => {
    for (const text of ["", "0", "0123456789", "๑๒", "12a", " 1", "1\n", "١"]) expect(isAsciiDigits(text)).toBe(/^\d+$/.test(text));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9]*$/)), (text) => isAsciiDigits(text) === /^\d+$/.test(text)));
  });
});
