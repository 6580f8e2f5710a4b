// The shared-string table (sharedStrings.xml): plain and rich-text items as plain text, phonetic runs left out.
import type JSZip from "jszip";
import { decodeOoxmlText, detachText } from "./xml";
import { parseXmlPart, XmlHandler } from "./xml-stream";

/**
 * Collects the text of an `<si>` or `<is>` item: every `<t>` of the item, whether bare or inside
 * rich-text runs `<r>`, except the phonetic guides `<rPh>` (East Asian readings, not cell text).
 * Shared by the shared-string table and inline strings in sheets.
 */
export class StringItemText {
  private parts: string[] = [];
  private inText = false;
  private phoneticDepth = 0;

  open(name: string): void {
    if (name === "rPh") this.phoneticDepth++;
    else if (name === "t" && this.phoneticDepth === 0) this.inText = true;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  close(name: string): void {
    if (name === "rPh") this.phoneticDepth--;
    else if (name === "t") this.inText = false;
  }

  /** The item's text with Excel's `_xHHHH_` escapes resolved; resets for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inText = false;
    this.phoneticDepth = 0;
    return detachText(decodeOoxmlText(text));
  }
}

/**
 * Every item of the table in order; an empty `<si/>` is an empty string. The declared counts are
 * ignored (a hostile file may declare 2^31 strings): the array holds what the part really holds.
 */
export async function readSharedStrings(zip: JSZip, path: string | null): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  const item = new StringItemText();
  let inItem = false;
  const handler: XmlHandler = {
    open(name) {
      if (name === "si") inItem = true;
      else if (inItem) item.open(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
    close(name) {
      if (name === "si") {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
    },
  };
  await parseXmlPart(zip, path, handler);
  return strings;
}
