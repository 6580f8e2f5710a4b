// Reading a workbook's reference sheet (layout in template/reference-layout.ts) and merging it over a base reference.
import { LocalText } from "../findings";
import {
  APPROVAL_BLOCK,
  LIST_ONLY_BLOCKS,
  LIST_TABLES,
  ListTableKey,
  SETTINGS_BLOCK,
} from "../template/reference-layout";
import {
  ReferencePatch,
  ReferenceSheetProblem,
  Rows,
  findBlocks,
  problem,
  readApprovalChain,
  readListTable,
  readSettings,
} from "../template/reference-read";
import { TARGETS_BLOCK, readTargets } from "../template/reference-targets";
import { foldText } from "../text";
import { Reference, ReferenceError, TargetsSource } from "./index";
import { referenceSchema } from "./schema";

export type { ReferencePatch, ReferenceSheetProblem } from "../template/reference-read";

/** Sheet names the template uses, and other names a planner may give the sheet. */
export const REFERENCE_SHEET_NAMES = { th: "อ้างอิง", en: "Reference" } as const;
const ACCEPTED_NAMES = new Set(["อ้างอิง", "ข้อมูลอ้างอิง", "reference", "reference data"]);

/** True for the reference sheet's name in Thai or English (a " (2)" copy suffix allowed). */
export function isReferenceSheetName(name: string): boolean {
  return ACCEPTED_NAMES.has(foldText(name).replace(/\s*\(\d+\)$/, ""));
}

export interface ReferenceSheetRead {
  readonly patch: ReferencePatch;
  readonly problems: ReferenceSheetProblem[];
}

/** Thrown by mergeReference when the merged tables do not fit together; `th` and `en` explain. */
export class ReferenceSheetError extends ReferenceError {
  constructor(
    readonly th: string,
    readonly en: string
  ) {
    super(en);
  }
}

/**
 * The tables a reference sheet provides, and what is wrong with it. Never throws for bad cells.
 * A sheet without any block marker provides nothing and has no problems: a planner's own sheet
 * that happens to be called "อ้างอิง" must not stop the check.
 */
export function readReferenceSheet(values: Rows): ReferenceSheetRead {
  const patch: ReferencePatch = {};
  const problems: ReferenceSheetProblem[] = [];
  const seen = new Set<string>();
  for (const block of findBlocks(values)) {
    const tag = `[${block.key}]`;
    if (seen.has(block.key)) {
      problems.push(
        problem(block.key, block.markerRow + 1, `ตาราง ${tag} ซ้ำ`, `block ${tag} appears twice`)
      );
      continue;
    }
    seen.add(block.key);
    if (LIST_ONLY_BLOCKS.includes(block.key)) continue;
    if (block.header.length === 0) {
      problems.push(
        problem(
          block.key,
          block.markerRow + 1,
          `ตาราง ${tag} ไม่มีแถวหัวตาราง`,
          `block ${tag} has no header row`
        )
      );
      continue;
    }
    const spec = LIST_TABLES.find((t) => t.key === block.key);
    if (spec) {
      const items = readListTable(values, block, spec, problems);
      if (items) (patch as Record<ListTableKey, unknown>)[spec.key] = items;
    } else if (block.key === APPROVAL_BLOCK) {
      const chain = readApprovalChain(values, block, problems);
      if (chain) patch.approval_chain_th = chain;
    } else if (block.key === SETTINGS_BLOCK) {
      readSettings(values, block, patch, problems);
    } else if (block.key === TARGETS_BLOCK) {
      const targets = readTargets(values, block, problems);
      if (targets) patch.quarter_targets = targets;
    } else {
      const known = [...LIST_TABLES.map((t) => t.key), APPROVAL_BLOCK, SETTINGS_BLOCK, TARGETS_BLOCK]
        .map((k) => `[${k}]`)
        .join(", ");
      problems.push(
        problem(
          block.key,
          block.markerRow + 1,
          `ไม่รู้จักตาราง ${tag} (ที่ใช้ได้: ${known})`,
          `unknown block ${tag} (known: ${known})`
        )
      );
    }
  }
  return { patch, problems };
}

/**
 * `base` with every table of `patch` replacing its own, validated as a whole (a department's
 * cluster must exist, a master plan's strategies must exist…). Throws ReferenceSheetError with
 * Thai and English messages when the tables do not fit together. `origin` names the sheet the
 * patch came from, so figures can say where their plan targets were set.
 */
export function mergeReference(
  base: Reference,
  patch: ReferencePatch,
  origin?: { readonly file: string; readonly sheet: string }
): Reference {
  const merged = { ...base.data, ...patch, ministry: { ...base.data.ministry, ...patch.ministry } };
  const result = referenceSchema.safeParse(merged);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((i) => describeIssue(i.path, i.message));
    throw new ReferenceSheetError(
      `ข้อมูลอ้างอิงไม่สอดคล้องกัน: ${issues.map((i) => i.th).join("; ")}`,
      `the reference tables do not fit together: ${issues.map((i) => i.en).join("; ")}`
    );
  }
  const targetsSource: TargetsSource =
    patch.quarter_targets && origin ? { kind: "sheet", ...origin } : base.targetsSource;
  return new Reference(result.data, targetsSource);
}

function describeIssue(path: readonly PropertyKey[], message: string): LocalText {
  const [table, index, ...rest] = path.map(String);
  if (index !== undefined && /^\d+$/.test(index)) {
    const n = Number(index) + 1;
    const field = rest.length ? ` ${rest.join(".")}` : "";
    return {
      th: `[${table}] รายการที่ ${n}${field}: ${message}`,
      en: `[${table}] item ${n}${field}: ${message}`,
    };
  }
  return {
    th: `${path.map(String).join(".")}: ${message}`,
    en: `${path.map(String).join(".")}: ${message}`,
  };
}
