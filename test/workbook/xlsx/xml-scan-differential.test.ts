// Generated documents, whole and mutated, cut into random chunks: the tokenizer must agree with saxes, its oracle.
import fc from "fast-check";
import { Outcome, saxesOutcome, scanOutcome, splitAt } from "./xml-scan-oracle";

const ELEMENT_NAMES = [
  "a",
  "row",
  "c",
  "v",
  "t",
  "x:c",
  "ns1:sheet",
  "กรม",
  "_u",
  "a.b-c1",
  "\u{1D4B3}n",
  ":p",
  "q:",
  "x:y:z",
];
const ATTRIBUTE_NAMES = [
  "r",
  "s",
  "t",
  "x:id",
  "r:id",
  "xmlns",
  "xmlns:x",
  "val",
  "ชื่อ",
  "constructor",
  "__proto__",
];

/** Pieces of character data: references, line breaks of every kind, Thai, astral characters, near-markup. */
const TEXT_PIECES = [
  "a",
  "123",
  "กรมการจัดหางาน",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  "&#x0E01;",
  "&#3585;",
  "&#x1F600;",
  "&#13;",
  "😀",
  ">",
  "]",
  "]]",
  "'",
  '"',
  "=",
  "/",
  "?",
  "!",
  "-",
  "\u00A0",
  "\uFEFF",
  "\u{10000}",
  "\u0085",
  "\u2028",
];
const WHITE_SPACE = [" ", "  ", "\n", "\t", "\r\n", "\r"];

const pieces = (from: readonly string[], maxLength = 6) =>
  fc.array(fc.constantFrom(...from), { maxLength }).map((p) => p.join(""));

/** Never `]]>`, even with the next text node: a text that ends in `]` gets one more character. */
const text = pieces(TEXT_PIECES).map((t) => t.replace(/]]>/g, "]]&gt;").replace(/]$/, "]a"));
const space = fc.constantFrom(...WHITE_SPACE);
const optionalSpace = fc.constantFrom("", ...WHITE_SPACE);
const cdata = pieces([...TEXT_PIECES, "<", "&", "<b>"]).map(
  (t) => `<![CDATA[${t.replace(/]]>/g, "]] >")}]]>`
);
const comment = pieces([...TEXT_PIECES, "<", "&", "--"]).map(
  (t) => `<!--${t.replace(/-+/g, "-").replace(/-$/, "-x")}-->`
);
const instruction = fc
  .tuple(
    fc.constantFrom("pi", "foo-bar", "x:y", "xml-stylesheet"),
    pieces([...TEXT_PIECES, "<", "&", "?>"])
  )
  .map(([target, body]) => `<?${target}${body === "" ? "" : " "}${body.replace(/\?>/g, "? >")}?>`);

const attributeValue = (quote: string) =>
  pieces(TEXT_PIECES.filter((p) => p !== quote)).map((v) => `${quote}${v}${quote}`);
const attribute = fc
  .tuple(
    space,
    fc.constantFrom(...ATTRIBUTE_NAMES),
    optionalSpace,
    optionalSpace,
    fc.constantFrom('"', "'")
  )
  .chain(([before, name, s1, s2, quote]) =>
    attributeValue(quote).map((value) => ({ name, xml: `${before}${name}${s1}=${s2}${value}` }))
  );
const attributes = fc
  .uniqueArray(attribute, { selector: (a) => a.name, maxLength: 4 })
  .map((list) => list.map((a) => a.xml).join(""));

const { element } = fc.letrec<{ element: string; content: string }>((tie) => ({
  element: fc
    .tuple(
      fc.constantFrom(...ELEMENT_NAMES),
      attributes,
      optionalSpace,
      tie("content"),
      fc.boolean(),
      optionalSpace
    )
    .map(([name, attrs, s1, content, empty, s2]) =>
      empty && content === ""
        ? `<${name}${attrs}${s1}/>`
        : `<${name}${attrs}${s1}>${content}</${name}${s2}>`
    ),
  content: fc
    .array(
      fc.oneof({ depthSize: "small" }, text, text, cdata, comment, instruction, tie("element")),
      {
        maxLength: 5,
      }
    )
    .map((parts) => parts.join("")),
}));

const misc = fc
  .array(fc.oneof(space, comment, instruction), { maxLength: 3 })
  .map((m) => m.join(""));
const declaration = fc.constantFrom(
  "",
  '<?xml version="1.0"?>',
  "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
  '<?xml version = "1.0"\r\n standalone="no" ?>'
);
const documents = fc
  .tuple(fc.constantFrom("", "\uFEFF"), declaration, misc, element, misc)
  .map(([bom, decl, before, root, after]) => bom + decl + before + root + after);

/** Cut offsets, as fractions of the length so they land anywhere in any document. */
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 });
const cutUp = (xml: string, fractions: readonly number[]) =>
  splitAt(
    xml,
    fractions.map((f) => Math.floor(f * xml.length))
  );

it("agrees with saxes on generated well-formed documents, cut into random chunks", () => {
  fc.assert(
    fc.property(documents, cuts, (xml, fractions) => {
      const oracle = saxesOutcome(xml);
      expect(oracle.accepted).toBe(true);
      expect(scanOutcome(cutUp(xml, fractions))).toEqual(oracle);
    }),
    { numRuns: 5000 }
  );
});

/** Characters a mutation inserts: markup, quotes, references, forbidden and half characters. */
const NASTY = [
  ..."<>&\"'/!?-]=;#x:a1 \r",
  ...["\u0000", "\u0001", "\u001F", "\uFFFE", "\uFFFF", "\uDC00", "\uD83D"],
  ...["<!", "</", "]]>", "&#", "-->", "?>", "<a>", "1.1"],
];

const where = fc.double({ min: 0, max: 1, noNaN: true });
type Mutation = readonly [string, number, string | number];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constant("insert"), where, fc.constantFrom(...NASTY)),
  // right after a '>', which is most often in character data
  fc.tuple(fc.constant("insert after >"), where, fc.constantFrom(...NASTY)),
  fc.tuple(fc.constant("delete"), where, fc.integer({ min: 1, max: 3 })),
  fc.tuple(fc.constant("repeat"), where, fc.integer({ min: 1, max: 6 })),
  fc.tuple(fc.constant("repeat an attribute"), where, fc.constant(0))
);

const ATTRIBUTE = /[ \t\r\n]+[^\s<>=/"']+[ \t\r\n]*=[ \t\r\n]*("[^"]*"|'[^']*')/g;

/** The offsets where `pattern` matches in `xml`, and where each match ends. */
function matches(xml: string, pattern: RegExp): [number, number][] {
  return [...xml.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function mutate(xml: string, [kind, at, what]: Mutation): string {
  const i = Math.floor(at * xml.length);
  const pick = <T>(list: T[]) => list[Math.floor(at * list.length)];
  switch (kind) {
    case "insert":
      return xml.slice(0, i) + String(what) + xml.slice(i);
    case "insert after >": {
      const [, after] = pick(matches(xml, />/g)) ?? [i, i];
      return xml.slice(0, after) + String(what) + xml.slice(after);
    }
    case "delete":
      return xml.slice(0, i) + xml.slice(i + Number(what));
    case "repeat":
      return xml.slice(0, i) + xml.slice(i, i + Number(what)) + xml.slice(i);
    default: {
      const [from, to] = pick(matches(xml, ATTRIBUTE)) ?? [i, i];
      return xml.slice(0, to) + xml.slice(from, to) + xml.slice(to);
    }
  }
}

/**
 * Where the tokenizer is stricter than saxes on purpose (see xml-scan-errors.test.ts): a lone high
 * surrogate, and an XML declaration of any version but 1.0.
 */
function stricterOnPurpose(xml: string): boolean {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(xml)) return true;
  const version = /^\uFEFF?<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])(.*?)\1/.exec(xml);
  return version !== null && version[2] !== "1.0";
}

it("refuses every mutated document saxes refuses, and reads the others as saxes does", () => {
  const tally = { refusedByBoth: 0, acceptedByBoth: 0, stricter: 0 };
  fc.assert(
    fc.property(
      documents,
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      cuts,
      (xml, mutations, fractions) => {
        const mutated = mutations.reduce(mutate, xml);
        const oracle: Outcome = saxesOutcome(mutated);
        const ours = scanOutcome(cutUp(mutated, fractions));
        if (!oracle.accepted) {
          expect(ours.accepted).toBe(false);
          tally.refusedByBoth++;
        } else if (ours.accepted || !stricterOnPurpose(mutated)) {
          expect(ours).toEqual(oracle);
          tally.acceptedByBoth++;
        } else tally.stricter++;
      }
    ),
    { numRuns: 15_000 }
  );
  // the mutations must really break documents, and really leave some intact, for this to mean much
  expect(tally.refusedByBoth).toBeGreaterThan(10_000);
  expect(tally.acceptedByBoth).toBeGreaterThan(400);
});
