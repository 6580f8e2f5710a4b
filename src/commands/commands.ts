// Ribbon function file: the Home-tab button uses ShowTaskpane (no code); this page must still start Office.
// An ExecuteFunction command would be registered here with Office.actions.associate("name", handler).
export const FUNCTION_FILE_READY = "pyp-commands-ready";

function ready(): void {
  document.body.dataset.state = FUNCTION_FILE_READY;
}

if (typeof Office !== "undefined") {
  Office.onReady()
    .then(ready)
    .catch(() => {
      // Nothing to show: a function file has no UI, and the ribbon button does not depend on it.
    });
}
