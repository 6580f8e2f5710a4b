// The drawing part that places a sheet's charts (xl/drawings/drawingN.xml) and its relationships.
import { DocChart } from "../../../core/outputs/sheet-doc";
import { escapeXml } from "../xml";

const NS_SHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const REL_TYPE_CHART =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const REL_TYPE_DRAWING =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CONTENT_TYPE_CHART =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CONTENT_TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

function marker(tag: "from" | "to", column: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** One anchor per chart: from its top-left cell over `rows` × `columns` cells (0-based markers). */
function anchor(chart: DocChart, index: number, relId: string): string {
  const { row, column, rows, columns } = chart.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", column - 1, row - 1)}${marker("to", column - 1 + columns, row - 1 + rows)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part; chart i is reached through relationship `rId{i+1}` of the drawing. */
export function drawingXml(charts: readonly DocChart[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    charts.map((chart, i) => anchor(chart, i, `rId${i + 1}`)).join("") +
    `</xdr:wsDr>`
  );
}

/** Relationships part with the given (id, type, target) entries. */
export function relationshipsXml(
  relationships: readonly { id: string; type: string; target: string; external?: boolean }[]
): string {
  const items = relationships
    .map(
      (rel) =>
        `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"` +
        `${rel.external ? ' TargetMode="External"' : ""}/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}">${items}</Relationships>`;
}

/** The drawing's relationships: chart i → ../charts/chart{numbers[i]}.xml. */
export function drawingRelsXml(chartNumbers: readonly number[]): string {
  return relationshipsXml(
    chartNumbers.map((n, i) => ({
      id: `rId${i + 1}`,
      type: REL_TYPE_CHART,
      target: `../charts/chart${n}.xml`,
    }))
  );
}
