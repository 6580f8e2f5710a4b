// The package structure of an .xlsx (sheet names, states, part paths, tables) read from its small XML parts.
import type JSZip from "jszip";
import { TableInfo } from "../../core/port";
import { prefixedAttribute } from "./xml";
import { readElements } from "./xml-stream";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface Relationship {
  readonly id: string;
  /** Last segment of the relationship type URI: "worksheet", "table", "drawing", … */
  readonly kind: string;
  /** Part path inside the zip (resolved, no leading slash), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export interface WorksheetPart {
  readonly name: string;
  readonly state: SheetState;
  /** Zip path of the sheet XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

export interface PackageLayout {
  readonly workbookPath: string;
  readonly date1904: boolean;
  /** Zip paths of the styles and shared-strings parts, from the workbook's relationships (null: none). */
  readonly stylesPath: string | null;
  readonly sharedStringsPath: string | null;
  /** Worksheets in tab order (chart sheets and dialog sheets are left out). */
  readonly sheets: readonly WorksheetPart[];
}

/** Resolves a relationship target against the part that owns the relationship. */
export function resolvePartPath(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = ownerPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") segments.pop();
    else if (piece !== "." && piece !== "") segments.push(piece);
  }
  return segments.join("/");
}

/** Zip path of the relationships part of `partPath`: xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/**
 * The zip entry a relationship target names. Part names are URI-encoded in targets and compared
 * without regard to case (OPC), while zip entries are raw: "Sheet%201.xml" may be "sheet 1.xml".
 */
function zipEntryName(zip: JSZip, partPath: string): string {
  if (zip.file(partPath)) return partPath;
  let decoded = partPath;
  try {
    decoded = decodeURIComponent(partPath);
  } catch {
    // a lone "%" is simply part of the name
  }
  if (zip.file(decoded)) return decoded;
  const lower = decoded.toLowerCase();
  return Object.keys(zip.files).find((name) => name.toLowerCase() === lower) ?? partPath;
}

/** The relationships of `partPath` (empty when it has none). */
export async function readRelationships(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const elements = await readElements(zip, relsPathOf(partPath), ["Relationship"]);
  return (elements ?? []).map(({ attributes: rel }) => {
    const external = rel.TargetMode === "External";
    const target = rel.Target ?? "";
    return {
      id: rel.Id ?? "",
      kind: (rel.Type ?? "").split("/").pop() ?? "",
      target: external ? target : zipEntryName(zip, resolvePartPath(partPath, target)),
      external,
    };
  });
}

/** Where the workbook part is (normally xl/workbook.xml); null when the zip is no spreadsheet. */
export async function findWorkbookPath(zip: JSZip): Promise<string | null> {
  const root = await readRelationships(zip, "");
  const main = root.find((rel) => rel.kind === "officeDocument");
  if (main && zip.file(main.target)) return main.target;
  return zip.file("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function sheetState(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

export async function readPackageLayout(zip: JSZip, workbookPath: string): Promise<PackageLayout> {
  const elements = (await readElements(zip, workbookPath, ["workbookPr", "sheet"])) ?? [];
  const relationships = await readRelationships(zip, workbookPath);
  const rels = new Map(relationships.map((rel) => [rel.id, rel]));
  // by relationship, else by the usual name (some writers leave the relationship out)
  const partOfKind = (kind: string, usualPath: string) =>
    relationships.find((rel) => rel.kind === kind && !rel.external && zip.file(rel.target))
      ?.target ?? (zip.file(usualPath) ? usualPath : null);
  const workbookPr = elements.find((e) => e.name === "workbookPr")?.attributes ?? {};
  const date1904 = workbookPr.date1904 === "1" || workbookPr.date1904 === "true";
  const sheets: WorksheetPart[] = [];
  for (const { name, attributes: sheet } of elements) {
    if (name !== "sheet") continue;
    const rel = rels.get(prefixedAttribute(sheet, "id") ?? "");
    if (!rel || rel.kind !== "worksheet" || sheet.name === undefined) continue;
    sheets.push({ name: sheet.name, state: sheetState(sheet.state), path: rel.target });
  }
  return {
    workbookPath,
    date1904,
    stylesPath: partOfKind("styles", "xl/styles.xml"),
    sharedStringsPath: partOfKind("sharedStrings", "xl/sharedStrings.xml"),
    sheets,
  };
}

/** Decodes "B3" into 1-based row and column. */
export function decodeCellRef(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not a cell reference: ${ref}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Decodes "A1:M20" (or a single cell); null when it is not a range, as in a damaged table part. */
export function decodeRangeRef(
  ref: string
): { start: { row: number; column: number }; end: { row: number; column: number } } | null {
  const [from, to = from] = ref.split(":");
  try {
    return { start: decodeCellRef(from), end: decodeCellRef(to) };
  } catch {
    return null;
  }
}

/**
 * The Excel tables (ListObjects) of one sheet. A table without a header row reports the row above
 * its data as `headerRow`; its totals row, when shown, is outside the data rows.
 */
export async function readSheetTables(zip: JSZip, sheetPath: string): Promise<TableInfo[]> {
  const tables: TableInfo[] = [];
  for (const rel of await readRelationships(zip, sheetPath)) {
    if (rel.kind !== "table" || rel.external) continue;
    const table = (await readElements(zip, rel.target, ["table"]))?.[0]?.attributes;
    const range = table?.ref ? decodeRangeRef(table.ref) : null;
    if (!table || !range) continue;
    const { start, end } = range;
    const headerRows = table.headerRowCount === undefined ? 1 : Number(table.headerRowCount);
    const totalsRows = table.totalsRowCount === undefined ? 0 : Number(table.totalsRowCount);
    tables.push({
      name: table.displayName ?? table.name ?? "",
      headerRow: headerRows > 0 ? start.row : start.row - 1,
      firstDataRow: start.row + headerRows,
      lastDataRow: end.row - totalsRows,
      firstColumn: start.column,
      lastColumn: end.column,
    });
  }
  return tables;
}
