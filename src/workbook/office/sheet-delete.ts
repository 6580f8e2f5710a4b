// Deleting one of the product's very hidden sheets (registry, highlight record) the way Excel allows.

/**
 * Queues the delete of a sheet that may be very hidden. Excel refuses `Worksheet.delete` on a
 * VeryHidden sheet with InvalidOperation ("You should first change its visibility to hidden or visible
 * before deleting it", Excel.Worksheet.delete in @types/office-js), so it is made hidden first — in the
 * same request, so the sheet is never shown to the user.
 */
export function queueDeleteHiddenSheet(sheet: Excel.Worksheet): void {
  sheet.visibility = Excel.SheetVisibility.hidden;
  sheet.delete();
}
