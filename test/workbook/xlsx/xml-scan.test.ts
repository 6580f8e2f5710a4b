// The XML tokenizer by hand: what a handler sees, every chunk split of a sample against saxes, and each kind of malformed input.
import { XmlScanner, XmlSyntaxError } from "../../../src/workbook/xlsx/xml-scan";
import { UnfinishedConstruct } from "../../../src/workbook/xlsx/xml-unfinished";
import { saxesOutcome, scanOutcome, splitAt } from "./xml-scan-oracle";

/** One document with every construct the tokenizer knows, CR LF and lone CRs, Thai and an emoji. */
const SAMPLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  "<!-- คำอธิบาย -->\n" +
  '<x:worksheet xmlns:x="urn:x" xmlns:r="urn:r">\r\n' +
  '  <x:row r="1" spans=\'1:2\' note="a&amp;b &lt;&#x0E01;&#3585;> \t\r\nz">' +
  '<c r="A1" t="inlineStr"><is><t xml:space="preserve">กรม &quot;แรงงาน&apos; 😀\r\n]]&gt;</t></is></c>' +
  '<c r="B1"><v><![CDATA[<ไม่ใช่แท็ก> & ]] ]>\r]]></v></c><?pi body?>' +
  '<empty/><e a="1"\n/></x:row>\r' +
  "</x:worksheet>\n<!-- end --><?tail?>\n";

function scanError(chunks: readonly string[]): XmlSyntaxError {
  const outcome = scanOutcome(chunks);
  if (outcome.accepted) throw new Error("accepted a malformed document");
  if (!(outcome.error instanceof XmlSyntaxError)) throw outcome.error;
  return outcome.error;
}

describe("what a handler sees", () => {
  it("reports local names, attributes in order with entities resolved, and decoded text", () => {
    const outcome = scanOutcome([SAMPLE]);
    expect(outcome).toEqual({
      accepted: true,
      events: [
        [
          "open",
          "worksheet",
          [
            ["xmlns:x", "urn:x"],
            ["xmlns:r", "urn:r"],
          ],
        ],
        ["text", "\n  "],
        [
          "open",
          "row",
          [
            ["r", "1"],
            ["spans", "1:2"],
            ["note", "a&b <กก>   z"],
          ],
        ],
        [
          "open",
          "c",
          [
            ["r", "A1"],
            ["t", "inlineStr"],
          ],
        ],
        ["open", "is", []],
        ["open", "t", [["xml:space", "preserve"]]],
        ["text", "กรม \"แรงงาน' 😀\n]]>"],
        ["close", "t"],
        ["close", "is"],
        ["close", "c"],
        ["open", "c", [["r", "B1"]]],
        ["open", "v", []],
        ["text", "<ไม่ใช่แท็ก> & ]] ]>\n"],
        ["close", "v"],
        ["close", "c"],
        ["open", "empty", []],
        ["close", "empty"],
        ["open", "e", [["a", "1"]]],
        ["close", "e"],
        ["close", "row"],
        ["text", "\n"],
        ["close", "worksheet"],
      ],
    });
  });

  it("sees what saxes saw, the reader's parser before this one", () => {
    expect(scanOutcome([SAMPLE])).toEqual(saxesOutcome(SAMPLE));
  });

  it("reports an empty CDATA section as empty text, as saxes did (a <v> with it holds '', not nothing)", () => {
    const xml = "<v><![CDATA[]]></v>";
    expect(scanOutcome([xml])).toEqual({
      accepted: true,
      events: [
        ["open", "v", []],
        ["text", ""],
        ["close", "v"],
      ],
    });
    expect(saxesOutcome(xml)).toEqual(scanOutcome([xml]));
  });

  it("gives attribute objects nothing inherited: 'constructor' and '__proto__' are attributes", () => {
    const seen: Record<string, string>[] = [];
    const scanner = new XmlScanner({
      open: (_name, attributes) => seen.push({ ...attributes }),
      text() {},
      close() {},
    });
    scanner.write('<a constructor="1" __proto__="2" toString="3"/>');
    scanner.close();
    expect(seen).toHaveLength(1);
    expect(Object.entries(seen[0])).toEqual([
      ["constructor", "1"],
      ["__proto__", "2"],
      ["toString", "3"],
    ]);
  });
});

describe("chunks cut anywhere", () => {
  const whole = saxesOutcome(SAMPLE);

  it("gives the same events for every single cut, inside tags, references and surrogate pairs", () => {
    expect(whole.accepted).toBe(true);
    for (let cut = 0; cut <= SAMPLE.length; cut++)
      expect([cut, scanOutcome(splitAt(SAMPLE, [cut]))]).toEqual([cut, whole]);
  });

  it("gives the same events for every pair of cuts", () => {
    let runs = 0;
    for (let a = 1; a < SAMPLE.length; a += 1)
      for (let b = a + 1; b < SAMPLE.length; b += 3) {
        const outcome = scanOutcome(splitAt(SAMPLE, [a, b]));
        if (JSON.stringify(outcome) !== JSON.stringify(whole))
          expect([a, b, outcome]).toEqual([a, b, whole]);
        runs++;
      }
    expect(runs).toBeGreaterThan(10_000);
  });

  it("gives the same events fed one character at a time", () => {
    expect(scanOutcome([...SAMPLE.split("")])).toEqual(whole);
  });
});

describe("constructs longer than a chunk", () => {
  const big = 2_000_000;
  const chunked = (xml: string) =>
    splitAt(
      xml,
      Array.from({ length: xml.length / 1000 }, (_, k) => k * 1000)
    );

  it("are read whole, each character read a bounded number of times (not re-read at every chunk)", () => {
    // 200 chunks per construct: enough to tell linear from quadratic, small enough that a
    // quadratic tokenizer fails the count instead of running out of memory
    const size = 200_000;
    const value = "ก".repeat(size);
    const xml =
      `<a v="${value}"><!--${"c".repeat(size)}--><?pi ${"p".repeat(size)}?>` +
      `<![CDATA[${"d".repeat(size)}]]>${"t".repeat(size)}&#${"0".repeat(size)}65;</a>`;
    // Work is counted, not timed: the characters handed to the tokenizer's scan and to the
    // unfinished construct's end search, which re-reading a growing construct makes quadratic.
    let read = 0;
    const scanner = XmlScanner.prototype as unknown as { scan(text: string): void };
    const scanText = scanner.scan;
    const construct = UnfinishedConstruct.prototype as unknown as {
      scan(text: string, from: number): boolean;
    };
    const scanConstruct = construct.scan;
    const spies = [
      jest.spyOn(scanner, "scan").mockImplementation(function (this: unknown, text: string) {
        read += text.length;
        return scanText.call(this, text);
      }),
      jest.spyOn(construct, "scan").mockImplementation(function (
        this: unknown,
        text: string,
        from: number
      ) {
        read += text.length - from;
        return scanConstruct.call(this, text, from);
      }),
    ];
    const outcome = scanOutcome(chunked(xml));
    spies.forEach((spy) => spy.mockRestore());
    const lengths = outcome.accepted
      ? outcome.events.map((e) =>
          e[0] === "open"
            ? ["open", e[2][0][1].length]
            : e[0] === "text"
              ? ["text", e[1].length]
              : e
        )
      : outcome.error;
    // the CDATA, the text and the "A" of &#0…065; are one run of text
    expect(lengths).toEqual([
      ["open", size],
      ["text", 2 * size + 1],
      ["close", "a"],
    ]);
    // the whole input once, plus each construct once more when it is whole; re-reading a
    // growing construct at each of its 2,000 chunks would read it about 1,000 times
    expect(read).toBeLessThanOrEqual(2 * xml.length);
  });

  it("include a run of reference characters without a ';', refused at the end", () => {
    const error = scanError(chunked(`<a>&${"x".repeat(big)}`));
    expect(error.reason).toMatch(/ends inside an entity reference/);
  });
});
