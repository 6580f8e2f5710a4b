// Fixed wording of the memos in Thai and English, and number formatting in each language's digits.
import { Lang } from "../findings";
import { Reference } from "../reference";
import { Quarter } from "../tracker/columns";
import { CalendarDate, englishDate, formatNumber, thaiDate, thaiNumber } from "./thai-date";

/** Everything a memo's wording depends on besides its own figures. */
export interface MemoContext {
  readonly lang: Lang;
  readonly reference: Reference;
  /** Buddhist Era fiscal year. */
  readonly fiscalYear: number;
  readonly quarter: Quarter;
  readonly today: CalendarDate;
  /** Report deadline of the quarter, when known. */
  readonly deadline: CalendarDate | null;
  /** Position under the sender's signature. */
  readonly signerTitle: string;
}

export interface MemoLabels {
  readonly heading: string;
  readonly office: string;
  readonly phone: string;
  readonly refNo: string;
  readonly refBlank: string;
  readonly date: string;
  readonly subject: string;
  readonly to: string;
  readonly sections: readonly [string, string, string, string];
  readonly consider: string;
  readonly considerApprove: string;
  readonly signerTitle: string;
  readonly signatureBlank: string;
  readonly approvalHeading: string;
  readonly approvalChoices: string;
  readonly dottedLine: string;
  readonly dateBlank: string;
  readonly department: string;
  readonly clusterOrDepartment: string;
  readonly projects: string;
  readonly reported: string;
  readonly progressPct: string;
  readonly disbursementPct: string;
  readonly budgetThb: string;
  readonly linkage: string;
  readonly ministryTotal: string;
  readonly clusterTotal: string;
  readonly noCluster: string;
}

export const MEMO_LABELS: Record<Lang, MemoLabels> = {
  th: {
    heading: "บันทึกข้อความ",
    office: "ส่วนราชการ",
    phone: "โทร. ........",
    refNo: "ที่",
    refBlank: "........../........",
    date: "วันที่",
    subject: "เรื่อง",
    to: "เรียน",
    sections: ["๑. เรื่องเดิม", "๒. ข้อเท็จจริง", "๓. ข้อพิจารณา", "๔. ข้อเสนอ"],
    consider: "จึงเรียนมาเพื่อโปรดพิจารณา",
    considerApprove: "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ",
    signerTitle: "ผู้อำนวยการกลุ่ม ป.ย.ป.",
    signatureBlank: "(......................................)",
    approvalHeading: "ความเห็น/สั่งการ",
    approvalChoices: "(     ) เห็นชอบ        (     ) ไม่เห็นชอบ        (     ) อื่น ๆ",
    dottedLine: ".".repeat(120),
    dateBlank: "วันที่ ........../........../..........",
    department: "หน่วยงาน",
    clusterOrDepartment: "กลุ่มภารกิจ/หน่วยงาน",
    projects: "จำนวนโครงการ",
    reported: "รายงานแล้ว",
    progressPct: "ความก้าวหน้า (ร้อยละ)",
    disbursementPct: "เบิกจ่าย (ร้อยละ)",
    budgetThb: "งบประมาณ (บาท)",
    linkage: "ยุทธศาสตร์ชาติ/แผนแม่บทฯ",
    ministryTotal: "รวมทั้งกระทรวง",
    clusterTotal: "รวมกลุ่มภารกิจ",
    noCluster: "(ไม่สังกัดกลุ่มภารกิจ)",
  },
  en: {
    heading: "Memorandum",
    office: "Office",
    phone: "Tel. ........",
    refNo: "Ref.",
    refBlank: "........../........",
    date: "Date",
    subject: "Subject",
    to: "To",
    sections: ["1. Background", "2. Facts", "3. Considerations", "4. Proposal"],
    consider: "For your consideration.",
    considerApprove: "For your consideration and approval.",
    signerTitle: "Director, PYP Group",
    signatureBlank: "(......................................)",
    approvalHeading: "Comments / instructions",
    approvalChoices: "(     ) Approved        (     ) Not approved        (     ) Other",
    dottedLine: ".".repeat(120),
    dateBlank: "Date ........../........../..........",
    department: "Department",
    clusterOrDepartment: "Cluster / department",
    projects: "Projects",
    reported: "Reported",
    progressPct: "Progress (%)",
    disbursementPct: "Disbursed (%)",
    budgetThb: "Budget (THB)",
    linkage: "National strategy / master plan",
    ministryTotal: "Ministry total",
    clusterTotal: "Cluster total",
    noCluster: "(no cluster)",
  },
};

/** A number in the memo's digits: Thai digits in Thai memos. */
export function memoNumber(ctx: MemoContext, n: number, decimals = 0): string {
  return ctx.lang === "th" ? thaiNumber(n, decimals) : formatNumber(n, decimals);
}

/** A percentage with two decimals, or "-" when there is none (nothing reported, no budget). */
export function memoPercent(ctx: MemoContext, n: number | null): string {
  return n === null ? "-" : memoNumber(ctx, n, 2);
}

/** Baht with two decimals. */
export function memoBaht(ctx: MemoContext, n: number): string {
  return memoNumber(ctx, n, 2);
}

/** An integer without thousands separators (years, quarters, codes). */
export function memoPlain(ctx: MemoContext, n: number): string {
  return ctx.lang === "th" ? thaiNumber(n, 0, false) : String(n);
}

export function memoDate(ctx: MemoContext, date: CalendarDate): string {
  return ctx.lang === "th" ? thaiDate(date) : englishDate(date);
}

/** "ไตรมาสที่ ๑ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" / "Q1 of fiscal year 2569". */
export function periodText(ctx: MemoContext): string {
  return ctx.lang === "th"
    ? `ไตรมาสที่ ${memoPlain(ctx, ctx.quarter)} ประจำปีงบประมาณ พ.ศ. ${memoPlain(ctx, ctx.fiscalYear)}`
    : `Q${ctx.quarter} of fiscal year ${ctx.fiscalYear} (B.E.)`;
}

/** "…ภายในวันที่ ๓๐ มกราคม ๒๕๖๙" when the deadline is known, else "". */
export function deadlineText(ctx: MemoContext): string {
  if (!ctx.deadline) return "";
  return ctx.lang === "th"
    ? ` โดยรายงานผล${periodText(ctx)} ภายในวันที่ ${memoDate(ctx, ctx.deadline)}`
    : ` The report for ${periodText(ctx)} is due by ${memoDate(ctx, ctx.deadline)}.`;
}

/** The approval chain as one phrase: "ผู้อำนวยการกอง → อธิบดี → …". */
export function approvalChainText(ctx: MemoContext): string {
  return ctx.reference.data.approval_chain_th.join(" → ");
}
