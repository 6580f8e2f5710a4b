// The CLI's --help text.
export const HELP = `pyp-tracker — PYP Tracker command line (กลุ่ม ป.ย.ป. กระทรวงแรงงาน)

Usage:
  pyp-tracker check F.xlsx… [--sheet NAME] [--fiscal-year Y] [--quarter Q] [--json] [--lang th|en]
      Validate the trackers. Exit 0 when no error-severity finding, 1 when there is one.
  pyp-tracker report F.xlsx… --out OUT.xlsx [--quarter Q] [--fiscal-year Y] [--round quarter|import]
                    [--lang th|en] [--sheet NAME] [--today YYYY-MM-DD] [--json]
      Figures, and OUT = a new workbook with the summary, bar charts, memos, linkage map and
      validation sheets. The inputs are read, never written.
  pyp-tracker template --out F.xlsx [--lang th|en]
      A new empty tracker with drop-down lists, the reference sheet and instructions.
  pyp-tracker consolidate F.xlsx… --out OUT.xlsx [--lang th|en] [--json]
      One master tracker from several department trackers, with a source-file column.
  pyp-tracker briefing F.xlsx… --out OUT.html [--quarter Q] [--fiscal-year Y] [--lang th|en] [--sheet NAME]
      The quarter's executive briefing: one self-contained HTML page (charts and styles inline,
      no script, no outside request) for the intranet and for print on A4.
  pyp-tracker compare OLD.xlsx NEW.xlsx [--out OUT.xlsx] [--lang th|en] [--json]
      What changed between two trackers (last quarter's and this quarter's): projects matched by
      ID (case and spaces ignored), never by position. OUT = a new workbook with the comparison
      sheet. Exit 0 once compared.

Exit codes: 0 done · 1 check found errors · 2 unusable input (one line on stderr).
`;
