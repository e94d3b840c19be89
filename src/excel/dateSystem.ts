import type { DateSystem } from "../core/lookup/excelDate";

/**
 * Where Excel tells the add-in the workbook's date system, and where it does not.
 *
 * `Workbook.use1904DateSystem` ("True if the workbook uses the 1904 date system") is listed only
 * among the Excel JavaScript preview APIs (learn.microsoft.com/javascript/api/requirement-sets/
 * excel/excel-preview-apis, Workbook row), and @types/office-js-preview marks it
 * "[Api set: ExcelApi BETA (PREVIEW ONLY)]": no numbered ExcelApi requirement set has it, so
 * `isSetSupported` cannot promise it, and the installed @types/office-js (1.0.612) does not
 * declare it. It is therefore probed in a sync of its own: a build without it fails that sync
 * (ApiNotFound), the 1900 system (the default everywhere but old Mac files) is assumed, and
 * `known` is false so the insert and refresh summaries say so (DATE_SYSTEM_ASSUMED).
 *
 * Reading the system any other way would mean writing a date into a cell and reading it back,
 * and a cell the add-in cannot prove it wrote is never touched. Custom functions cannot read the
 * workbook at all (they get only their arguments), so POLICY.DATE always returns 1900-system
 * serials; the README says how to get a correct date in a 1904 workbook.
 */
export async function readDateSystem(
  context: Excel.RequestContext,
): Promise<{ system: DateSystem; known: boolean }> {
  const wb = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
  try {
    wb.load("use1904DateSystem" as never);
    await context.sync();
    return { system: wb.use1904DateSystem ? "1904" : "1900", known: true };
  } catch {
    return { system: "1900", known: false };
  }
}

/** What an insert or refresh that wrote dates says when Excel could not tell the date system. */
export const DATE_SYSTEM_ASSUMED =
  "This Excel does not tell add-ins which date system the workbook uses, so dates were written " +
  'assuming the 1900 date system. Check File > Options > Advanced > "Use 1904 date system" ' +
  "(on a Mac: Excel > Preferences > Calculation): if it is ticked, these dates show 4 years and " +
  "1 day late; download the workbook from the Catalog instead, or use an Excel that reports the " +
  "date system.";
