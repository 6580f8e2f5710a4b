// Entity and character references of a document without a DTD: the five predefined names and &#NN; / &#xHH;.

/**
 * Whether a character can appear between `&` and `;` of a reference we accept. Anything else
 * (space, `<`, a second `&`, …) means the reference is malformed, which the tokenizer reports as
 * soon as it sees it instead of waiting for a `;` that may never come.
 */
export function isReferenceChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0x41 && c <= 0x5a) || // A-Z
    c === 0x23 // #
  );
}

/** Where the reference whose `&` is at `amp` stops: its `;`, another character, or the end of text. */
export function referenceEnd(text: string, amp: number): number {
  const end = text.length;
  let i = amp + 1;
  while (i < end && isReferenceChar(text.charCodeAt(i))) i++;
  return i;
}

function isXmlChar(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0xd7ff) ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09 ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function characterReference(text: string, from: number, to: number): string | null {
  const hex = text.charCodeAt(from + 1) === 0x78; // only a lower-case x, as XML says
  const digitsFrom = from + (hex ? 2 : 1);
  if (digitsFrom >= to) return null;
  let code = 0;
  for (let i = digitsFrom; i < to; i++) {
    const c = text.charCodeAt(i);
    let digit: number;
    if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
    else if (hex && c >= 0x61 && c <= 0x66) digit = c - 0x57;
    else if (hex && c >= 0x41 && c <= 0x46) digit = c - 0x37;
    else return null;
    code = code * (hex ? 16 : 10) + digit;
    // leading zeros are allowed, so only the value, not the length, is bounded
    if (code > 0x10ffff) return null;
  }
  return isXmlChar(code) ? String.fromCodePoint(code) : null;
}

/**
 * The text a reference stands for, given its name between `&` (excluded) at `from` and `;` at `to`;
 * null for an undefined entity or a character reference to a character XML does not allow.
 */
export function decodeReference(text: string, from: number, to: number): string | null {
  const first = text.charCodeAt(from);
  if (first === 0x23) return characterReference(text, from, to);
  switch (to - from) {
    case 2:
      if (text.charCodeAt(from + 1) !== 0x74) return null; // …t
      return first === 0x6c ? "<" : first === 0x67 ? ">" : null; // lt, gt
    case 3:
      return text.startsWith("amp", from) ? "&" : null;
    case 4:
      if (text.startsWith("quot", from)) return '"';
      return text.startsWith("apos", from) ? "'" : null;
    default:
      return null;
  }
}
