// Markup other than tags for the XML tokenizer: comments, CDATA sections, processing instructions, the XML declaration, DOCTYPE.
import { charData, firstDisallowedChar, isSpace, nameEnd, nameStartLength } from "./xml-chars";
import { declarationProblem } from "./xml-declaration";
import { XmlScanEvents, XmlTagReader } from "./xml-tags";
import { Unfinished } from "./xml-unfinished";

/** Reads the markup at a `<` of the tokenizer's current text; the subclass handles chunks and text. */
export abstract class XmlMarkupReader extends XmlTagReader {
  /** An XML declaration is allowed only as the document's very first characters. */
  protected declarationAllowed = true;

  constructor(
    events: XmlScanEvents,
    private readonly onDoctype: () => void
  ) {
    super(events);
  }

  /** The construct of kind `kind` is cut by the end of the text: returns -1 (or fails at the end). */
  protected abstract unfinishedAt(kind: Unfinished): number;

  protected unfinishedTag(): number {
    return this.unfinishedAt(Unfinished.Tag);
  }

  /** Reads the markup at `text[lt]` (a `<`) and returns where it ends (-1: unfinished). */
  protected readMarkup(text: string, lt: number): number {
    if (lt + 1 >= text.length) return this.unfinishedAt(Unfinished.Opening);
    switch (text.charCodeAt(lt + 1)) {
      case 0x2f: // </
        return this.readEndTag(text, lt);
      case 0x21: // <!
        return this.readDeclaration(text, lt);
      case 0x3f: // <?
        return this.readInstruction(text, lt);
      default:
        return this.readStartTag(text, lt);
    }
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`; nothing else may follow `<!` in a document without a DTD. */
  private readDeclaration(text: string, lt: number): number {
    if (text.startsWith("<!--", lt)) return this.readComment(text, lt);
    if (text.startsWith("<![CDATA[", lt)) return this.readCData(text, lt);
    if (text.startsWith("<!DOCTYPE", lt)) {
      if (this.sawRoot) this.fail(lt, "DOCTYPE after the root element");
      this.onDoctype();
      this.fail(lt, "a DTD is not allowed");
    }
    const seen = text.slice(lt, lt + 9);
    const prefixOf = (whole: string) => seen.length < whole.length && whole.startsWith(seen);
    if (prefixOf("<!--") || prefixOf("<![CDATA[") || prefixOf("<!DOCTYPE"))
      return this.unfinishedAt(Unfinished.Opening);
    return this.fail(lt, "unknown markup after '<!'");
  }

  private readComment(text: string, lt: number): number {
    const dashes = text.indexOf("--", lt + 4);
    if (dashes < 0 || dashes + 2 >= text.length) return this.unfinishedAt(Unfinished.Comment);
    if (text.charCodeAt(dashes + 2) !== 0x3e) this.fail(dashes, "'--' inside a comment");
    this.checkChars(text, lt + 4, dashes);
    return dashes + 3;
  }

  private readCData(text: string, lt: number): number {
    if (this.depth === 0) this.fail(lt, "CDATA section outside the root element");
    const close = text.indexOf("]]>", lt + 9);
    if (close < 0) return this.unfinishedAt(Unfinished.CData);
    const content = charData(text, lt + 9, close);
    if (content === null) this.checkChars(text, lt + 9, close);
    else this.events.text(content);
    return close + 3;
  }

  /** `<?target …?>`: the XML declaration when first in the document, otherwise skipped. */
  private readInstruction(text: string, lt: number): number {
    const from = lt + 2;
    if (from >= text.length) return this.unfinishedAt(Unfinished.Instruction);
    const first = nameStartLength(text, from);
    if (first < 0) return this.unfinishedAt(Unfinished.Instruction);
    if (first === 0) this.fail(from, "processing instruction without a target");
    const targetEnd = nameEnd(text, from);
    if (targetEnd >= text.length) return this.unfinishedAt(Unfinished.Instruction);
    const after = text.charCodeAt(targetEnd);
    if (after !== 0x3f && !isSpace(after))
      this.fail(targetEnd, "disallowed character in a processing instruction target");
    const close = text.indexOf("?>", targetEnd);
    if (close < 0) return this.unfinishedAt(Unfinished.Instruction);
    if (targetEnd - from === 3 && text.slice(from, targetEnd).toLowerCase() === "xml") {
      if (!this.declarationAllowed || !text.startsWith("xml", from))
        this.fail(lt, "XML declaration not at the start of the document");
      const problem = declarationProblem(text.slice(lt, close + 2));
      if (problem !== null) this.fail(lt, problem);
    } else this.checkChars(text, targetEnd, close);
    return close + 2;
  }

  /** Fails at the first character of [from, to) outside XML's Char range. */
  private checkChars(text: string, from: number, to: number): void {
    const bad = firstDisallowedChar(text, from, to);
    if (bad >= 0) this.fail(bad, "disallowed character");
  }
}
