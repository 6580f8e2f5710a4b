// A streaming, non-validating XML 1.0 tokenizer for package parts: fed decoded text chunk by chunk, it checks well-formedness and reports elements and text.
import { isSpace } from "./xml-chars";
import { decodeReference, referenceEnd } from "./xml-entities";
import { XmlMarkupReader } from "./xml-markup";
import { LineCounter } from "./xml-position";
import { XmlScanEvents } from "./xml-tags";
import { Unfinished, UnfinishedConstruct } from "./xml-unfinished";

export type { XmlScanEvents } from "./xml-tags";

/** XML that is not well-formed: where (1-based line and column) and a short English reason. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = "XmlSyntaxError";
  }
}

const END_INSIDE: Readonly<Record<Unfinished, string>> = {
  [Unfinished.Opening]: "the document ends inside a tag",
  [Unfinished.Tag]: "the document ends inside a tag",
  [Unfinished.Comment]: "unterminated comment",
  [Unfinished.CData]: "unterminated CDATA section",
  [Unfinished.Instruction]: "unterminated processing instruction",
  [Unfinished.Reference]: "the document ends inside an entity reference",
};

/**
 * Tokenizes one document: `write` each decoded chunk, then `close`. Events come out as soon as their
 * text is whole; a tag, reference or line break cut by a chunk's end waits for the next chunk.
 * Comments, processing instructions and the XML declaration are checked and skipped; text outside
 * the root element (white space only) is not reported. A DOCTYPE calls `onDoctype`, which should
 * throw: DTDs are never read, so no entity a file declares is ever expanded.
 */
export class XmlScanner extends XmlMarkupReader {
  private readonly lines = new LineCounter();
  private readonly unfinished = new UnfinishedConstruct();
  /** The unread end of the last chunk: part of a text run, or the start of a short construct. */
  private carry = "";
  /** The text being read, and how much of it the line counter has seen. */
  private text = "";
  private counted = 0;
  private stoppedAt: Unfinished | null = null;
  private started = false;
  private ended = false;

  constructor(events: XmlScanEvents, onDoctype: () => void = () => {}) {
    super(events, onDoctype);
  }

  write(chunk: string): void {
    if (chunk.length === 0) return;
    if (this.unfinished.waiting) {
      if (this.unfinished.add(chunk)) this.scan(this.unfinished.take());
    } else this.scan(this.carry.length > 0 ? this.carry + chunk : chunk);
  }

  /** Ends the document: whatever is still open or unfinished is an error. */
  close(): void {
    this.ended = true;
    const rest = this.unfinished.waiting ? this.unfinished.take() : this.carry;
    this.carry = "";
    this.scan(rest);
    const end = this.text.length;
    if (!this.sawRoot) this.fail(end, "no root element");
    if (this.depth > 0) this.fail(end, `unclosed element <${this.openElement.slice(0, 40)}>`);
  }

  private scan(text: string): void {
    this.text = text;
    this.counted = 0;
    this.stoppedAt = null;
    const end = text.length;
    let i = 0;
    if (!this.started && end > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark the decoder left
    }
    while (i < end) {
      if (text.charCodeAt(i) !== 0x3c) {
        i = this.depth > 0 ? this.readText(text, i) : this.skipOutsideRoot(text, i);
        if (i >= end || text.charCodeAt(i) !== 0x3c) break;
      }
      const next = this.readMarkup(text, i);
      if (next < 0) break;
      this.declarationAllowed = false;
      i = next;
    }
    this.lines.advance(text, 0, i);
    this.counted = i;
    const rest = i < end ? text.slice(i) : "";
    const waits = this.stoppedAt !== null && this.unfinished.begin(this.stoppedAt, rest);
    this.carry = waits ? "" : rest;
  }

  protected fail(at: number, reason: string): never {
    const { line, column } = this.lines.positionOf(this.text, this.counted, at);
    throw new XmlSyntaxError(line, column, reason);
  }

  protected unfinishedAt(kind: Unfinished): number {
    if (this.ended) this.fail(this.text.length, END_INSIDE[kind]);
    this.stoppedAt = kind;
    return -1;
  }

  /** Before and after the root only white space may stand between markup; it is not reported. */
  private skipOutsideRoot(text: string, from: number): number {
    const end = text.length;
    let i = from;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x3c) break;
      if (!isSpace(c)) this.fail(i, "text outside the root element");
      i++;
    }
    if (i > from) this.declarationAllowed = false;
    return i;
  }

  /**
   * Reports the text from `from` up to the next `<` and returns where it stopped. The last two
   * characters of a chunk (and `]`s before them) wait for the next one, so a CR LF pair or a `]]>`
   * cut in two is seen whole.
   */
  private readText(text: string, from: number): number {
    const end = text.length;
    let limit = this.ended ? end : Math.max(from, end - 2);
    // a `]` or two before the kept characters wait with them, so a `]]>` is always seen in one piece
    if (limit < end && limit > from && text.charCodeAt(limit - 1) === 0x5d) limit--;
    if (limit < end - 2 && limit > from && text.charCodeAt(limit - 1) === 0x5d) limit--;
    let decoded = "";
    let start = from;
    let i = from;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x3e) {
        if (c < 0xd800) continue;
        if (c <= 0xdbff) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            i++;
            continue;
          }
        } else if (c >= 0xe000 && c <= 0xfffd) continue;
        this.fail(i, "disallowed character");
      }
      if (c === 0x3c) break;
      if (c >= 0x20) {
        if (c === 0x26) {
          const stop = referenceEnd(text, i);
          if (stop >= end) {
            this.unfinishedAt(Unfinished.Reference);
            break;
          }
          if (text.charCodeAt(stop) !== 0x3b) this.fail(i, "malformed entity reference");
          const character = decodeReference(text, i + 1, stop);
          if (character === null)
            this.fail(i, "undefined entity or disallowed character reference");
          decoded += text.slice(start, i) + character;
          start = stop + 1;
          i = stop;
        } else if (c === 0x3e && i - 2 >= from && text.startsWith("]]", i - 2))
          this.fail(i - 2, "']]>' in text");
      } else if (c === 0x0d) {
        // CR LF and a lone CR are both one LF
        decoded += text.slice(start, i) + (text.charCodeAt(i + 1) === 0x0a ? "" : "\n");
        start = i + 1;
      } else if (c !== 0x0a && c !== 0x09) this.fail(i, "disallowed character");
    }
    if (start < i) decoded += text.slice(start, i);
    if (decoded.length > 0) this.events.text(decoded);
    return i;
  }
}
