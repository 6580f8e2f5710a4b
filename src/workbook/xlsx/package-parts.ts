// The package structure of an .xlsx (sheet names, states, part paths, tables) read from its small XML parts.
import type JSZip from "jszip";
import { TableInfo } from "../../core/port";
import { elementsNamed, prefixedAttribute } from "./xml";

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

/** The relationships of `partPath` (empty when it has none). */
export async function readRelationships(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(partPath));
  if (xml === null) return [];
  return elementsNamed(xml, "Relationship").map((rel) => {
    const external = rel.TargetMode === "External";
    const target = rel.Target ?? "";
    return {
      id: rel.Id ?? "",
      kind: (rel.Type ?? "").split("/").pop() ?? "",
      target: external ? target : resolvePartPath(partPath, target),
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
  const xml = (await readText(zip, workbookPath)) ?? "";
  const rels = new Map((await readRelationships(zip, workbookPath)).map((rel) => [rel.id, rel]));
  const workbookPr = elementsNamed(xml, "workbookPr")[0] ?? {};
  const date1904 = workbookPr.date1904 === "1" || workbookPr.date1904 === "true";
  const sheets: WorksheetPart[] = [];
  for (const sheet of elementsNamed(xml, "sheet")) {
    const rel = rels.get(prefixedAttribute(sheet, "id") ?? "");
    if (!rel || rel.kind !== "worksheet" || sheet.name === undefined) continue;
    sheets.push({ name: sheet.name, state: sheetState(sheet.state), path: rel.target });
  }
  return { workbookPath, date1904, sheets };
}

/** Decodes "B3" into 1-based row and column. */
export function decodeCellRef(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not a cell reference: ${ref}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/**
 * The Excel tables (ListObjects) of one sheet. A table without a header row reports the row above
 * its data as `headerRow`; its totals row, when shown, is outside the data rows.
 */
export async function readSheetTables(zip: JSZip, sheetPath: string): Promise<TableInfo[]> {
  const tables: TableInfo[] = [];
  for (const rel of await readRelationships(zip, sheetPath)) {
    if (rel.kind !== "table" || rel.external) continue;
    const xml = await readText(zip, rel.target);
    const table = xml === null ? undefined : elementsNamed(xml, "table")[0];
    if (!table?.ref) continue;
    const [from, to = from] = table.ref.split(":");
    const start = decodeCellRef(from);
    const end = decodeCellRef(to);
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
