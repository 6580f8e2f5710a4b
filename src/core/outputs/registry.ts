// The registry of generated sheets: a very hidden sheet listing what the product made, shared by adapters.
import { CellValue } from "../cell";
import { GeneratedMark } from "../port";

/** Name of the very hidden sheet that lists generated sheets (one per workbook). */
export const REGISTRY_SHEET = "_pyp_generated";

/** Header row of the registry sheet. */
export const REGISTRY_HEADER = ["sheet", "key", "fiscal_year", "quarter", "round", "written_at"] as const;

export interface RegistryEntry extends GeneratedMark {
  readonly sheet: string;
  readonly writtenAt: string;
}

const ROUNDS: readonly GeneratedMark["round"][] = ["quarter", "import", "template", "consolidate", "compare"];

/** Registry rows (header first) as cell values to write. */
export function encodeRegistry(entries: readonly RegistryEntry[]): (string | number)[][] {
  return [
    [...REGISTRY_HEADER],
    ...entries.map((e) => [e.sheet, e.key, e.fiscalYear, e.quarter, e.round, e.writtenAt]),
  ];
}

/** Registry entries from the registry sheet's values; malformed rows are dropped, never trusted. */
export function decodeRegistry(values: readonly (readonly CellValue[])[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const row of values.slice(1)) {
    const [sheet, key, fy, q, round, at] = row;
    if (typeof sheet !== "string" || sheet === "" || typeof key !== "string") continue;
    const fiscalYear = Number(fy);
    const quarter = Number(q);
    if (!Number.isInteger(fiscalYear) || !Number.isInteger(quarter)) continue;
    if (!ROUNDS.includes(round as GeneratedMark["round"])) continue;
    out.push({ sheet, key, fiscalYear, quarter, round: round as GeneratedMark["round"], writtenAt: String(at ?? "") });
  }
  return out;
}

/** True when `entry` belongs to the same run as `mark` (so writing `mark` again replaces it). */
export function sameRun(entry: GeneratedMark, mark: GeneratedMark): boolean {
  return (
    entry.key === mark.key &&
    entry.fiscalYear === mark.fiscalYear &&
    entry.quarter === mark.quarter &&
    entry.round === mark.round
  );
}
