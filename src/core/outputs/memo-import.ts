// The import-round memo: approval of the projects imported into eMENSCR, counted by department and linkage.
import { countBySeverity } from "../findings";
import { Analysis, LinkageNode } from "../figures/types";
import { ruleById } from "../rules";
import { PROJECT_TYPE_LABELS } from "../template/project-types";
import { PROJECT_TYPES } from "../tracker/types";
import { MemoBlock, MemoContent, text } from "./memo-frame";
import { TableColumn, TableLine } from "./memo-layout";
import {
  MEMO_LABELS,
  MemoContext,
  approvalChainText,
  memoBaht,
  memoNumber,
  memoPlain,
} from "./memo-text";

/** Rules listed in ข้อพิจารณา; the rest are counted in the total. */
const MAX_RULES_LISTED = 8;

function countColumns(ctx: MemoContext, first: string): TableColumn[] {
  const l = MEMO_LABELS[ctx.lang];
  return [
    { title: first, span: 5, align: "left" },
    { title: l.projects, span: 1, align: "right" },
    { title: l.budgetThb, span: 2, align: "right" },
  ];
}

function countLine(
  ctx: MemoContext,
  name: string,
  projects: number,
  budget: number,
  extra: Partial<TableLine> = {}
): TableLine {
  return { values: [name, memoNumber(ctx, projects), memoBaht(ctx, budget)], ...extra };
}

/** Strategy lines with their master plans indented below; names from the reference where known. */
function linkageLines(ctx: MemoContext, nodes: readonly LinkageNode[]): TableLine[] {
  const th = ctx.lang === "th";
  const ref = ctx.reference;
  return nodes.flatMap((s) => {
    const strategy = ref.strategy(Number(s.code));
    const sName = (th ? strategy?.name_th : strategy?.name_en) ?? (th ? s.name_th : s.name_en);
    const sCode = Number.isInteger(Number(s.code)) ? memoPlain(ctx, Number(s.code)) : s.code;
    const head = countLine(
      ctx,
      th ? `ยุทธศาสตร์ที่ ${sCode} ${sName}` : `Strategy ${sCode}: ${sName}`,
      s.projects,
      s.budget,
      {
        emphasis: "subtotal",
      }
    );
    const plans = s.children.map((m) => {
      const plan = ref.masterPlan(Number(m.code));
      const mName = (th ? plan?.name_th : plan?.name_en) ?? (th ? m.name_th : m.name_en);
      const mCode = Number.isInteger(Number(m.code)) ? memoPlain(ctx, Number(m.code)) : m.code;
      return countLine(
        ctx,
        th ? `แผนแม่บทฯ (${mCode}) ${mName}` : `Master plan ${mCode}: ${mName}`,
        m.projects,
        m.budget,
        { indent: 1 }
      );
    });
    return [head, ...plans];
  });
}

/** "โครงการประจำปีงบประมาณ ๔ โครงการ Big Rock ๑ โครงการ": the types present, in type order. */
function typeCounts(ctx: MemoContext, analysis: Analysis): string {
  const unit = ctx.lang === "th" ? " โครงการ" : "";
  return PROJECT_TYPES.map(
    (t) => [t, analysis.included.filter((r) => r.resolved.type === t).length] as const
  )
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${PROJECT_TYPE_LABELS[t][ctx.lang]} ${memoNumber(ctx, n)}${unit}`)
    .join(ctx.lang === "th" ? " " : ", ");
}

/** Findings counted per rule, most frequent first, as quoted lines. */
function findingLines(ctx: MemoContext, analysis: Analysis): MemoBlock[] {
  const counts = new Map<string, number>();
  for (const f of analysis.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const sorted = Array.from(counts.entries()).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
  );
  const unit = ctx.lang === "th" ? "รายการ" : "";
  return sorted.slice(0, MAX_RULES_LISTED).map(([rule, n]) => {
    const description = ruleById(rule)?.meta.description[ctx.lang] ?? rule;
    return { kind: "quote", text: `• ${description}: ${memoNumber(ctx, n)} ${unit}`.trimEnd() };
  });
}

export function importMemo(ctx: MemoContext, analysis: Analysis): MemoContent {
  const figures = analysis.figures;
  const data = ctx.reference.data;
  const l = MEMO_LABELS[ctx.lang];
  const th = ctx.lang === "th";
  const fy = memoPlain(ctx, ctx.fiscalYear);
  const n = (v: number) => memoNumber(ctx, v);
  const { errors, warnings } = countBySeverity(analysis.findings);
  const withErrors = figures.exclusions.withErrors;
  const departmentLines = [
    ...figures.departments.map((d) =>
      countLine(ctx, th ? d.name_th : d.name_en, d.projects, d.budget)
    ),
    countLine(ctx, l.ministryTotal, figures.ministry.projects, figures.ministry.budget, {
      emphasis: "total",
    }),
  ];
  const linkage = [
    ...linkageLines(ctx, figures.linkage),
    countLine(ctx, l.ministryTotal, figures.ministry.projects, figures.ministry.budget, {
      emphasis: "total",
    }),
  ];
  const background = th
    ? `ตามที่สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติกำหนดให้หน่วยงานของรัฐนำเข้าโครงการประจำปีงบประมาณ โครงการปฏิรูปประเทศที่มีผลสำคัญ (Big Rock) โครงการเร่งด่วน (Quick Win) และโครงการตามแผนระดับ ๓ ในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR) พร้อมระบุความสอดคล้องกับยุทธศาสตร์ชาติ แผนแม่บทภายใต้ยุทธศาสตร์ชาติ แผนย่อย และแผนการปฏิรูปประเทศ และให้ผู้บังคับบัญชาพิจารณาให้ความเห็นชอบตามลำดับชั้น (M7) ได้แก่ ${approvalChainText(ctx)} นั้น`
    : `Government agencies import their annual, Big Rock (national reform), Quick Win and level-3 plan projects into the national monitoring system eMENSCR, each linked to the National Strategy, a master plan, a sub-plan and, for reform projects, a national reform area, with approval up the chain of command (M7): ${approvalChainText(ctx)}.`;
  const types = typeCounts(ctx, analysis);
  const typesText = types === "" ? "" : ` (${types})`;
  const facts = th
    ? `กลุ่ม ป.ย.ป. ได้ตรวจสอบความถูกต้องของการเชื่อมโยงกับแผน รหัสงบประมาณ ปีงบประมาณ จำนวนโครงการ และความซ้ำซ้อนของโครงการที่หน่วยงานในสังกัด${data.ministry.name_th}นำเข้า ประจำปีงบประมาณ พ.ศ. ${fy} แล้ว มีโครงการที่ข้อมูลถูกต้อง ${n(figures.ministry.projects)} โครงการ งบประมาณรวม ${memoBaht(ctx, figures.ministry.budget)} บาท${typesText} รายละเอียดตามหน่วยงาน และตามยุทธศาสตร์ชาติและแผนแม่บทฯ ดังนี้`
    : `The PYP Group has checked the plan linkage, budget codes, fiscal year, project counts and duplicates of the projects imported by the departments of the ${data.ministry.name_en} for fiscal year ${fy} (B.E.): ${n(figures.ministry.projects)} projects are correct, with a total budget of ${memoBaht(ctx, figures.ministry.budget)} THB${typesText}. By department, and by national strategy and master plan:`;
  const checked = th
    ? errors + warnings === 0
      ? "จากการตรวจสอบไม่พบข้อผิดพลาดหรือข้อควรตรวจสอบ"
      : `จากการตรวจสอบพบข้อผิดพลาด ${n(errors)} รายการ ใน ${n(withErrors)} โครงการ ซึ่งไม่ได้นับรวมในตารางข้างต้น${warnings > 0 ? ` และข้อควรตรวจสอบ ${n(warnings)} รายการ` : ""} หน่วยงานควรแก้ไขและยืนยันข้อมูลให้ถูกต้องในระบบ eMENSCR ประเด็นที่พบ มีดังนี้`
    : errors + warnings === 0
      ? "The checks found no errors or warnings."
      : `The checks found ${n(errors)} errors in ${n(withErrors)} projects, which the tables above leave out, and ${n(warnings)} warnings; departments should correct them in eMENSCR. By check:`;
  const proposal = th
    ? `เห็นควรพิจารณาให้ความเห็นชอบการนำเข้าโครงการของหน่วยงานในสังกัด${data.ministry.name_th} ประจำปีงบประมาณ พ.ศ. ${fy} จำนวน ${n(figures.ministry.projects)} โครงการ ตามข้อ ๒ (M7) เพื่อยืนยันข้อมูลในระบบ eMENSCR ต่อไป`
    : `It is proposed that the ${n(figures.ministry.projects)} projects in section 2 be approved (M7) and confirmed in eMENSCR.`;
  return {
    key: "memo-import",
    name: th ? "บันทึก-นำเข้า" : "Memo-Import",
    subject: th
      ? `ขอความเห็นชอบการนำเข้าโครงการตามยุทธศาสตร์ชาติในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR) ประจำปีงบประมาณ พ.ศ. ${fy}`
      : `Approval of the national strategy projects imported into eMENSCR, fiscal year ${fy} (B.E.)`,
    recipient: th ? data.final_approver_title_th : `Permanent Secretary, ${data.ministry.name_en}`,
    sections: [
      [text(background)],
      [
        text(facts),
        { kind: "table", columns: countColumns(ctx, l.department), lines: departmentLines },
        { kind: "table", columns: countColumns(ctx, l.linkage), lines: linkage },
      ],
      [text(checked), ...(errors + warnings > 0 ? findingLines(ctx, analysis) : [])],
      [text(proposal)],
    ],
    asksApproval: true,
  };
}
