// Names of the files the workspace offers for download, made from the name of the file opened.

/** The opened file's name without `.xlsx`, with characters no file system accepts replaced. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "").replace(/[\\/:*?"<>|]+/g, "-") || "tracker";
}
