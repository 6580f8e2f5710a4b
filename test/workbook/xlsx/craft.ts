// Hand-written .xlsx packages for reader tests: any part names, any zip order, any styles and shared strings.
import JSZip from "jszip";

export const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
export const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';

export interface CraftedSheet {
  readonly name: string;
  /** `<sheetData>` inner XML, or a whole part when it starts with "<?xml" or "<worksheet". */
  readonly xml: string;
  /** Zip path of the part; default xl/worksheets/sheetN.xml. */
  readonly path?: string;
  /** Target as written in workbook.xml.rels; default the path relative to xl/. */
  readonly target?: string;
}

export interface CraftOptions {
  /** `<si>` items, inner XML of `<sst>`. */
  readonly sharedStrings?: string;
  /** `<numFmts>` and `<cellXfs>` inner XML of `<styleSheet>`. */
  readonly styles?: string;
  readonly workbookPr?: string;
  /** Zip paths written last, in this order (e.g. shared strings after the sheets). */
  readonly last?: readonly string[];
  /** Parts replaced or added verbatim (string or bytes). */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
  readonly omit?: readonly string[];
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export function sheetPart(inner: string): string {
  if (inner.startsWith("<?xml") || inner.startsWith("<worksheet")) return inner;
  return `${XML_DECL}<worksheet ${MAIN} ${REL}><sheetData>${inner}</sheetData></worksheet>`;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The package's parts by zip path, in the order they are zipped. */
export function craftParts(
  sheets: readonly CraftedSheet[],
  opts: CraftOptions = {}
): Map<string, string | Uint8Array> {
  const paths = sheets.map((s, i) => s.path ?? `xl/worksheets/sheet${i + 1}.xml`);
  const parts = new Map<string, string | Uint8Array>();
  parts.set(
    "_rels/.rels",
    `${XML_DECL}<Relationships ${PKG_RELS}><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  const sheetRels = sheets.map(
    (s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="${escapeAttr(s.target ?? paths[i].replace(/^xl\//, ""))}"/>`
  );
  const extraRels = [
    opts.styles !== undefined
      ? `<Relationship Id="rIdS" Type="${RELS}/styles" Target="styles.xml"/>`
      : "",
    opts.sharedStrings !== undefined
      ? `<Relationship Id="rIdT" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>`
      : "",
  ];
  parts.set(
    "xl/_rels/workbook.xml.rels",
    `${XML_DECL}<Relationships ${PKG_RELS}>${sheetRels.join("")}${extraRels.join("")}</Relationships>`
  );
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  parts.set(
    "xl/workbook.xml",
    `${XML_DECL}<workbook ${MAIN} ${REL}><workbookPr ${opts.workbookPr ?? ""}/><sheets>${sheetList}</sheets></workbook>`
  );
  if (opts.styles !== undefined)
    parts.set("xl/styles.xml", `${XML_DECL}<styleSheet ${MAIN}>${opts.styles}</styleSheet>`);
  if (opts.sharedStrings !== undefined)
    parts.set("xl/sharedStrings.xml", `${XML_DECL}<sst ${MAIN}>${opts.sharedStrings}</sst>`);
  sheets.forEach((s, i) => parts.set(paths[i], sheetPart(s.xml)));
  for (const [path, content] of Object.entries(opts.parts ?? {})) parts.set(path, content);
  for (const path of opts.omit ?? []) parts.delete(path);
  for (const path of opts.last ?? []) {
    const content = parts.get(path);
    if (content === undefined) continue;
    parts.delete(path);
    parts.set(path, content);
  }
  return parts;
}

/** The zipped package (DEFLATE, as Excel writes). */
export async function craft(
  sheets: readonly CraftedSheet[],
  opts: CraftOptions = {}
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of craftParts(sheets, opts))
    zip.file(path, content, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An inline-string cell. */
export function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}
