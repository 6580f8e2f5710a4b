// Which generated sheets a report makes, and its round: what the pane needs without the sheet builders themselves.
export type Round = "quarter" | "import";

/** Which generated sheets to write (all by default). */
export interface OutputSelection {
  readonly summary: boolean;
  readonly charts: boolean;
  readonly memos: boolean;
  readonly linkage: boolean;
  readonly validation: boolean;
}

export const ALL_OUTPUTS: OutputSelection = { summary: true, charts: true, memos: true, linkage: true, validation: true };

/** Today in the local time zone as {year, month, day}. The faces call this; the core never does. */
export function localToday(now: Date = new Date()): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
