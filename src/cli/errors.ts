// Turning any failure into one plain stderr line (English, then Thai) naming the file: exit code 2.

/** A failure the user can act on: one line, both languages, the file it concerns. */
export class CliError extends Error {
  constructor(
    readonly file: string | null,
    readonly en: string,
    readonly th: string,
  ) {
    super(en);
  }
}

interface Bilingual {
  th: string;
  en: string;
  file?: string;
}

function isBilingual(e: unknown): e is Bilingual {
  return typeof e === "object" && e !== null && typeof (e as Bilingual).th === "string" && typeof (e as Bilingual).en === "string";
}

const FS_MESSAGES: Record<string, [string, string]> = {
  ENOENT: ["file not found", "ไม่พบไฟล์"],
  EACCES: ["permission denied", "ไม่มีสิทธิ์เข้าถึงไฟล์"],
  EPERM: ["permission denied", "ไม่มีสิทธิ์เข้าถึงไฟล์"],
  EISDIR: ["is a folder, not a file", "เป็นโฟลเดอร์ ไม่ใช่ไฟล์"],
  ENOSPC: ["no space left on the disk", "พื้นที่ดิสก์เต็ม"],
  EROFS: ["the disk is read-only", "ดิสก์เป็นแบบอ่านอย่างเดียว"],
};

/** One line for stderr, never a stack trace. `file` names the input the failure came from. */
export function errorLine(e: unknown, file: string | null): string {
  const one = (s: string) => s.replace(/\s+/g, " ").trim();
  if (e instanceof CliError) return one(`pyp-tracker: ${e.file ? `${e.file}: ` : ""}${e.en} (${e.th})`);
  if (isBilingual(e)) {
    const f = e.file ?? file;
    if (!f) return one(`pyp-tracker: ${e.en} (${e.th})`);
    // Messages that already start with the file name are not prefixed with it again.
    if (e.en.startsWith(`${f}: `)) return one(`pyp-tracker: ${f}: ${e.en.slice(f.length + 2)} (${e.th})`);
    if (e.en.startsWith(f)) return one(`pyp-tracker: ${e.en} (${e.th})`);
    return one(`pyp-tracker: ${f}: ${e.en} (${e.th})`);
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code && FS_MESSAGES[code]) {
    const [en, th] = FS_MESSAGES[code];
    return one(`pyp-tracker: ${file ? `${file}: ` : ""}${en} (${th})`);
  }
  const msg = e instanceof Error ? e.message : String(e);
  return one(
    `pyp-tracker: ${file ? `${file}: ` : ""}cannot be processed: ${msg.split("\n")[0]} (ประมวลผลไฟล์ไม่ได้)`,
  );
}
