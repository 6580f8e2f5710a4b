// Line and column of the tokenizer's input, kept up to date a chunk at a time, for error messages only.

/** Where a syntax error is: 1-based line and column (UTF-16 code units, as JavaScript counts them). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Counts line breaks (LF, CR LF and a lone CR, each one break) of the text consumed so far. Runs
 * once per consumed stretch with `indexOf`, so a document without errors pays two native scans.
 */
export class LineCounter {
  private line = 1;
  /** Offset of the current line's first character, counted from the start of the document. */
  private lineStart = 0;
  /** Offset of the next character to count. */
  private offset = 0;
  private afterCr = false;

  /** Counts `text[from, to)`, the next stretch of the document. */
  advance(text: string, from: number, to: number): void {
    if (to <= from) return;
    const base = this.offset - from;
    const cr = text.indexOf("\r", from);
    if (cr < 0 || cr >= to) {
      let lf = text.indexOf("\n", from);
      if (lf === from && this.afterCr) {
        // the LF of a CR LF pair whose CR ended the previous stretch: already counted
        this.lineStart = base + lf + 1;
        lf = text.indexOf("\n", lf + 1);
      }
      while (lf >= 0 && lf < to) {
        this.line++;
        this.lineStart = base + lf + 1;
        lf = text.indexOf("\n", lf + 1);
      }
    } else {
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (
          c === 0x0d ||
          (c === 0x0a && !(i === from ? this.afterCr : text.charCodeAt(i - 1) === 0x0d))
        )
          this.line++;
        if (c === 0x0d || c === 0x0a) this.lineStart = base + i + 1;
      }
    }
    this.afterCr = text.charCodeAt(to - 1) === 0x0d;
    this.offset = base + to;
  }

  /** The position of `text[at]`, where `text[from]` is the next character to count. */
  positionOf(text: string, from: number, at: number): TextPosition {
    const probe = new LineCounter();
    Object.assign(probe, this);
    probe.advance(text, from, at);
    return { line: probe.line, column: probe.offset - probe.lineStart + 1 };
  }
}
