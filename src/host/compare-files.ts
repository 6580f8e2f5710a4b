// The earlier tracker picked in the pane for Compare: read in the browser with the .xlsx adapter, never uploaded.
import { WorkbookSource } from "../core/port";
import { loadXlsxAdapter, readFileBytes } from "./uploads";

/** Opens the picked .xlsx; an unreadable file throws the adapter's Thai and English error. */
export async function openEarlierTracker(file: File): Promise<WorkbookSource> {
  const { openXlsx } = await loadXlsxAdapter();
  return openXlsx(await readFileBytes(file), file.name);
}
