// The written zip itself: chart/drawing parts, well-formed XML (xmllint), consistent content types and rels.
import { execFileSync } from "child_process";
import JSZip from "jszip";
import { createXlsxTarget } from "../../../src/workbook/xlsx/create-target";
import { tempDir } from "../../helpers/xlsx-build";
import {
  CHART_SHEET,
  chartDoc,
  DEPARTMENTS,
  FEATURE_SHEET,
  featureDoc,
  listDoc,
  PROGRESS,
} from "./docs";

const temp = tempDir("xlsx-zip");
afterAll(() => temp.cleanup());

let zip: JSZip;
const text = (path: string) => zip.file(path)!.async("string");

/** Zip path of a sheet's part, through workbook.xml and its rels (never guessed). */
async function sheetPath(name: string): Promise<string> {
  const workbook = await text("xl/workbook.xml"); // exceljs writes apostrophes in names as &apos;
  const rid = new RegExp(
    `<sheet [^>]*name="${name.replace(/'/g, "&apos;")}"[^>]*r:id="(rId\\d+)"`
  ).exec(workbook)![1];
  const rels = await text("xl/_rels/workbook.xml.rels");
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

beforeAll(async () => {
  const target = createXlsxTarget();
  await target.writeGenerated([chartDoc(), listDoc(), featureDoc()], {
    fiscalYear: 2569,
    quarter: 1,
    round: "quarter",
  });
  zip = await JSZip.loadAsync(await target.toBuffer());
});

it("holds a chart part per chart and one drawing for the chart sheet", () => {
  const parts = Object.keys(zip.files).filter(
    (p) => /^xl\/(charts|drawings)\//.test(p) && !zip.files[p].dir
  );
  expect(parts.sort()).toEqual([
    "xl/charts/chart1.xml",
    "xl/charts/chart2.xml",
    "xl/drawings/_rels/drawing1.xml.rels",
    "xl/drawings/drawing1.xml",
  ]);
});

it("has only well-formed XML parts (xmllint)", async () => {
  const files: string[] = [];
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(path)) continue;
    files.push(temp.file(path.replace(/[/[\]]/g, "_"), await entry.async("uint8array")));
  }
  expect(files.length).toBeGreaterThan(10);
  // throws with xmllint's message when any part is not well-formed
  execFileSync("xmllint", ["--noout", ...files], { stdio: "pipe" });
});

it("declares a content type for every part and resolves every internal relationship", async () => {
  const types = await text("[Content_Types].xml");
  const overrides = new Set(Array.from(types.matchAll(/PartName="([^"]+)"/g), (m) => m[1]));
  const defaults = new Set(Array.from(types.matchAll(/Default Extension="([^"]+)"/g), (m) => m[1]));
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path].dir || path === "[Content_Types].xml") continue;
    const covered = overrides.has(`/${path}`) || defaults.has(path.split(".").pop()!);
    expect([path, covered]).toEqual([path, true]);
  }
  expect(types).toContain(
    'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"'
  );
  expect(types).toContain(
    'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"'
  );
  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const owner = relsPath.replace("_rels/", "").replace(/\.rels$/, "");
    const base = owner.split("/").slice(0, -1);
    for (const m of (await text(relsPath)).matchAll(/<Relationship ([^>]*)\/>/g)) {
      if (m[1].includes('TargetMode="External"')) continue;
      const target = /Target="([^"]+)"/.exec(m[1])![1];
      const resolved = target.startsWith("/")
        ? target.slice(1)
        : [...base, ...target.split("/")]
            .reduce<string[]>(
              (acc, piece) => (piece === ".." ? acc.slice(0, -1) : [...acc, piece]),
              []
            )
            .join("/");
      expect([relsPath, resolved, zip.file(resolved) !== null]).toEqual([relsPath, resolved, true]);
    }
  }
});

it("puts <drawing> where the schema wants it: after pageSetup, before tableParts", async () => {
  const path = await sheetPath(CHART_SHEET);
  const xml = await text(path);
  const drawing = /<drawing r:id="(rId\d+)"\/>/.exec(xml)!;
  expect(xml.indexOf("<pageSetup")).toBeLessThan(drawing.index);
  expect(drawing.index).toBeLessThan(xml.indexOf("<tableParts"));
  const rels = await text(path.replace("worksheets/", "worksheets/_rels/") + ".rels");
  expect(rels).toMatch(
    new RegExp(`Id="${drawing[1]}" Type="[^"]+/drawing" Target="../drawings/drawing1.xml"`)
  );
  const drawingXml = await text("xl/drawings/drawing1.xml");
  expect(drawingXml.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
  expect(drawingXml).toContain(
    "<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row>"
  );
  expect(drawingXml).toContain(
    "<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>"
  );
});

it("builds bar and column charts over the sheet's own cells, with caches, labels, axes and legend", async () => {
  const bar = await text("xl/charts/chart1.xml");
  const column = await text("xl/charts/chart2.xml");
  const quoted = `'${CHART_SHEET}'`;
  expect(bar).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
  expect(bar).toContain(`<c:f>${quoted}!$A$5:$A$9</c:f>`);
  expect(bar).toContain(`<c:f>${quoted}!$B$5:$B$9</c:f>`);
  expect(bar).toContain(`<c:pt idx="0"><c:v>${DEPARTMENTS[0]}</c:v></c:pt>`);
  expect(bar).toContain(`<c:pt idx="1"><c:v>${PROGRESS[1]}</c:v></c:pt>`);
  expect(bar).toContain('<c:max val="100"/><c:min val="0"/>');
  expect(bar).toContain('<c:showVal val="1"/>');
  expect(bar).toContain('<c:numFmt formatCode="0.00" sourceLinked="0"/>');
  expect(bar).toContain("<a:t>ความก้าวหน้ารายหน่วยงาน (%)</a:t>");
  expect(bar).toContain("<a:t>ร้อยละ</a:t>");
  expect(bar).toContain('<a:srgbClr val="1F4E79"/>');
  expect(bar).not.toContain("<c:legend>");
  expect(column).toContain('<c:barDir val="col"/>');
  expect(column.match(/<c:ser>/g)).toHaveLength(2);
  expect(column).toContain("<c:tx><c:v>เบิกจ่าย</c:v></c:tx>");
  expect(column).toContain("<c:legend>");
  expect(column).not.toContain("<c:dLbls>");
  expect(column).not.toContain("<c:max ");
});

it("writes links as in-workbook locations, not as external relationships", async () => {
  const path = await sheetPath(FEATURE_SHEET);
  const xml = await text(path);
  expect(xml).toContain(`<hyperlink ref="A2" location="'${CHART_SHEET}'!A1"/>`);
  const relsFile = zip.file(path.replace("worksheets/", "worksheets/_rels/") + ".rels");
  const rels = relsFile ? await relsFile.async("string") : "";
  expect(rels).not.toContain("hyperlink");
});

it("quotes the sheet name of a print area, doubling its apostrophes", async () => {
  const workbook = await text("xl/workbook.xml");
  expect(workbook).toContain(
    `<definedName name="_xlnm.Print_Area" localSheetId="2">'${FEATURE_SHEET.replace(/'/g, "''")}'!$A$1:$C$11</definedName>`
  );
});
