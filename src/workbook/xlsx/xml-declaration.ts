// The XML declaration (`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`): checked, then skipped.

const S = "[ \\t\\r\\n]";

/**
 * The declaration's grammar: version, then optional encoding, then optional standalone, each after
 * white space, in that order; a regular expression is fine here, it runs once per part.
 */
const DECLARATION = new RegExp(
  `^<\\?xml${S}+version${S}*=${S}*(["'])(1\\.[0-9]+)\\1` +
    `(?:${S}+encoding${S}*=${S}*(["'])[A-Za-z][A-Za-z0-9._-]*\\3)?` +
    `(?:${S}+standalone${S}*=${S}*(["'])(?:yes|no)\\4)?${S}*\\?>$`
);

/**
 * Why the declaration `text` (from `<?xml` to `?>`) is refused, or null. Only version 1.0 is read:
 * 1.1 changes which characters are line breaks and which are allowed, and no workbook uses it.
 */
export function declarationProblem(text: string): string | null {
  const match = DECLARATION.exec(text);
  if (!match) return "malformed XML declaration";
  return match[2] === "1.0" ? null : `XML version ${match[2]} is not supported, only 1.0`;
}
