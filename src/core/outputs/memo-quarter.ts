// Quarterly memos: one to each cluster head, and the final one to the permanent secretary (M7).
import { Analysis, GroupFigures } from "../figures/types";
import { ClusterRef } from "../reference";
import { MemoBlock, MemoContent, text } from "./memo-frame";
import { TableColumn, TableLine } from "./memo-layout";
import { safeSheetName } from "./sheet-doc";
import { Scope, excludedInScope, remarkBlocks } from "./memo-scope";
import {
  MEMO_LABELS,
  MemoContext,
  approvalChainText,
  deadlineText,
  memoBaht,
  memoNumber,
  memoPercent,
  periodText,
} from "./memo-text";

export function quarterSubject(ctx: MemoContext): string {
  return ctx.lang === "th"
    ? `รายงานผลการดำเนินงานโครงการตามยุทธศาสตร์ชาติ ${periodText(ctx)}`
    : `Progress of national strategy projects, ${periodText(ctx)}`;
}

function groupName(ctx: MemoContext, g: GroupFigures): string {
  return ctx.lang === "th" ? g.name_th : g.name_en;
}

function figuresColumns(ctx: MemoContext, first: string): TableColumn[] {
  const l = MEMO_LABELS[ctx.lang];
  return [
    { title: first, span: 4, align: "left" },
    { title: l.projects, span: 1, align: "right" },
    { title: l.reported, span: 1, align: "right" },
    { title: l.progressPct, span: 1, align: "right" },
    { title: l.disbursementPct, span: 1, align: "right" },
  ];
}

/** One line of the figures table: name, projects, reported, progress %, disbursement %. */
export function figuresLine(
  ctx: MemoContext,
  g: GroupFigures,
  name: string,
  emphasis?: TableLine["emphasis"]
): TableLine {
  const values = [
    name,
    memoNumber(ctx, g.projects),
    memoNumber(ctx, g.reported),
    memoPercent(ctx, g.progress_pct),
    memoPercent(ctx, g.disbursement_pct),
  ];
  return emphasis ? { values, emphasis } : { values };
}

function background(ctx: MemoContext): MemoBlock {
  const data = ctx.reference.data;
  const days = memoNumber(ctx, data.report_deadline_days_after_quarter_end);
  return text(
    ctx.lang === "th"
      ? `ตามที่${data.ministry.name_th}กำหนดให้หน่วยงานในสังกัดรายงานผลการดำเนินงานโครงการที่สอดคล้องกับยุทธศาสตร์ชาติ แผนแม่บทภายใต้ยุทธศาสตร์ชาติ และแผนการปฏิรูปประเทศ ในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR) เป็นรายไตรมาส ภายใน ${days} วันนับจากวันสิ้นไตรมาส และเสนอผู้บังคับบัญชาพิจารณาให้ความเห็นชอบตามลำดับชั้น (M7) ได้แก่ ${approvalChainText(ctx)}${deadlineText(ctx)} นั้น`
      : `The ${data.ministry.name_en} requires its departments to report each quarter, within ${days} days of the quarter's end, the progress of projects under the National Strategy, its master plans and the national reform plans in the national monitoring system eMENSCR, with approval up the chain of command (M7): ${approvalChainText(ctx)}.${deadlineText(ctx)}`
  );
}

/** The sentence of ข้อเท็จจริง that states a group's figures. */
function factsSentence(
  ctx: MemoContext,
  who: string,
  departments: number,
  g: GroupFigures
): string {
  const n = (v: number) => memoNumber(ctx, v);
  if (ctx.lang === "th") {
    const progress =
      g.progress_pct === null
        ? " ยังไม่มีโครงการรายงานความก้าวหน้า"
        : ` ความก้าวหน้าเฉลี่ยร้อยละ ${memoPercent(ctx, g.progress_pct)}`;
    const pct =
      g.disbursement_pct === null ? "" : ` คิดเป็นร้อยละ ${memoPercent(ctx, g.disbursement_pct)}`;
    return `กลุ่ม ป.ย.ป. ได้ตรวจสอบและรวบรวมผลการดำเนินงาน${periodText(ctx)} ของหน่วยงาน${who} จำนวน ${n(departments)} หน่วยงาน รวม ${n(g.projects)} โครงการ รายงานผลแล้ว ${n(g.reported)} โครงการ ดำเนินการแล้วเสร็จ ${n(g.completed)} โครงการ${progress} งบประมาณรวม ${memoBaht(ctx, g.budget)} บาท เบิกจ่ายสะสม ${memoBaht(ctx, g.disbursed)} บาท${pct} รายละเอียดดังนี้`;
  }
  const progress =
    g.progress_pct === null
      ? "no project has reported progress yet"
      : `average progress ${memoPercent(ctx, g.progress_pct)}%`;
  const pct = g.disbursement_pct === null ? "" : ` (${memoPercent(ctx, g.disbursement_pct)}%)`;
  return `The PYP Group has checked and compiled the results for ${periodText(ctx)} of ${n(departments)} departments ${who}: ${n(g.projects)} projects, ${n(g.reported)} reported, ${n(g.completed)} completed; ${progress}; budget ${memoBaht(ctx, g.budget)} THB, disbursed to date ${memoBaht(ctx, g.disbursed)} THB${pct}. Details:`;
}

function considerations(
  ctx: MemoContext,
  analysis: Analysis,
  g: GroupFigures,
  scope: Scope
): MemoBlock[] {
  const excluded = excludedInScope(analysis, ctx.fiscalYear, scope);
  const notReported = g.projects - g.reported;
  const remarks = remarkBlocks(ctx, analysis, scope);
  const n = (v: number) => memoNumber(ctx, v);
  if (ctx.lang === "th") {
    const left =
      excluded > 0
        ? ` โดยมีโครงการที่ข้อมูลยังไม่ถูกต้อง ${n(excluded)} โครงการ ซึ่งยังไม่ได้นำมาคำนวณ หน่วยงานควรแก้ไขให้ถูกต้อง`
        : "";
    const unreported =
      notReported > 0
        ? ` และมีโครงการที่ยังไม่รายงานผล ${n(notReported)} โครงการ`
        : " และทุกโครงการรายงานผลครบถ้วนแล้ว";
    const issues = remarks.length ? " ปัญหาอุปสรรคที่หน่วยงานแจ้ง มีดังนี้" : " ทั้งนี้ หน่วยงานไม่ได้แจ้งปัญหาอุปสรรค";
    return [
      text(`ผลการดำเนินงานข้างต้นคำนวณจากโครงการที่ข้อมูลถูกต้องครบถ้วนเท่านั้น${left}${unreported}${issues}`),
      ...remarks,
    ];
  }
  const left =
    excluded > 0
      ? ` ${n(excluded)} projects with errors are left out until their departments correct them.`
      : "";
  const unreported =
    notReported > 0
      ? ` ${n(notReported)} projects have not reported yet.`
      : " Every project has reported.";
  const issues = remarks.length
    ? " Issues reported by departments:"
    : " No department reported issues.";
  return [
    text(
      `The figures above count only projects whose data are complete and correct.${left}${unreported}${issues}`
    ),
    ...remarks,
  ];
}

/** The memo to one cluster head: the cluster's departments and the cluster total. */
export function clusterMemo(
  ctx: MemoContext,
  analysis: Analysis,
  group: GroupFigures,
  cluster: ClusterRef | undefined
): MemoContent {
  const departments = analysis.figures.departments.filter((d) => d.cluster === group.code);
  const scope: Scope = new Set(departments.map((d) => d.code));
  const l = MEMO_LABELS[ctx.lang];
  const th = ctx.lang === "th";
  const recipient = th
    ? (cluster?.head_title_th ?? group.name_th)
    : (cluster?.head_title_en ?? cluster?.head_title_th ?? group.name_en);
  const who = th ? `ใน${group.name_th}` : `in the ${group.name_en}`;
  const finalApprover = th ? ctx.reference.data.final_approver_title_th : "the Permanent Secretary";
  const lines = [
    ...departments.map((d) => figuresLine(ctx, d, groupName(ctx, d))),
    figuresLine(ctx, group, l.clusterTotal, "total"),
  ];
  const proposal = th
    ? `เห็นควรพิจารณาให้ความเห็นชอบผลการดำเนินงานโครงการของหน่วยงาน${who} ${periodText(ctx)} ตามข้อ ๒ เพื่อกลุ่ม ป.ย.ป. จะได้รวบรวมเสนอ${finalApprover}พิจารณาให้ความเห็นชอบ (M7) ต่อไป`
    : `It is proposed that the results of the departments ${who} for ${periodText(ctx)} in section 2 be endorsed, so that the PYP Group can submit the ministry's results to ${finalApprover} for final approval (M7).`;
  return {
    key: `memo-${group.code}`,
    name: safeSheetName(`${th ? "บันทึก" : "Memo"}-${group.code}`),
    subject: quarterSubject(ctx),
    recipient,
    sections: [
      [background(ctx)],
      [
        text(factsSentence(ctx, who, departments.length, group)),
        { kind: "table", columns: figuresColumns(ctx, l.department), lines },
      ],
      considerations(ctx, analysis, group, scope),
      [text(proposal)],
    ],
    asksApproval: false,
  };
}

/** The final memo to the permanent secretary: every cluster, departments outside clusters, the ministry. */
export function finalMemo(ctx: MemoContext, analysis: Analysis): MemoContent {
  const figures = analysis.figures;
  const data = ctx.reference.data;
  const l = MEMO_LABELS[ctx.lang];
  const th = ctx.lang === "th";
  // A department outside every cluster counts only in the ministry total; show it so the total adds up.
  const loose = figures.departments.filter((d) => d.cluster === null);
  const lines = [
    ...figures.clusters.map((c) => figuresLine(ctx, c, groupName(ctx, c))),
    ...loose.map((d) => figuresLine(ctx, d, `${groupName(ctx, d)} ${l.noCluster}`)),
    figuresLine(ctx, figures.ministry, l.ministryTotal, "total"),
  ];
  const clusters = memoNumber(ctx, figures.clusters.length);
  const who = th
    ? `ในสังกัด${data.ministry.name_th} (${clusters} กลุ่มภารกิจ)`
    : `of the ${data.ministry.name_en} (${clusters} clusters)`;
  const facts = factsSentence(ctx, who, figures.departments.length, figures.ministry);
  const proposal = th
    ? `เห็นควรพิจารณาให้ความเห็นชอบผลการดำเนินงานโครงการตามยุทธศาสตร์ชาติของ${data.ministry.name_th} ${periodText(ctx)} ตามข้อ ๒ (M7) เพื่อรายงานในระบบ eMENSCR ต่อไป`
    : `It is proposed that the ${data.ministry.name_en}'s results for ${periodText(ctx)} in section 2 be approved (M7) for reporting in eMENSCR.`;
  return {
    key: "memo-final",
    name: th ? "บันทึก-ปลัด" : "Memo-PS",
    subject: quarterSubject(ctx),
    recipient: th ? data.final_approver_title_th : `Permanent Secretary, ${data.ministry.name_en}`,
    sections: [
      [background(ctx)],
      [text(facts), { kind: "table", columns: figuresColumns(ctx, l.clusterOrDepartment), lines }],
      considerations(ctx, analysis, figures.ministry, null),
      [text(proposal)],
    ],
    asksApproval: true,
  };
}
