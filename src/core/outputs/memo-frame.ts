// The fixed frame of every memo (header lines, four numbered sections, closing, signature, approval block).
import { SheetDoc } from "./sheet-doc";
import { MemoSheet, TableColumn, TableLine } from "./memo-layout";
import { MEMO_LABELS, MemoContext, memoDate } from "./memo-text";

/** A piece of a memo section: a paragraph, a quoted line (remarks), or a bordered table. */
export type MemoBlock =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "quote"; readonly text: string }
  | {
      readonly kind: "table";
      readonly columns: readonly TableColumn[];
      readonly lines: readonly TableLine[];
    };

/** What differs between memos; the frame adds the rest. */
export interface MemoContent {
  readonly key: string;
  readonly name: string;
  readonly subject: string;
  /** Title of the recipient (เรียน …), who also signs the approval block. */
  readonly recipient: string;
  /** เรื่องเดิม, ข้อเท็จจริง, ข้อพิจารณา, ข้อเสนอ. */
  readonly sections: readonly [MemoBlock[], MemoBlock[], MemoBlock[], MemoBlock[]];
  /** True for memos asking approval ("…โปรดพิจารณาให้ความเห็นชอบ"). */
  readonly asksApproval: boolean;
}

/** Section headings start one column in, as the official form indents them by 2.5 cm. */
const SECTION_COLUMN = 2;
/** Quoted remarks sit one column further in than body paragraphs. */
const QUOTE_COLUMN = 2;

export function text(t: string): MemoBlock {
  return { kind: "text", text: t };
}

export function renderMemo(ctx: MemoContext, content: MemoContent): SheetDoc {
  const labels = MEMO_LABELS[ctx.lang];
  const data = ctx.reference.data;
  const sheet = new MemoSheet();
  sheet.heading(labels.heading);
  sheet.labelled(labels.office, `${data.reporting_office_th} ${labels.phone}`);
  sheet.labelledPair(
    [labels.refNo, `${data.ministry.letter_code_th} ${labels.refBlank}`],
    [labels.date, memoDate(ctx, ctx.today)]
  );
  sheet.labelled(labels.subject, content.subject);
  sheet.rule();
  sheet.labelled(labels.to, content.recipient);
  content.sections.forEach((blocks, i) => {
    sheet.paragraph(labels.sections[i], { firstColumn: SECTION_COLUMN, bold: true });
    for (const block of blocks) {
      if (block.kind === "text") sheet.paragraph(block.text);
      else if (block.kind === "quote") sheet.paragraph(block.text, { firstColumn: QUOTE_COLUMN });
      else sheet.table(block.columns, block.lines);
    }
  });
  sheet.paragraph(content.asksApproval ? labels.considerApprove : labels.consider, {
    firstColumn: SECTION_COLUMN,
  });
  sheet.blank();
  sheet.signature(["", labels.signatureBlank, ctx.signerTitle]);
  sheet.blank();
  sheet.paragraph(labels.approvalHeading, { bold: true });
  sheet.paragraph(labels.approvalChoices);
  sheet.paragraph(labels.dottedLine);
  sheet.paragraph(labels.dottedLine);
  sheet.signature(["", labels.signatureBlank, content.recipient, labels.dateBlank]);
  return sheet.toDoc(content.key, content.name);
}
