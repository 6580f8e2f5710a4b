// Start and end tags for the XML tokenizer: names, attributes (entities resolved, white space normalised), nesting.
import { isSpace, NameCache, nameEnd, nameStartLength } from "./xml-chars";
import { decodeReference, referenceEnd } from "./xml-entities";

/** What the tokenizer reports: elements by local name (any prefix dropped) and decoded text. */
export interface XmlScanEvents {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Attribute objects inherit nothing, so an attribute named `constructor` or `__proto__` is an
 * attribute like any other, while properties stay in V8's fast mode (unlike `Object.create(null)`).
 */
const AttributeBag = function () {} as unknown as {
  new (): Record<string, string>;
  prototype: object;
};
AttributeBag.prototype = Object.create(null);

/** Shared by every element without attributes (most of a sheet: `<v>`, `<t>`, `<si>`). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(new AttributeBag());

/** Names quoted in error messages are cut, since they come from the file. */
function quoted(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

/** Reads tags at a `<` of `text`, the tokenizer's current buffer; the subclass handles chunks and errors. */
export abstract class XmlTagReader {
  /** Qualified names of the open elements (to match end tags) and their local names (to report). */
  private readonly openNames: string[] = [];
  private readonly openLocalNames: string[] = [];
  protected depth = 0;
  protected sawRoot = false;
  /** The value of the attribute read last, decoded (a field, so reading one allocates no result object). */
  private value = "";
  private readonly names = new NameCache();
  /** The attribute names of the tag being read, to find a repeated one. */
  private readonly attributeNames: string[] = [];

  constructor(protected readonly events: XmlScanEvents) {}

  /** Throws the syntax error found at `text[at]`. */
  protected abstract fail(at: number, reason: string): never;

  /** The tag is cut by the end of the text: returns -1, after which the tokenizer waits for more. */
  protected abstract unfinishedTag(): number;

  protected get openElement(): string {
    return this.openNames[this.depth - 1];
  }

  /** Reads the start tag at `text[lt]` and returns where it ends (-1: unfinished). */
  protected readStartTag(text: string, lt: number): number {
    const end = text.length;
    const first = nameStartLength(text, lt + 1);
    if (first < 0) return this.unfinishedTag();
    if (first === 0) this.fail(lt + 1, "disallowed character after '<'");
    if (this.sawRoot && this.depth === 0) this.fail(lt, "a second root element");
    const nameStop = nameEnd(text, lt + 1);
    if (nameStop >= end) return this.unfinishedTag();
    const qname = this.names.get(text, lt + 1, nameStop);
    const local = this.names.local;
    let attributes = NO_ATTRIBUTES as Record<string, string>;
    let count = 0;
    let i = nameStop;
    for (;;) {
      let c = text.charCodeAt(i);
      if (c === 0x3e) return this.startElement(qname, local, attributes, false, i + 1);
      if (c === 0x2f) {
        if (i + 1 >= end) return this.unfinishedTag();
        if (text.charCodeAt(i + 1) !== 0x3e) this.fail(i, "'/' not followed by '>' in a tag");
        return this.startElement(qname, local, attributes, true, i + 2);
      }
      if (!isSpace(c))
        this.fail(
          i,
          i === nameStop ? "disallowed character in a tag name" : "no space between attributes"
        );
      do i++;
      while (i < end && isSpace(text.charCodeAt(i)));
      if (i >= end) return this.unfinishedTag();
      c = text.charCodeAt(i);
      if (c === 0x3e || c === 0x2f) continue;
      const nameLength = nameStartLength(text, i);
      if (nameLength < 0) return this.unfinishedTag();
      if (nameLength === 0) this.fail(i, "disallowed character in an attribute name");
      const nameStart = i;
      i = nameEnd(text, i);
      const name = this.names.get(text, nameStart, i);
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) return this.unfinishedTag();
      if (text.charCodeAt(i) !== 0x3d) this.fail(i, `attribute ${quoted(name)} without a value`);
      do i++;
      while (i < end && isSpace(text.charCodeAt(i)));
      if (i >= end) return this.unfinishedTag();
      const quote = text.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) this.fail(i, "attribute value without quotes");
      i = this.readAttributeValue(text, i + 1, quote);
      if (i < 0) return this.unfinishedTag();
      if (attributes === NO_ATTRIBUTES) attributes = new AttributeBag();
      else if (this.isRepeated(name, count))
        this.fail(nameStart, `duplicate attribute ${quoted(name)}`);
      // Named stores for the attributes every cell and row has: V8 keeps these sites monomorphic,
      // where one keyed store seeing every name and shape goes megamorphic (measured: a tenth of
      // the tokenizer's time on a large sheet).
      const value = this.value;
      if (name === "r") attributes.r = value;
      else if (name === "s") attributes.s = value;
      else if (name === "t") attributes.t = value;
      else attributes[name] = value;
      this.attributeNames[count++] = name;
      if (++i >= end) return this.unfinishedTag();
    }
  }

  /** Whether the tag read so far has an attribute `name` (a scan of a few names is cheaper than a lookup). */
  private isRepeated(name: string, count: number): boolean {
    for (let k = 0; k < count; k++) if (this.attributeNames[k] === name) return true;
    return false;
  }

  /**
   * Reads an attribute value from `from` (after its opening quote) into `value`, and returns where its
   * closing quote is (-1: unfinished). Tab, LF and CR (CR LF as one) become spaces, as XML says.
   */
  private readAttributeValue(text: string, from: number, quote: number): number {
    const end = text.length;
    let value = "";
    let start = from;
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0xd800) {
        if (c === quote) {
          this.value = value + text.slice(start, i);
          return i;
        }
        if (c === 0x26) {
          const stop = referenceEnd(text, i);
          if (stop >= end) return -1;
          if (text.charCodeAt(stop) !== 0x3b) this.fail(i, "malformed entity reference");
          const decoded = decodeReference(text, i + 1, stop);
          if (decoded === null) this.fail(i, "undefined entity or disallowed character reference");
          value += text.slice(start, i) + decoded;
          start = stop + 1;
          i = stop;
        } else if (c === 0x3c) this.fail(i, "'<' in an attribute value");
      } else if (c === 0x09 || c === 0x0a || c === 0x0d) {
        value += text.slice(start, i) + " ";
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
        start = i + 1;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 >= end) return -1;
        const low = text.charCodeAt(i + 1);
        if (low < 0xdc00 || low > 0xdfff) this.fail(i, "disallowed character");
        i++;
      } else if (c < 0x20 || c <= 0xdfff || c >= 0xfffe) this.fail(i, "disallowed character");
    }
    return -1;
  }

  private startElement(
    qname: string,
    local: string,
    attributes: Readonly<Record<string, string>>,
    empty: boolean,
    next: number
  ): number {
    this.sawRoot = true;
    this.events.open(local, attributes);
    if (empty) this.events.close(local);
    else {
      this.openNames[this.depth] = qname;
      this.openLocalNames[this.depth] = local;
      this.depth++;
    }
    return next;
  }

  /** Reads the end tag at `text[lt]` (`</name S* >`), which must close the innermost open element. */
  protected readEndTag(text: string, lt: number): number {
    const end = text.length;
    const from = lt + 2;
    if (this.depth > 0) {
      // the usual case, `</name>` closing the innermost element, needs no name scan
      const expected = this.openNames[this.depth - 1];
      const after = from + expected.length;
      if (text.charCodeAt(after) === 0x3e && text.startsWith(expected, from)) {
        this.depth--;
        this.events.close(this.openLocalNames[this.depth]);
        return after + 1;
      }
    }
    if (from >= end) return this.unfinishedTag();
    const first = nameStartLength(text, from);
    if (first < 0) return this.unfinishedTag();
    if (first === 0) this.fail(from, "disallowed character in an end tag");
    const nameStop = nameEnd(text, from);
    let i = nameStop;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return this.unfinishedTag();
    if (text.charCodeAt(i) !== 0x3e) this.fail(i, "disallowed character in an end tag");
    if (this.depth === 0)
      this.fail(lt, `end tag </${quoted(text.slice(from, nameStop))}> without a start tag`);
    const expected = this.openElement;
    if (nameStop - from !== expected.length || !text.startsWith(expected, from))
      this.fail(
        lt,
        `end tag </${quoted(text.slice(from, nameStop))}> does not match <${quoted(expected)}>`
      );
    this.depth--;
    this.events.close(this.openLocalNames[this.depth]);
    return i + 1;
  }
}
