// Runs a document through saxes (configured as the reader used it) and through our tokenizer, recording what a handler sees.
import { SaxesParser } from "saxes";
import { XmlScanner, XmlSyntaxError } from "../../../src/workbook/xlsx/xml-scan";

export type XmlEvent =
  | readonly ["open", string, readonly (readonly [string, string])[]]
  | readonly ["text", string]
  | readonly ["close", string];

/** What parsing a document came to: the events a handler saw, or why it was refused. */
export type Outcome =
  | { readonly accepted: true; readonly events: XmlEvent[] }
  | { readonly accepted: false; readonly error: unknown };

/** Thrown by both parsers' doctype hook, as parseXmlPart's refusal does. */
export class DoctypeRefused extends Error {}

/**
 * Records events as a handler observes them: adjacent texts merged (handlers concatenate), text
 * outside the root element dropped (no handler looks at it), attributes in document order.
 */
class Recorder {
  readonly events: XmlEvent[] = [];
  private depth = 0;

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.events.push(["open", name, Object.entries(attributes)]);
    this.depth++;
  }

  text(text: string): void {
    if (this.depth === 0) return;
    const last = this.events[this.events.length - 1];
    if (last && last[0] === "text") this.events[this.events.length - 1] = ["text", last[1] + text];
    else this.events.push(["text", text]);
  }

  close(name: string): void {
    this.events.push(["close", name]);
    this.depth--;
  }
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(":") + 1);

/** saxes as xml-stream.ts created it before the tokenizer replaced it, fed the whole document. */
export function saxesOutcome(xml: string): Outcome {
  const recorder = new Recorder();
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on("doctype", () => {
    throw new DoctypeRefused();
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) =>
    recorder.open(localName(tag.name), tag.attributes as Record<string, string>)
  );
  parser.on("text", (text) => recorder.text(text));
  parser.on("cdata", (text) => recorder.text(text));
  parser.on("closetag", (tag) => recorder.close(localName(tag.name)));
  try {
    parser.write(xml);
    parser.close();
    return { accepted: true, events: recorder.events };
  } catch (error) {
    return { accepted: false, error };
  }
}

/** Our tokenizer fed `chunks` one `write` at a time. Errors other than syntax and DTD ones are bugs. */
export function scanOutcome(chunks: readonly string[]): Outcome {
  const recorder = new Recorder();
  const scanner = new XmlScanner(recorder, () => {
    throw new DoctypeRefused();
  });
  try {
    for (const chunk of chunks) scanner.write(chunk);
    scanner.close();
    return { accepted: true, events: recorder.events };
  } catch (error) {
    if (error instanceof XmlSyntaxError || error instanceof DoctypeRefused)
      return { accepted: false, error };
    throw error;
  }
}

/** `text` cut at the given offsets (any order, repeats allowed), so cuts may fall anywhere. */
export function splitAt(text: string, offsets: readonly number[]): string[] {
  const cuts = [...new Set(offsets.map((o) => Math.min(Math.max(o, 0), text.length)))].sort(
    (a, b) => a - b
  );
  const chunks: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    chunks.push(text.slice(from, cut));
    from = cut;
  }
  chunks.push(text.slice(from));
  return chunks;
}
