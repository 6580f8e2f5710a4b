// Test helper: a second program reads our files — LibreOffice converts to PDF/ODS, poppler gives text and PNGs.
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { basename, join } from "path";

const PACKAGES = "install the Debian packages libreoffice-calc, poppler-utils and fonts-thai-tlwg";

function run(command: string, args: string[], timeoutMs: number): string {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      timeout: timeoutMs,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string; signal?: string };
    if (e.code === "ENOENT") throw new Error(`${command} is not installed: ${PACKAGES}`);
    if (e.signal === "SIGTERM")
      throw new Error(`${command} took longer than ${timeoutMs / 1000} s on ${args.join(" ")}`);
    throw new Error(`${command} failed: ${e.stderr || e.message}`);
  }
}

/**
 * A LibreOffice with its own throw-away profile (so tests never touch a user profile and can run
 * beside a desktop LibreOffice). Call `close` in afterAll.
 */
export function libreOffice(timeoutMs = 150_000) {
  const profile = mkdtempSync(join(tmpdir(), "pyp-lo-profile-"));
  const outDir = mkdtempSync(join(tmpdir(), "pyp-lo-out-"));

  /** Converts `input` to `format` ("pdf", "ods", "xlsx") and returns the output path. */
  function convert(input: string, format: "pdf" | "ods" | "xlsx"): string {
    run(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        input,
      ],
      timeoutMs
    );
    const output = join(outDir, basename(input).replace(/\.[^.]+$/, `.${format}`));
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${format} for ${input}`);
    return output;
  }

  return {
    convert,
    close() {
      rmSync(profile, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The text of a PDF (poppler's pdftotext, reading order kept by -layout). */
export function pdfText(pdf: string): string {
  return run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], 60_000);
}

/** Number of pages of a PDF (pdfinfo). */
export function pdfPageCount(pdf: string): number {
  const info = run("pdfinfo", [pdf], 60_000);
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Renders page `page` of a PDF to `${prefix}.png` at `dpi` and returns the PNG path. */
export function pdfPageToPng(pdf: string, page: number, prefix: string, dpi = 60): string {
  run(
    "pdftoppm",
    ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix],
    60_000
  );
  return `${prefix}.png`;
}

/** How many embedded objects of an ODS are charts (each `Object N/content.xml` with `<chart:chart`). */
export async function odsChartCount(ods: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(ods));
  let charts = 0;
  for (const path of Object.keys(zip.files)) {
    if (!/^Object \d+\/content\.xml$/.test(path)) continue;
    if ((await zip.file(path)!.async("string")).includes("<chart:chart")) charts++;
  }
  return charts;
}

/** The content.xml of an ODS (sheet names, cell text, links as LibreOffice understood them). */
export async function odsContent(ods: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(ods));
  return zip.file("content.xml")!.async("string");
}
