// Human-readable CLI output: findings one per line, figures as a small table.
import { CheckResult } from "../app/check";
import { Lang, countBySeverity } from "../core/findings";
import { GroupFigures } from "../core/figures/types";
import { WrittenSheet } from "../core/port";
import { Io } from "./main";

const T = {
  th: { setAside: "ไม่นับเป็นโครงการ: แถวหัวข้อ {s} แถว แถวรวม {t} แถว", tracker: "ตาราง", rows: "แถว", errors: "ข้อผิดพลาด", warnings: "คำเตือน", fy: "ปีงบประมาณ", q: "ไตรมาส", wrote: "เขียนไฟล์", briefing: "รายงานสรุปสำหรับผู้บริหาร", sheets: "แผ่นงาน", clean: "ไม่พบปัญหา", deadline: "กำหนดส่ง" },
  en: { setAside: "not counted as projects: {s} section rows, {t} total rows", tracker: "tracker", rows: "rows", errors: "errors", warnings: "warnings", fy: "fiscal year", q: "quarter", wrote: "wrote", briefing: "briefing", sheets: "sheets", clean: "no problems found", deadline: "deadline" },
};

function pct(v: number | null): string {
  return v === null ? "—" : `${v.toFixed(2)}%`;
}

export function printCheck(check: CheckResult, lang: Lang, io: Io): void {
  const t = T[lang];
  for (const tr of check.trackers) {
    const aside = tr.sectionRows + tr.totalRows > 0 ? ` (${t.setAside.replace("{s}", String(tr.sectionRows)).replace("{t}", String(tr.totalRows))})` : "";
    io.out(`${tr.layout.file} › ${tr.layout.sheet}: ${tr.rows} ${t.rows}${aside}\n`);
  }
  for (const f of check.analysis.findings) {
    const where = `${f.sheet}!${f.cell ?? `${f.row}`}`;
    io.out(`${f.severity === "error" ? "E" : "W"} ${f.file} ${where}  ${f.rule}  ${f.message[lang]}\n`);
  }
  const c = countBySeverity(check.analysis.findings);
  const fig = check.analysis.figures;
  io.out(`${t.fy} ${fig.fiscalYear ?? "—"} ${t.q} ${fig.quarter}: ${c.errors} ${t.errors}, ${c.warnings} ${t.warnings}${c.errors + c.warnings === 0 ? ` (${t.clean})` : ""}\n`);
}

function groupLine(g: GroupFigures, lang: Lang): string {
  const name = lang === "th" ? g.name_th : g.name_en;
  return `  ${g.code.padEnd(9)} ${pct(g.progress_pct).padStart(8)} ${pct(g.disbursement_pct).padStart(8)}  ${g.projects}  ${name}\n`;
}

export function printReport(check: CheckResult, out: string, written: readonly WrittenSheet[], lang: Lang, io: Io): void {
  const t = T[lang];
  const f = check.analysis.figures;
  io.out(`${t.fy} ${f.fiscalYear ?? "—"} ${t.q} ${f.quarter} · ${t.deadline} ${f.deadline ?? "—"} · ${f.includedRows}/${f.rows} ${t.rows}\n`);
  for (const d of f.departments) io.out(groupLine(d, lang));
  for (const c of f.clusters) io.out(groupLine(c, lang));
  io.out(groupLine(f.ministry, lang));
  const c = countBySeverity(check.analysis.findings);
  io.out(`${c.errors} ${t.errors}, ${c.warnings} ${t.warnings}\n`);
  printWritten(out, written, lang, io);
}

export function printWritten(out: string, written: readonly WrittenSheet[], lang: Lang, io: Io): void {
  const t = T[lang];
  io.out(`${t.wrote} ${out}: ${written.length} ${t.sheets} (${written.map((w) => w.name).join(", ")})\n`);
}

export function printBriefing(check: CheckResult, out: string, lang: Lang, io: Io): void {
  const t = T[lang];
  const f = check.analysis.figures;
  io.out(`${t.wrote} ${out}: ${t.briefing} · ${t.fy} ${f.fiscalYear ?? "—"} ${t.q} ${f.quarter} · ${f.includedRows}/${f.rows} ${t.rows}\n`);
}
