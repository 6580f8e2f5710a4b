// The reference sheet's [quarter_targets] block: one row per quarter with its cumulative plan targets (SPEC §4).
import { CellValue, isBlankValue, isExcelError } from "../cell";
import { LocalText } from "../findings";
import { QuarterTargets, quarterTargetsSchema } from "../reference/schema";
import { cleanText, thaiDigitsToAscii } from "../text";
import { Block, ReferenceSheetProblem, Rows, problem } from "./reference-read";

export const TARGETS_BLOCK = "quarter_targets";
/** Header of the block: the quarter (1–4), then cumulative progress % and disbursement % due by its end. */
export const TARGETS_HEADER = ["quarter", "progress_pct", "disbursement_pct"] as const;

export const TARGETS_TITLE: LocalText = {
  th: "เป้าหมายตามแผนสะสม ณ สิ้นไตรมาส (ร้อยละ): ความก้าวหน้า และการเบิกจ่าย",
  en: "Cumulative plan targets at quarter end (%): progress and disbursement",
};

/** The block's rows as the template writes them. */
export function targetRows(targets: QuarterTargets): number[][] {
  return targets.progress.map((p, q) => [q + 1, p, targets.disbursement[q]]);
}

/** A percentage typed as a number, "25", "25%" or Thai digits; null for anything else. */
function percentValue(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = thaiDigitsToAscii(cleanText(value)).replace(/\s*%$/, "");
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/**
 * The four quarters' targets, or null (with problems) when a quarter is missing, repeated or not a
 * percentage: a half-filled plan is never applied, since a missing target would read as 0.
 */
export function readTargets(values: Rows, block: Block, problems: ReferenceSheetProblem[]): QuarterTargets | null {
  const tag = `[${TARGETS_BLOCK}]`;
  const start = problems.length;
  const columns = TARGETS_HEADER.map((h) => block.header.indexOf(h));
  const missing = TARGETS_HEADER.filter((_, i) => columns[i] < 0);
  if (missing.length) {
    problems.push(
      problem(TARGETS_BLOCK, block.markerRow + 2, `ตาราง ${tag} ไม่มีคอลัมน์ "${missing.join('", "')}"`, `block ${tag} lacks the column "${missing.join('", "')}"`),
    );
    return null;
  }
  const progress: (number | null)[] = [null, null, null, null];
  const disbursement: (number | null)[] = [null, null, null, null];
  for (const r of block.dataRows) {
    const sheetRow = r + 1;
    const [quarter, p, d] = columns.map((c) => values[r]?.[c] ?? null);
    const q = percentValue(quarter);
    const bad = (th: string, en: string) => problems.push(problem(TARGETS_BLOCK, sheetRow, `ตาราง ${tag} แถว ${sheetRow}: ${th}`, `block ${tag} row ${sheetRow}: ${en}`));
    if (q === null || !Number.isInteger(q) || q < 1 || q > 4) {
      bad(`"quarter" ต้องเป็น 1–4`, `"quarter" must be 1–4`);
      continue;
    }
    if (progress[q - 1] !== null) {
      bad(`ไตรมาส ${q} ซ้ำ`, `quarter ${q} repeats`);
      continue;
    }
    const pv = isExcelError(p) || isBlankValue(p) ? null : percentValue(p);
    const dv = isExcelError(d) || isBlankValue(d) ? null : percentValue(d);
    if (pv === null || dv === null || pv > 100 || dv > 100) {
      bad("เป้าหมายต้องเป็นร้อยละ 0–100", "targets must be percentages 0–100");
      continue;
    }
    progress[q - 1] = pv;
    disbursement[q - 1] = dv;
  }
  if (problems.length > start) return null;
  if (progress.includes(null)) {
    problems.push(problem(TARGETS_BLOCK, block.markerRow + 1, `ตาราง ${tag} ต้องมีครบทั้ง ๔ ไตรมาส`, `block ${tag} needs all four quarters`));
    return null;
  }
  const parsed = quarterTargetsSchema.safeParse({ progress, disbursement });
  if (!parsed.success) {
    const where = parsed.error.issues[0].path;
    const q = Number(where[1]) + 1;
    problems.push(
      problem(TARGETS_BLOCK, block.markerRow + 1, `ตาราง ${tag}: เป้าหมายสะสม ${String(where[0])} ไตรมาส ${q} ต่ำกว่าไตรมาสก่อน`, `block ${tag}: cumulative ${String(where[0])} target of quarter ${q} is below the quarter before`),
    );
    return null;
  }
  return parsed.data;
}
