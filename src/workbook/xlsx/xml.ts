// Small XML helpers for the package parts we read and write by hand (no DOM: this runs in Node and browsers).

/** Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element body or a double-quoted attribute (apostrophes need no escape there). */
export function escapeXml(text: string): string {
  return (
    text
      .replace(XML_FORBIDDEN, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // a raw CR would be folded into LF by every XML parser
      .replace(/\r/g, "&#13;")
  );
}

/** Resolves the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    switch (ref) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        );
    }
  });
}

/** Attributes of one start tag's attribute text (`name="v" r:id='x'`), entities resolved. */
export function parseAttributes(attributeText: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(attributeText); m; m = re.exec(attributeText)) {
    out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/**
 * Attributes of every element named `localName` (any namespace prefix) in `xml`, in document order.
 * Only for the small, machine-written parts (workbook, rels, tables), never for sheet data.
 */
export function elementsNamed(xml: string, localName: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, "g");
  const out: Record<string, string>[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(parseAttributes(m[1]));
  return out;
}

/** The value of a namespaced attribute whatever its prefix (`r:id`, `ns1:id`, …). */
export function prefixedAttribute(
  attributes: Record<string, string>,
  localName: string
): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}

/**
 * Excel's escape for characters that XML cannot carry literally in cell text (`_x000D_` for CR);
 * a literal `_xHHHH_` is itself escaped as `_x005F_xHHHH_` so it reads back unchanged.
 */
export function encodeOoxmlText(text: string): string {
  if (!text.includes("_x") && !text.includes("\r")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_").replace(/\r/g, "_x000D_");
}

/** Reverses `encodeOoxmlText` the way exceljs does when it reads shared strings (upper-case hex). */
export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * A copy of `text` that stands alone. Text cut from a parser chunk may be kept by the engine as a
 * view into that whole chunk (V8's sliced strings), so a few cell values would hold a whole sheet's
 * XML in memory; the copy holds only itself. Short strings are always copied by the engine anyway.
 * Reading a character of `" " + text` makes V8 flatten that pair into one new string of its own,
 * and the substring after the space is a view into that copy only: one copy, where a round trip
 * through UTF-8 cost two conversions and ten times the time.
 */
export function detachText(text: string): string {
  if (text.length < 13) return text;
  const copy = " " + text;
  copy.charCodeAt(1);
  return copy.substring(1);
}
