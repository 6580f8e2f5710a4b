// The full list of findings as CSV (UTF-8 with BOM so Excel reads Thai), each with its project ID and name.
import { CheckResult } from "../app/check";
import { Lang } from "../core/findings";
import { rowOfFinding } from "./rows";

const HEADERS: Record<Lang, readonly string[]> = {
  th: ["รหัสกฎ", "ระดับ", "แผ่นงาน", "แถว", "เซลล์", "รหัสโครงการ", "ชื่อโครงการ", "รายละเอียด", "ค่าในเซลล์"],
  en: ["Rule", "Severity", "Sheet", "Row", "Cell", "Project ID", "Project name", "Message", "Cell value"],
};

const SEVERITY: Record<Lang, Record<"error" | "warning", string>> = {
  th: { error: "ข้อผิดพลาด", warning: "คำเตือน" },
  en: { error: "Error", warning: "Warning" },
};

/** A CSV field: quoted when needed; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function findingsCsv(check: CheckResult, lang: Lang): string {
  const lines = [HEADERS[lang].map(csvField).join(",")];
  for (const f of check.analysis.findings) {
    const row = rowOfFinding(check, f);
    lines.push(
      [f.rule, SEVERITY[lang][f.severity], f.sheet, f.row, f.cell ?? "", row?.projectId ?? "", row?.projectName ?? "", f.message[lang], f.value]
        .map(csvField)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
