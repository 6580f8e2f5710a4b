// Editing parts of a written .xlsx zip: relationships, content-type overrides and schema-ordered sheet elements.
import type JSZip from "jszip";
import { relationshipsXml } from "./charts/drawing-xml";
import { readText, relsPathOf } from "./package-parts";
import { elementsNamed, escapeXml } from "./xml";

/** A relationship as written in its part (target not resolved). */
export interface RawRelationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export async function readRawRelationships(
  zip: JSZip,
  partPath: string
): Promise<RawRelationship[]> {
  const xml = await readText(zip, relsPathOf(partPath));
  if (xml === null) return [];
  return elementsNamed(xml, "Relationship").map((rel) => ({
    id: rel.Id ?? "",
    type: rel.Type ?? "",
    target: rel.Target ?? "",
    external: rel.TargetMode === "External",
  }));
}

/** Writes the relationships of `partPath`; an empty list removes the part. */
export function writeRawRelationships(
  zip: JSZip,
  partPath: string,
  relationships: readonly RawRelationship[]
): void {
  const path = relsPathOf(partPath);
  if (relationships.length === 0) zip.remove(path);
  else zip.file(path, relationshipsXml(relationships));
}

/** An id not used by `relationships`: rId1, rId2, … */
export function freeRelationshipId(relationships: readonly RawRelationship[]): string {
  const used = new Set(relationships.map((r) => r.id));
  for (let n = relationships.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** The smallest n ≥ 1 for which `pattern(n)` names no file in the zip. */
export function freePartNumber(
  zip: JSZip,
  pattern: (n: number) => string,
  taken: ReadonlySet<number> = new Set()
): number {
  for (let n = 1; ; n++) if (!taken.has(n) && !zip.file(pattern(n))) return n;
}

/** Adds `<Override>` entries to [Content_Types].xml for new parts (absolute part names). */
export async function addContentTypeOverrides(
  zip: JSZip,
  overrides: readonly { part: string; contentType: string }[]
): Promise<void> {
  if (overrides.length === 0) return;
  const path = "[Content_Types].xml";
  const xml = await readText(zip, path);
  if (xml === null) throw new Error("The written package has no [Content_Types].xml");
  const existing = new Set(elementsNamed(xml, "Override").map((o) => o.PartName));
  const added = overrides
    .filter((o) => !existing.has(`/${o.part}`))
    .map(
      (o) =>
        `<Override PartName="/${escapeXml(o.part)}" ContentType="${escapeXml(o.contentType)}"/>`
    )
    .join("");
  zip.file(path, xml.replace(/<\/Types>\s*$/, `${added}</Types>`));
}

/**
 * CT_Worksheet children that must come after `<drawing>`; it is inserted before the first of them
 * (after pageSetup, headerFooter, rowBreaks and the rest that precede it).
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Inserts `element` into the worksheet XML where the schema puts `<drawing>`. */
export function insertDrawingElement(sheetXml: string, element: string): string {
  if (/<drawing[\s/>]/.test(sheetXml)) throw new Error("The sheet already has a drawing");
  const next = new RegExp(`<(?:${AFTER_DRAWING.join("|")})[\\s/>]`).exec(sheetXml);
  const at = next ? next.index : sheetXml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("Not a worksheet part");
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Makes sure the worksheet root declares the relationships namespace used by `r:id`. */
export function ensureRelationshipNamespace(sheetXml: string): string {
  const root = /<worksheet\b[^>]*>/.exec(sheetXml);
  if (!root || root[0].includes("xmlns:r=")) return sheetXml;
  const declared = root[0].replace(
    /^<worksheet\b/,
    '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  );
  return sheetXml.slice(0, root.index) + declared + sheetXml.slice(root.index + root[0].length);
}
