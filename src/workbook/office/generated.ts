// Writing generated sheets safely: new sheets under temporary names, then replace, rename and register at once.
import { GeneratedMark, ProgressFn, WrittenSheet } from "../../core/port";
import { SheetDoc } from "../../core/outputs/sheet-doc";
import { WriteBatch } from "./budget";
import { withContext } from "./errors";
import { OfficeFeatures } from "./features";
import { SheetListing } from "./listing";
import { AdapterNote, note } from "./notes";
import { AddedSheet, queueFinish, undoWrite } from "./finish";
import { PlannedDoc, newWriteToken, planWrite } from "./plan";
import { writeCharts } from "./render-charts";
import { writeCellValues, writeSheetFrame } from "./render-cells";
import { RenderContext } from "./render-context";
import { writePage, writeTables, writeValidations, writeView } from "./render-extras";
import { writeLinks, writeMerges, writeStyles } from "./render-styles";

export interface GeneratedResult {
  readonly written: WrittenSheet[];
  readonly notes: AdapterNote[];
}

async function renderDoc(
  context: Excel.RequestContext,
  batch: WriteBatch,
  base: Omit<RenderContext, "sheet" | "planned">,
  planned: PlannedDoc
): Promise<AddedSheet & { paged: boolean }> {
  await batch.reserve(0, 2);
  const sheet = context.workbook.worksheets.add(planned.tempName);
  sheet.load("id");
  const rc: RenderContext = { ...base, sheet, planned };
  const doc = planned.doc;
  await writeSheetFrame(rc, doc);
  await writeCellValues(rc, doc);
  await writeStyles(rc, doc);
  await writeMerges(rc, doc);
  await writeLinks(rc, doc);
  await writeView(rc, doc);
  await writeValidations(rc, doc);
  await writeTables(rc);
  await writeCharts(rc, doc.charts);
  const paged = await writePage(rc, doc);
  return { planned, sheet, paged };
}

export async function writeGeneratedSheets(
  context: Excel.RequestContext,
  docs: readonly SheetDoc[],
  mark: Omit<GeneratedMark, "key">,
  listing: SheetListing,
  features: OfficeFeatures,
  progress?: ProgressFn
): Promise<GeneratedResult> {
  let token = newWriteToken();
  while (listing.sheets.some((s) => s.name.includes(token))) token = newWriteToken();
  const plan = planWrite(docs, mark, listing, token, new Date().toISOString());
  const byDocName = new Map(plan.docs.map((p) => [p.doc.name, p]));
  const notes: AdapterNote[] = [];
  const batch = new WriteBatch(context);
  const base = {
    batch,
    features,
    notes,
    linkSheetName: (name: string) => byDocName.get(name)?.finalName ?? name,
    formulaSheetName: (name: string) => byDocName.get(name)?.tempName ?? name,
  };
  const added: AddedSheet[] = [];
  const unpaged: string[] = [];
  const total = plan.docs.length + 1;
  try {
    for (const planned of plan.docs) {
      const result = await renderDoc(context, batch, base, planned);
      added.push(result);
      if (!result.paged) unpaged.push(planned.finalName);
      progress?.(added.length, total, planned.finalName);
    }
    await batch.flush();
    queueFinish(context, plan, added, listing);
    await context.sync();
  } catch (error) {
    let cleanup = "";
    try {
      await undoWrite(context, plan, added, listing);
    } catch (cleanupError) {
      cleanup = ` (removing the unfinished sheets also failed: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)})`;
    }
    throw withContext(
      `writing generated sheets ${plan.docs.map((p) => `"${p.finalName}"`).join(", ")} failed${cleanup}`,
      error
    );
  }
  progress?.(total, total, "");
  if (unpaged.length) notes.push(note("no-page-layout", unpaged.join(", ")));
  const written = plan.docs.map((p) => ({
    key: p.doc.key,
    name: p.finalName,
    charts: p.doc.charts.length,
    replaced: p.replaces.length > 0,
  }));
  return { written, notes };
}
