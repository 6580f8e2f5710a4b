// Use case "template": the sheets of a new, empty tracker workbook.
import { Lang } from "../core/findings";
import { SheetDoc } from "../core/outputs/sheet-doc";
import { Reference, loadDefaultReference } from "../core/reference";
import { buildTemplateDocs } from "../core/template";

export function templateDocs(lang: Lang, reference: Reference = loadDefaultReference()): SheetDoc[] {
  return buildTemplateDocs({ reference, lang });
}
