// A construct (tag, comment, CDATA, PI, reference) cut by the end of a chunk, collected until it can be whole.
import { isReferenceChar } from "./xml-entities";

/** What kind of construct is waiting for its end, and so what ends it. */
export enum Unfinished {
  /** `<`, `<!`, `<![CDA`…: too short to tell what it is; nine characters always tell. */
  Opening,
  /** A start or end tag: ends at a `>` outside quoted attribute values. */
  Tag,
  /** `<!--`: ends after the first `--` (then `>` or an error). */
  Comment,
  /** `<![CDATA[`: ends at `]]>`. */
  CData,
  /** `<?`: ends at `?>`. */
  Instruction,
  /** `&…`: ends at the first character that cannot be part of a reference. */
  Reference,
}

/** Characters of the construct's own opening that a search for its end must skip. */
const OPENING_LENGTH: Readonly<Record<Unfinished, number>> = {
  [Unfinished.Opening]: 0,
  [Unfinished.Tag]: 1,
  [Unfinished.Comment]: 4,
  [Unfinished.CData]: 9,
  [Unfinished.Instruction]: 2,
  [Unfinished.Reference]: 1,
};

/**
 * Collects the chunks of one unfinished construct without joining them, and says when the latest
 * chunk holds its end. Each character is looked at once, so a hostile 100 MB attribute value or
 * comment costs linear time, where re-reading the growing carry at every chunk would be quadratic.
 * An early answer costs one re-read (the tokenizer then waits again); only an `Opening` answers
 * late, holding back at most nine characters, and `close` reads whatever is held.
 */
export class UnfinishedConstruct {
  private kind = Unfinished.Opening;
  private parts: string[] = [];
  private length = 0;
  /** Tag: the quote of the attribute value we are in (0 outside one). */
  private quote = 0;
  /** Comment, CDATA, PI: the last characters seen, where a terminator cut in two begins. */
  private tail = "";

  get waiting(): boolean {
    return this.parts.length > 0;
  }

  /** Starts waiting with `text`, which begins with the construct's opening; false if it is already whole. */
  begin(kind: Unfinished, text: string): boolean {
    this.kind = kind;
    this.quote = 0;
    this.tail = "";
    this.parts = [text];
    this.length = text.length;
    const complete = this.scan(text, OPENING_LENGTH[kind]);
    if (complete) this.parts = [];
    return !complete;
  }

  /** Adds `chunk`; true when the construct is whole, or certainly broken, with it. */
  add(chunk: string): boolean {
    this.parts.push(chunk);
    this.length += chunk.length;
    return this.scan(chunk, 0);
  }

  /** Everything collected, as one string; stops waiting. */
  take(): string {
    const text = this.parts.join("");
    this.parts = [];
    return text;
  }

  private scan(text: string, from: number): boolean {
    switch (this.kind) {
      case Unfinished.Opening:
        return this.length >= 9;
      case Unfinished.Tag:
        return this.scanTag(text, from);
      case Unfinished.Comment:
        return this.scanFor("--", 1, text, from);
      case Unfinished.CData:
        return this.scanFor("]]>", 0, text, from);
      case Unfinished.Instruction:
        return this.scanFor("?>", 0, text, from);
      case Unfinished.Reference:
        for (let i = from; i < text.length; i++)
          if (!isReferenceChar(text.charCodeAt(i))) return true;
        return false;
    }
  }

  private scanTag(text: string, from: number): boolean {
    let quote = this.quote;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x3e) return true;
      else if (c === 0x22 || c === 0x27) quote = c;
    }
    this.quote = quote;
    return false;
  }

  /** True once `terminator` and `after` more characters have been seen. */
  private scanFor(terminator: string, after: number, text: string, from: number): boolean {
    const probe = this.tail + text.slice(from);
    const at = probe.indexOf(terminator);
    if (at >= 0 && at + terminator.length + after <= probe.length) return true;
    const keep = terminator.length - 1 + after;
    this.tail = probe.slice(Math.max(0, probe.length - keep));
    return false;
  }
}
