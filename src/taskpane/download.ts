// Saving a generated workbook (or the briefing page) in the browser: a Blob and a temporary link, nothing sent anywhere.
import { DownloadFile } from "../host/pane-host";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const HTML_MIME = "text/html;charset=utf-8";
export const CSV_MIME = "text/csv;charset=utf-8";

export function saveFile(file: DownloadFile, doc: Document = document, type: string = XLSX_MIME): void {
  const blob = new Blob([file.bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
