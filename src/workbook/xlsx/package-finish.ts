// Finishing the zip exceljs wrote: native charts, true internal hyperlinks, and print areas with safe quoting.
import JSZip from "jszip";
import { RangeRef } from "../../core/outputs/sheet-doc";
import { absoluteRange } from "./charts/chart-xml";
import { injectSheetCharts, SheetCharts } from "./charts/inject";
import { readRawRelationships, writeRawRelationships } from "./package-edit";
import { readPackageLayout, readText, WorksheetPart } from "./package-parts";
import { escapeXml, parseAttributes } from "./xml";
import { writeZip, ZipDeflater, ZipEntry } from "./zip-write";

export interface PackagePlan {
  readonly charts: readonly Omit<SheetCharts, "sheetPath">[];
  readonly printAreas: readonly { readonly sheetName: string; readonly range: RangeRef }[];
  /** Whether any sheet has a link to a cell of the workbook (exceljs writes those wrongly). */
  readonly internalLinks: boolean;
}

/**
 * exceljs writes an internal link ("#'Sheet'!A1") as an external relationship, which some viewers
 * open as a file. Each becomes `<hyperlink location="'Sheet'!A1">` with the relationship removed.
 */
async function makeHyperlinksInternal(zip: JSZip, sheet: WorksheetPart): Promise<void> {
  const rels = await readRawRelationships(zip, sheet.path);
  const internal = new Map(
    rels
      .filter((r) => r.external && r.type.endsWith("/hyperlink") && r.target.startsWith("#"))
      .map((r) => [r.id, r])
  );
  if (internal.size === 0) return;
  const xml = (await readText(zip, sheet.path)) ?? "";
  const rewritten = xml.replace(
    /<hyperlink\b([^>]*?)\/>/g,
    (element: string, attributeText: string) => {
      const attributes = parseAttributes(attributeText);
      const rel = internal.get(attributes["r:id"] ?? "");
      if (!rel) return element;
      const tooltip = attributes.tooltip ? ` tooltip="${escapeXml(attributes.tooltip)}"` : "";
      return `<hyperlink ref="${escapeXml(attributes.ref ?? "")}" location="${escapeXml(rel.target.slice(1))}"${tooltip}/>`;
    }
  );
  zip.file(sheet.path, rewritten);
  writeRawRelationships(
    zip,
    sheet.path,
    rels.filter((r) => !internal.has(r.id))
  );
}

/** `_xlnm.Print_Area` defined names, one per sheet, local to that sheet (its 0-based tab index). */
async function writePrintAreas(zip: JSZip, workbookPath: string, plan: PackagePlan): Promise<void> {
  if (plan.printAreas.length === 0) return;
  const xml = (await readText(zip, workbookPath)) ?? "";
  const tabNames = Array.from(
    xml.matchAll(/<sheet\b([^>]*)\/?>/g),
    (m) => parseAttributes(m[1]).name
  );
  const names = plan.printAreas
    .map(({ sheetName, range }) => ({
      index: tabNames.indexOf(sheetName),
      ref: absoluteRange(sheetName, range),
    }))
    .filter((area) => area.index >= 0)
    .map(
      (area) =>
        `<definedName name="_xlnm.Print_Area" localSheetId="${area.index}">${escapeXml(area.ref)}</definedName>`
    )
    .join("");
  const withNames = xml.includes("<definedNames>")
    ? xml.replace("<definedNames>", `<definedNames>${names}`)
    : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  zip.file(workbookPath, withNames);
}

/** Every entry of the zip in its order, uncompressed (JSZip hands stored entries over without work). */
async function entriesOf(zip: JSZip): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files))
    entries.push({
      name: file.name,
      dir: file.dir,
      date: file.date,
      data: file.dir ? new Uint8Array(0) : await file.async("uint8array"),
    });
  return entries;
}

/**
 * Applies the plan to the bytes exceljs wrote and returns the final .xlsx. With a `deflater` (the
 * command line's zlib) exceljs wrote its parts stored, and every part is deflated here, once;
 * without one (browsers) JSZip deflates, re-deflating only the parts the plan edited.
 */
export async function finishPackage(
  written: Uint8Array,
  plan: PackagePlan,
  deflater?: ZipDeflater
): Promise<Uint8Array> {
  const nothingToAdd =
    plan.charts.length === 0 && plan.printAreas.length === 0 && !plan.internalLinks;
  // re-zipping a large sheet costs seconds: leave the bytes alone when there is nothing to add
  if (nothingToAdd && !deflater) return written;
  const zip = await JSZip.loadAsync(written);
  const workbookPath = "xl/workbook.xml";
  const layout = await readPackageLayout(zip, workbookPath);
  if (plan.internalLinks)
    for (const sheet of layout.sheets) await makeHyperlinksInternal(zip, sheet);
  for (const sheetCharts of plan.charts) {
    const part = layout.sheets.find((s) => s.name === sheetCharts.sheetName);
    if (!part)
      throw new Error(`Charts for a sheet that was not written: "${sheetCharts.sheetName}"`);
    await injectSheetCharts(zip, { ...sheetCharts, sheetPath: part.path });
  }
  await writePrintAreas(zip, workbookPath, plan);
  if (deflater) return writeZip(await entriesOf(zip), deflater);
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
