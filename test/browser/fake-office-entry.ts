// Served in place of office.js in browser tests: the strict fake Excel, with the tracker the test put on window.
import { FakeSheetSpec, createWorkbookState, installFakeOffice, snapshotWorkbook } from "../fakes/excel";

interface FakeSetup {
  readonly sheets: FakeSheetSpec[];
  readonly displayLanguage?: string;
  readonly excelApi?: string;
  /** Office's theme colours; a dark body background puts the pane in the dark theme. */
  readonly bodyBackgroundColor?: string;
}

const w = window as unknown as { __PYP_FAKE_SETUP__?: FakeSetup; __pypFake?: unknown; Office: { context: Record<string, unknown> } };
const setup: FakeSetup = w.__PYP_FAKE_SETUP__ ?? { sheets: [] };
const state = createWorkbookState(setup.sheets, { excelApi: setup.excelApi });
installFakeOffice(window, state);
// What the pane reads from Office beyond the adapter's needs: display language and theme.
Object.assign(w.Office.context, {
  displayLanguage: setup.displayLanguage ?? "th-TH",
  officeTheme: { bodyBackgroundColor: setup.bodyBackgroundColor ?? "#FFFFFF" },
});

w.__pypFake = {
  state,
  snapshot: () => snapshotWorkbook(state),
  selection: () => {
    const sel = state.selection;
    if (!sel) return null;
    return { sheet: state.sheets.find((s) => s.id === sel.sheetId)?.name ?? null, address: sel.address };
  },
  activeSheet: () => state.sheets.find((s) => s.id === state.activeSheetId)?.name ?? null,
};
