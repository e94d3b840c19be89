import { createRoot } from "react-dom/client";
import { onCommandEvent } from "../commands/commandEvents";
import { PolicyError } from "../core/errors";
import { App } from "./App";
import { fetchDatasetLoader, SHIPPED_DATASET_URL, sharedDatasetLoader } from "./loadDataset";
import { downloadFile, previewWorkbook, type WorkbookExporter } from "./previewWorkbook";
import { localSettingsStore, officeSettingsStore, type SettingsStore } from "./settingsStore";
import { mediaThemeSource, officeThemeSource } from "./themeSource";
import { validateBeforeWrite } from "./validateBeforeWrite";
import type { WorkbookActions } from "./workbook";

/*
 * Wiring, done once: in Excel the pane works on the workbook through Office.js; in a browser
 * (Office.onReady with no host) the same views run on the browser preview actions. What only
 * one of them needs (the Office.js engine, exceljs) is loaded on demand, and so are the views
 * other than the Catalog and the dataset validator (before the first write), so the pane
 * paints before any of it arrives.
 */

const exportWorkbook: WorkbookExporter = async (dataset, choices) => {
  const { buildWorkbook } = await import(
    /* webpackChunkName: "export" */ "../export/buildWorkbook"
  );
  return buildWorkbook(dataset, choices);
};

const runtime = () =>
  import(/* webpackChunkName: "runtime-dataset" */ "../functions/runtimeDataset");

function browserSettings(): SettingsStore {
  try {
    return localSettingsStore(window.localStorage);
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): keep settings for this visit.
    const values = new Map<string, string>();
    return {
      get: (key) => values.get(key) ?? null,
      set: async (key, value) => {
        if (value === null) values.delete(key);
        else values.set(key, value);
      },
    };
  }
}

async function excelSetup(): Promise<{ actions: WorkbookActions; hostProblem?: unknown }> {
  const [{ createExcelWorkbookActions }, { missingInsertApi }] = await Promise.all([
    import(/* webpackChunkName: "excel" */ "../excel/excelWorkbookActions"),
    import(/* webpackChunkName: "excel" */ "../excel/requirements"),
  ]);
  // Downloading works in Excel too (Excel on the web, most desktop builds).
  const download = previewWorkbook(exportWorkbook, downloadFile(document)).downloadWorkbook;
  const actions = { ...createExcelWorkbookActions(), downloadWorkbook: download };
  return { actions, hostProblem: missingInsertApi(Office.context.requirements) };
}

Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const preview = previewWorkbook(exportWorkbook, downloadFile(document));
  const { actions, hostProblem } = inExcel
    ? await excelSetup().catch((e: unknown) => ({
        // Without the engine chunk the pane can still browse, search and trace.
        actions: preview,
        hostProblem: new PolicyError(
          "not_supported",
          `The Excel part of Policy Tables did not load (${e instanceof Error ? e.message : String(e)}). Close and reopen the pane.`,
        ),
      }))
    : { actions: preview, hostProblem: undefined };
  createRoot(document.getElementById("root")!).render(
    <App
      actions={validateBeforeWrite(actions)}
      loadDataset={sharedDatasetLoader(
        fetchDatasetLoader((url, init) => fetch(url, init)),
        runtime,
      )}
      settings={inExcel ? officeSettingsStore(Office.context.document.settings) : browserSettings()}
      themeSource={
        inExcel ? officeThemeSource(() => Office.context.officeTheme) : mediaThemeSource(window)
      }
      defaultDatasetUrl={SHIPPED_DATASET_URL}
      hostProblem={hostProblem}
      onCommandEvent={onCommandEvent}
    />,
  );
});
