// Writing generated sheets safely: new sheets under temporary names, then replace, rename and register at once.
import { GeneratedMark, ProgressFn, WrittenSheet } from "../../core/port";
import { SheetDoc } from "../../core/outputs/sheet-doc";
import { WriteBatch, payloadBytes } from "./budget";
import { withContext } from "./errors";
import { OfficeFeatures } from "./features";
import { SheetListing } from "./listing";
import { AdapterNote, note } from "./notes";
import { AddedSheet, finishEstimate, queueFinish, syncedId, undoWrite } from "./finish";
import { PlannedDoc, newWriteToken, planWrite } from "./plan";
import { writeCharts } from "./render-charts";
import { writeCellValues, writeNumberFormats } from "./render-cells";
import { RenderContext } from "./render-context";
import { writeSheetFrame } from "./render-frame";
import { writePage, writeTables, writeValidations, writeView } from "./render-extras";
import { writeLinks } from "./render-links";
import { writeMerges, writeStyles } from "./render-styles";

export interface GeneratedResult {
  readonly written: WrittenSheet[];
  readonly notes: AdapterNote[];
}

async function renderDoc(
  context: Excel.RequestContext,
  batch: WriteBatch,
  base: Omit<RenderContext, "sheet" | "planned">,
  planned: PlannedDoc
): Promise<AddedSheet & { paged: boolean; rc: RenderContext }> {
  await batch.reserve(payloadBytes(planned.tempName), 2 /* add, load id */, 1);
  const sheet = context.workbook.worksheets.add(planned.tempName);
  sheet.load("id");
  const rc: RenderContext = { ...base, sheet, planned };
  const doc = planned.doc;
  await writeSheetFrame(rc, doc);
  await writeNumberFormats(rc, doc);
  await writeCellValues(rc, doc);
  await writeStyles(rc, doc);
  await writeMerges(rc, doc);
  await writeLinks(rc, doc);
  await writeView(rc, doc);
  await writeTables(rc);
  await writeCharts(rc, doc.charts);
  const paged = await writePage(rc, doc);
  return { planned, sheet, paged, rc };
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
    worksheets: context.workbook.worksheets,
  };
  const added: AddedSheet[] = [];
  const unpaged: string[] = [];
  const total = plan.docs.length + 1;
  const rendered: RenderContext[] = [];
  try {
    for (const planned of plan.docs) {
      const result = await renderDoc(context, batch, base, planned);
      added.push(result);
      rendered.push(result.rc);
      if (!result.paged) unpaged.push(planned.finalName);
      progress?.(added.length, total, planned.finalName);
    }
    // Drop-down lists last: a list's source may be a sheet of this run rendered after the list's own
    // sheet (the template's reference sheet), and a source must be a range that exists.
    for (const rc of rendered) await writeValidations(rc, rc.planned.doc);
    // The registry records each new sheet's id: when every add has been synced already (a big
    // write), the swap rides on the last write request instead of a sync of its own.
    if (added.some((a) => syncedId(a.sheet) === null)) await batch.flush();
    const finish = finishEstimate(plan, added);
    await batch.reserve(finish.bytes, finish.operations);
    queueFinish(context, plan, added, listing);
    await batch.flush();
  } catch (error) {
    let cleanup = "";
    let outcome: "undone" | "completed" | null = null;
    try {
      outcome = await undoWrite(context, plan, added, listing);
    } catch (cleanupError) {
      cleanup = ` (removing the unfinished sheets also failed: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)})`;
    }
    // Failing while deleting the replaced sheets: the new ones were in place, and the rest is deleted now.
    if (outcome !== "completed")
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
