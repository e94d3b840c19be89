import { emitCommandEvent } from "../commands/commandEvents";
import { decideOnOpen, type OpenDecision, type OpenSettings } from "../core/dataset/decideOnOpen";
import { PolicyError } from "../core/errors";
import type { SettingsStore } from "./settingsStore";
import type { WorkbookActions } from "./workbook";

/** What the check on open compares with the workbook's tables. */
export interface DatasetVersion {
  version: string;
  contentHash: string;
}

/** The workbook settings (document settings in Excel) behind "when this workbook opens". */
export const OPEN_SETTING_KEYS = { check: "checkOnOpen", refresh: "refreshOnOpen" } as const;

/** The saved settings; refreshing on open counts only while the check is on. */
export function readOpenSettings(store: SettingsStore): OpenSettings {
  const check = store.get(OPEN_SETTING_KEYS.check) === "on";
  return { check, refresh: check && store.get(OPEN_SETTING_KEYS.refresh) === "on" };
}

/**
 * Makes the shared runtime load with this workbook, or stop doing so (Office.addin.
 * setStartupBehavior, SharedRuntime 1.1). Office stores it in the document and applies it from
 * the next open on. Rejects with what to do when this Excel lacks the API or refuses it (Excel
 * on the web does on some files: office-js #3993).
 */
export async function applyStartupBehavior(loadWithWorkbook: boolean): Promise<void> {
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1"))
    throw new PolicyError(
      "not_supported",
      "This version of Excel cannot start Policy Tables when a workbook opens (it needs SharedRuntime 1.1: Excel on the web, Microsoft 365 on Windows 2002 or later, on Mac 16.35 or later, or Excel 2021 or later). The setting is saved; the check runs when you open the pane.",
    );
  try {
    await Office.addin.setStartupBehavior(
      loadWithWorkbook ? Office.StartupBehavior.load : Office.StartupBehavior.none,
    );
  } catch (e) {
    throw new PolicyError(
      "not_supported",
      `Excel did not ${loadWithWorkbook ? "agree to start" : "stop starting"} Policy Tables with this workbook (${e instanceof Error ? e.message : String(e)}). The setting is saved; try again after saving the workbook.`,
    );
  }
}

/**
 * Run when the pane's runtime starts with the workbook: compares the dataset with the versions
 * the workbook's tables were written with and, when they differ, opens the pane on the change
 * list, or on a refresh when the person opted in. The refresh is the Refresh view's own, so it
 * keeps every ownership rule and shows its summary. Resolves with what it did. Only the
 * dataset's version and content hash are compared: the catalog beside it has both.
 */
export async function checkOnOpen(
  settings: SettingsStore,
  actions: Pick<WorkbookActions, "readTableVersions">,
  datasetVersion: () => Promise<DatasetVersion>,
): Promise<OpenDecision["action"]> {
  const chosen = readOpenSettings(settings);
  if (!chosen.check) return "none";
  const decision = decideOnOpen(chosen, await datasetVersion(), await actions.readTableVersions());
  if (decision.action === "none") return "none";
  // Ignored for Marketplace add-ins since February 2026: the pane then shows it when opened.
  await Office.addin.showAsTaskpane().catch(() => undefined);
  emitCommandEvent({
    type: decision.action === "refresh" ? "refresh-requested" : "changes-available",
  });
  return decision.action;
}
