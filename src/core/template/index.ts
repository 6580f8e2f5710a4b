// buildTemplateDocs: the sheets of a new, empty tracker workbook (tracker, instructions, reference).
import { Lang } from "../findings";
import { SheetDoc } from "../outputs/sheet-doc";
import { Reference } from "../reference";
import { buildInstructionsSheet } from "./instructions-sheet";
import { buildReferenceSheet } from "./reference-sheet";
import { buildTrackerSheet } from "./tracker-sheet";

export interface TemplateOptions {
  readonly reference: Reference;
  readonly lang: Lang;
}

/** Tracker first (the sheet a planner opens to), then the instructions, then the reference tables. */
export function buildTemplateDocs({ reference, lang }: TemplateOptions): SheetDoc[] {
  const referenceSheet = buildReferenceSheet(reference, lang);
  return [
    buildTrackerSheet(reference, lang, referenceSheet.lists),
    buildInstructionsSheet(reference, lang),
    referenceSheet.doc,
  ];
}
