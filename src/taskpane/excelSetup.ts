import { createExcelWorkbookActions } from "../excel/excelWorkbookActions";
import { missingInsertApi } from "../excel/requirements";
import { checkOnOpen, type DatasetVersion } from "./openCheck";

/** The runtime's dataset version, from the catalog beside it where there is one (runtimePieces.ts). */
async function datasetVersion(): Promise<DatasetVersion> {
  const { runtimeVersion } = await import(
    /* webpackChunkName: "pieces" */ "../functions/runtimePieces"
  );
  return runtimeVersion();
}
import type { SettingsStore } from "./settingsStore";
import type { WorkbookActions } from "./workbook";

/*
 * What only Excel needs at start, in the "excel" chunk with the Office.js engine, so the browser
 * preview (and the pane's first download) carries none of it.
 */

/** The Office.js actions, and a problem to show when this Excel is too old to insert. */
export function excelSetup(downloadWorkbook: WorkbookActions["downloadWorkbook"]): {
  actions: WorkbookActions;
  hostProblem?: unknown;
} {
  // Downloading works in Excel too (Excel on the web, most desktop builds).
  const actions = { ...createExcelWorkbookActions(), downloadWorkbook };
  return { actions, hostProblem: missingInsertApi(Office.context.requirements) };
}

/**
 * Once the pane is rendered: the "when this workbook opens" check. A failure is left unsaid
 * here, since Refresh and What changed report the same problems when the person uses them.
 */
export function afterRender(settings: SettingsStore, actions: WorkbookActions): void {
  checkOnOpen(settings, actions, datasetVersion).catch(() => undefined);
}
