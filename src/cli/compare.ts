// `pyp-tracker compare OLD.xlsx NEW.xlsx [--out OUT.xlsx] [--json]`: what changed between two trackers.
import { COMPARE_MARK, CompareResult, compareDocs, compareJson, compareSources } from "../app/compare";
import { KIND_LABELS } from "../core/compare/labels";
import { CHANGE_KINDS } from "../core/compare/types";
import { Lang } from "../core/findings";
import { createXlsxFileTarget, openXlsxFile } from "../workbook/xlsx/node";
import { CliError } from "./errors";
import { checkInputs, checkOutput, ensureReplaceable, writeAtomically } from "./files";
import { CommonOptions, Io, currentFile } from "./main";
import { printWritten } from "./print";

const WORDS = {
  th: { matched: "โครงการที่พบทั้งสองฉบับ", changes: "การเปลี่ยนแปลง", none: "ไม่พบการเปลี่ยนแปลง", duplicate: "รหัสซ้ำ (เทียบแถวแรก)" },
  en: { matched: "projects in both", changes: "changes", none: "no changes", duplicate: "duplicated id (first row compared)" },
};

const shown = (v: unknown) => (v === null ? "—" : String(v));

function printCompare(result: CompareResult, lang: Lang, io: Io): void {
  const w = WORDS[lang];
  const { comparison } = result;
  for (const [side, trackers] of [["OLD", result.old], ["NEW", result.new]] as const) {
    for (const t of trackers) io.out(`${side} ${t.layout.file} › ${t.layout.sheet}: ${t.rows}\n`);
  }
  io.out(`${comparison.matched} ${w.matched}, ${comparison.changes.length} ${w.changes}${comparison.changes.length ? "" : ` (${w.none})`}\n`);
  for (const kind of CHANGE_KINDS) {
    const ofKind = comparison.changes.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    io.out(`${kind} (${KIND_LABELS[lang][kind]}): ${ofKind.length}\n`);
    for (const c of ofKind) {
      const where = c.newCell?.cell ?? c.oldCell?.cell ?? "";
      io.out(`  ${c.projectId} ${where}${c.column ? ` ${c.column}` : ""}: ${shown(c.oldValue)} → ${shown(c.newValue)}\n`);
    }
  }
  for (const d of comparison.duplicates) io.out(`${d.side.toUpperCase()} ${w.duplicate}: ${d.projectId} ${d.cells.map((p) => p.cell).join(", ")}\n`);
}

/** Exit 0 once compared (whatever changed); unusable input throws, which main turns into exit 2. */
export async function runCompare(opts: CommonOptions, io: Io): Promise<number> {
  if (opts.files.length !== 2) {
    throw new CliError(null, "compare takes exactly two files: OLD.xlsx NEW.xlsx", "คำสั่ง compare ต้องระบุสองไฟล์: ไฟล์เดิม.xlsx ไฟล์ใหม่.xlsx");
  }
  await checkInputs(opts.files);
  const target = opts.out === undefined ? null : await checkOutput(opts.out, opts.files);
  if (target) await ensureReplaceable(target, opts.out!);
  const [oldFile, newFile] = opts.files;
  currentFile.name = oldFile;
  const oldSource = await openXlsxFile(oldFile, oldFile);
  currentFile.name = newFile;
  const newSource = await openXlsxFile(newFile, newFile);
  currentFile.name = null;
  const result = await compareSources([oldSource], [newSource]);
  if (target) {
    const workbook = await createXlsxFileTarget();
    const written = await workbook.writeGenerated(compareDocs(result, opts.lang, false), COMPARE_MARK);
    currentFile.name = opts.out!;
    await writeAtomically(target, await workbook.toBuffer());
    if (!opts.json) printWritten(opts.out!, written, opts.lang, io);
  }
  if (opts.json) io.out(`${JSON.stringify(compareJson(result), null, 2)}\n`);
  else printCompare(result, opts.lang, io);
  return 0;
}
