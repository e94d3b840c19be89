import type { DateSystem } from "../core/lookup/excelDate";

/**
 * The workbook's date system, from Workbook.use1904DateSystem. The property is in the Office.js
 * reference but the installed type definitions mark it preview-only, so it is probed in a sync of
 * its own: where Excel does not have it (ApiNotFound) the 1900 system, the default everywhere but
 * old Mac files, is assumed and `known` is false so the caller can say so.
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
