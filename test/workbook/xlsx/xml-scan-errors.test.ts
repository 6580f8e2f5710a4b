// Malformed XML, one kind at a time: the tokenizer refuses what saxes refused, says where, and says why in short English.
import { XmlScanner, XmlSyntaxError } from "../../../src/workbook/xlsx/xml-scan";
import { DoctypeRefused, saxesOutcome, scanOutcome, splitAt } from "./xml-scan-oracle";

function scanError(chunks: readonly string[]): XmlSyntaxError {
  const outcome = scanOutcome(chunks);
  if (outcome.accepted) throw new Error(`accepted a malformed document: ${JSON.stringify(chunks)}`);
  if (!(outcome.error instanceof XmlSyntaxError)) throw outcome.error;
  return outcome.error;
}

/** [kind, document, reason, line, column]: the place is where the tokenizer points, 1-based. */
const MALFORMED: readonly (readonly [string, string, RegExp, number, number])[] = [
  ["mismatched end tag", "<a>\n  <b>\n</a>", /end tag <\/a> does not match <b>/, 3, 1],
  ["end tag with a prefix of the open name", "<ab></a>", /does not match <ab>/, 1, 5],
  ["unclosed element", "<a><b></b>", /unclosed element <a>/, 1, 11],
  ["end tag without a start tag", "<a></a></b>", /<\/b> without a start tag/, 1, 8],
  ["a second root element", "<a/>\n<b/>", /a second root element/, 2, 1],
  ["text before the root", "x<a/>", /text outside the root element/, 1, 1],
  ["text after the root", "<a/> x", /text outside the root element/, 1, 6],
  ["a reference outside the root", "<a/>&amp;", /text outside the root element/, 1, 5],
  ["CDATA outside the root", "<![CDATA[x]]><a/>", /CDATA section outside the root element/, 1, 1],
  ["attribute value without quotes", '<a b=c d="1"/>', /attribute value without quotes/, 1, 6],
  ["attribute without '='", "<a b/>", /attribute b without a value/, 1, 5],
  ["attribute without a value, then another", '<a b c="1"/>', /attribute b without a value/, 1, 6],
  ["duplicate attribute", '<a b="1" c="2" b="3"/>', /duplicate attribute b/, 1, 16],
  ["'<' inside an attribute value", '<a b="x<y"/>', /'<' in an attribute value/, 1, 8],
  ["no space between attributes", '<a b="1"c="2"/>', /no space between attributes/, 1, 9],
  ["'/' not followed by '>'", "<a/ >", /'\/' not followed by '>'/, 1, 3],
  ["unknown entity in text", "<a>&nbsp;</a>", /undefined entity/, 1, 4],
  ["unknown entity in an attribute", '<a b="&copy;"/>', /undefined entity/, 1, 7],
  ["an upper-case X in a hex reference", "<a>&#X41;</a>", /undefined entity/, 1, 4],
  ["a reference to NUL", "<a>&#0;</a>", /disallowed character reference/, 1, 4],
  ["a reference to a surrogate", "<a>&#xD800;</a>", /disallowed character reference/, 1, 4],
  ["a reference to U+FFFE", "<a>&#xfffe;</a>", /disallowed character reference/, 1, 4],
  ["a reference past U+10FFFF", "<a>&#x110000;</a>", /disallowed character reference/, 1, 4],
  ["an empty reference", "<a>&;</a>", /undefined entity/, 1, 4],
  ["'&' not starting a reference", "<a>AT&T rocks</a>", /malformed entity reference/, 1, 6],
  ["a name starting with a digit", "<1a/>", /disallowed character after '<'/, 1, 2],
  ["a disallowed character in a tag name", "<a%/>", /disallowed character in a tag name/, 1, 3],
  [
    "an attribute name starting with '-'",
    '<a -b="1"/>',
    /disallowed character in an attribute name/,
    1,
    4,
  ],
  ["space after '</'", "<a></ a>", /disallowed character in an end tag/, 1, 6],
  ["an empty end tag", "<a></>", /disallowed character in an end tag/, 1, 6],
  ["junk in an end tag", "<a></a x>", /disallowed character in an end tag/, 1, 8],
  ["unterminated comment", "<a/><!-- x -", /unterminated comment/, 1, 13],
  ["'--' inside a comment", "<a><!-- a -- b --></a>", /'--' inside a comment/, 1, 11],
  ["a comment ending in '--->'", "<a><!-- a ---></a>", /'--' inside a comment/, 1, 11],
  ["unterminated CDATA", "<a><![CDATA[x</a>", /unterminated CDATA section/, 1, 18],
  [
    "unterminated processing instruction",
    "<a/><?pi x",
    /unterminated processing instruction/,
    1,
    11,
  ],
  ["a processing instruction without a target", "<??><a/>", /without a target/, 1, 3],
  ["a target followed by junk", '<?pi"x"?><a/>', /processing instruction target/, 1, 5],
  ["an XML declaration after white space", ' <?xml version="1.0"?><a/>', /not at the start/, 1, 2],
  ["an XML declaration after the root", '<a/><?xml version="1.0"?>', /not at the start/, 1, 5],
  ["an upper-case XML declaration", '<?XML version="1.0"?><a/>', /not at the start/, 1, 1],
  [
    "a declaration without a version",
    '<?xml encoding="UTF-8"?><a/>',
    /malformed XML declaration/,
    1,
    1,
  ],
  [
    "a declaration version that is not 1.x",
    '<?xml version="2.0"?><a/>',
    /malformed XML declaration/,
    1,
    1,
  ],
  [
    "a standalone that is not yes/no",
    "<?xml version='1.0' standalone='maybe'?><a/>",
    /malformed/,
    1,
    1,
  ],
  [
    "pseudo-attributes out of order",
    '<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>',
    /malformed/,
    1,
    1,
  ],
  ["the end inside a start tag", '<a><b c="1"', /the document ends inside a tag/, 1, 12],
  ["the end inside an end tag", "<a></a", /the document ends inside a tag/, 1, 7],
  ["the end right after '<'", "<a><", /the document ends inside a tag/, 1, 5],
  ["the end inside a reference", "<a>x&am", /ends inside an entity reference/, 1, 8],
  ["a control character in text", "<a>\u0001</a>", /disallowed character/, 1, 4],
  ["U+FFFE in text", "<a>x\uFFFE</a>", /disallowed character/, 1, 5],
  ["a lone low surrogate in text", "<a>\uDC00</a>", /disallowed character/, 1, 4],
  ["NUL in an attribute value", '<a b="\u0000"/>', /disallowed character/, 1, 7],
  ["a control character in a comment", "<!-- \u0002 --><a/>", /disallowed character/, 1, 6],
  ["a control character in CDATA", "<a><![CDATA[\u0003]]></a>", /disallowed character/, 1, 13],
  [
    "a control character in a processing instruction",
    "<?pi \u0004?><a/>",
    /disallowed character/,
    1,
    6,
  ],
  ["']]>' in text", "<a>x]]></a>", /']]>' in text/, 1, 5],
  ["an empty document", "", /no root element/, 1, 1],
  ["white space and a comment only", "\n  <!-- x -->\n", /no root element/, 3, 1],
  ["unknown markup after '<!'", "<a><!ELEMENT x></a>", /unknown markup after '<!'/, 1, 4],
  ["a lower-case doctype", "<!doctype a><a/>", /unknown markup after '<!'/, 1, 1],
  ["a DOCTYPE inside the root", "<a><!DOCTYPE a></a>", /DOCTYPE after the root element/, 1, 4],
];

describe.each(MALFORMED)("%s", (_kind, xml, reason, line, column) => {
  it("is refused with its place and reason, whole or cut anywhere", () => {
    const error = scanError([xml]);
    expect({ reason: error.reason, line: error.line, column: error.column }).toEqual({
      reason: expect.stringMatching(reason),
      line,
      column,
    });
    expect(error.reason).toMatch(/^[\x20-\x7e]+$/); // short plain English for partNotWellFormed
    for (let cut = 0; cut <= xml.length; cut++)
      expect(scanError(splitAt(xml, [cut])).reason).toMatch(reason);
  });

  it("was refused by saxes as well", () => {
    expect(saxesOutcome(xml).accepted).toBe(false);
  });
});

/**
 * Refused here, accepted by saxes 5. Neither occurs in a workbook: a decoder never produces a lone
 * surrogate (it writes U+FFFD), and OOXML parts are XML 1.0.
 */
const STRICTER_THAN_SAXES: readonly (readonly [string, string, RegExp])[] = [
  // saxes reads the next code unit as the low half whatever it is, and swallows it (here the x)
  ["a lone high surrogate in text", "<a>\uD800x</a>", /disallowed character/],
  ["a lone high surrogate in an attribute", '<a b="\uD800x"/>', /disallowed character/],
  // saxes then applies XML 1.1's rules on line breaks and control characters
  ["XML 1.1", '<?xml version="1.1"?><a/>', /version 1\.1 is not supported/],
];

describe.each(STRICTER_THAN_SAXES)("%s (stricter than saxes)", (_kind, xml, reason) => {
  it("is refused", () => {
    expect(scanError([xml]).reason).toMatch(reason);
    expect(saxesOutcome(xml).accepted).toBe(true);
  });
});

describe("a DOCTYPE", () => {
  const withDtd = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>';

  it("calls the refusal hook before the root, cut anywhere, before any of its content is read", () => {
    for (let cut = 0; cut <= withDtd.length; cut++) {
      const outcome = scanOutcome(splitAt(withDtd, [cut]));
      expect(outcome.accepted).toBe(false);
      expect(outcome.accepted || outcome.error).toBeInstanceOf(DoctypeRefused);
    }
    expect(saxesOutcome(withDtd).accepted).toBe(false);
  });

  it("is still a syntax error when the hook does not throw", () => {
    let calls = 0;
    const scanner = new XmlScanner({ open() {}, text() {}, close() {} }, () => calls++);
    expect(() => scanner.write(withDtd)).toThrow(XmlSyntaxError);
    expect(calls).toBe(1);
  });
});

describe("what is accepted", () => {
  it.each([
    [
      "a declaration with single quotes and spaces",
      "<?xml  version = '1.0'  encoding='utf-8' ?><a/>",
    ],
    ["a byte-order mark", '\uFEFF<?xml version="1.0"?><a/>'],
    ["a PI whose target starts with xml", '<?xml-stylesheet href="x"?><a/>'],
    ["a PI with a '?' right after its target", "<a><?pi?x?></a>"],
    ["names with colons anywhere", "<:a b:=\"1\" :c='2'><x:y:z/></:a>"],
    ["an astral name character", '<\u{10000}a \u{10001}="1"/>'],
    ["leading zeros in a character reference", "<a>&#x0000000041;&#00065;</a>"],
    ["'>' and ']]' in text", "<a>]] > ]>]</a>"],
    ["comments and PIs around the root", "<!--a--><?p q?>\n<a/>\n<!--b--><?r?>"],
  ])("%s, as saxes does", (_kind, xml) => {
    const oracle = saxesOutcome(xml);
    expect(oracle.accepted).toBe(true);
    expect(scanOutcome([xml])).toEqual(oracle);
    for (let cut = 0; cut <= xml.length; cut++)
      expect(scanOutcome(splitAt(xml, [cut]))).toEqual(oracle);
  });
});
