// Adds native charts to a written .xlsx (exceljs cannot write charts): chart, drawing and rels parts per sheet.
import type JSZip from "jszip";
import { DocChart } from "../../../core/outputs/sheet-doc";
import {
  addContentTypeOverrides,
  ensureRelationshipNamespace,
  freePartNumber,
  freeRelationshipId,
  insertDrawingElement,
  readRawRelationships,
  writeRawRelationships,
} from "../package-edit";
import { readText } from "../package-parts";
import { CellLookup, ChartFont, chartXml } from "./chart-xml";
import {
  CONTENT_TYPE_CHART,
  CONTENT_TYPE_DRAWING,
  drawingRelsXml,
  drawingXml,
  REL_TYPE_DRAWING,
} from "./drawing-xml";

export interface SheetCharts {
  /** Sheet name as written (chart formulas point at it). */
  readonly sheetName: string;
  /** Zip path of the sheet part, from workbook.xml and its rels. */
  readonly sheetPath: string;
  readonly charts: readonly DocChart[];
  readonly lookup: CellLookup;
  readonly font: ChartFont;
}

const chartPart = (n: number) => `xl/charts/chart${n}.xml`;
const drawingPart = (n: number) => `xl/drawings/drawing${n}.xml`;

/** Writes the charts of one sheet: one drawing holding one anchor per chart. */
export async function injectSheetCharts(zip: JSZip, sheet: SheetCharts): Promise<void> {
  if (sheet.charts.length === 0) return;
  const sheetXml = await readText(zip, sheet.sheetPath);
  if (sheetXml === null)
    throw new Error(`No part ${sheet.sheetPath} for sheet "${sheet.sheetName}"`);

  const chartNumbers: number[] = [];
  for (const chart of sheet.charts) {
    const n = freePartNumber(zip, chartPart);
    zip.file(chartPart(n), chartXml(chart, sheet.sheetName, sheet.lookup, sheet.font));
    chartNumbers.push(n);
  }
  const drawingNumber = freePartNumber(zip, drawingPart);
  const drawingPath = drawingPart(drawingNumber);
  zip.file(drawingPath, drawingXml(sheet.charts));
  zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRelsXml(chartNumbers));

  const rels = await readRawRelationships(zip, sheet.sheetPath);
  const drawingRelId = freeRelationshipId(rels);
  writeRawRelationships(zip, sheet.sheetPath, [
    ...rels,
    {
      id: drawingRelId,
      type: REL_TYPE_DRAWING,
      target: `../drawings/drawing${drawingNumber}.xml`,
      external: false,
    },
  ]);
  const withDrawing = insertDrawingElement(
    ensureRelationshipNamespace(sheetXml),
    `<drawing r:id="${drawingRelId}"/>`
  );
  zip.file(sheet.sheetPath, withDrawing);

  await addContentTypeOverrides(zip, [
    ...chartNumbers.map((n) => ({ part: chartPart(n), contentType: CONTENT_TYPE_CHART })),
    { part: drawingPath, contentType: CONTENT_TYPE_DRAWING },
  ]);
}
