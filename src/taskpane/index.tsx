import { createRoot } from "react-dom/client";
import { onCommandEvent } from "../commands/commandEvents";
import { PolicyError } from "../core/errors";
import { App } from "./App";
import { fetchCatalogLoader } from "./loadCatalog";
import { lazyFetchDatasetLoader, SHIPPED_DATASET_URL, sharedDatasetLoader } from "./loadDataset";
import { runtimePiecesOpener, runtimePiecesRefresher, runtimeTablesLoader } from "./loadTables";
import { downloadFile, previewWorkbook, type WorkbookExporter } from "./previewWorkbook";
import { localSettingsStore, officeSettingsStore, type SettingsStore } from "./settingsStore";
import { mediaThemeSource, officeThemeSource } from "./themeSource";
import { validateBeforeWrite } from "./validateBeforeWrite";

/*
 * Wiring, done once: in Excel the pane works on the workbook through Office.js; in a browser
 * (Office.onReady with no host) the same views run on the browser preview actions. What only
 * one of them needs (the Office.js engine, exceljs) is loaded on demand, and so are the views
 * other than the Catalog and the dataset validator (before the first write), so the pane
 * paints before any of it arrives.
 */

const exportWorkbook: WorkbookExporter = async (dataset, choices) => {
  const { exportWorkbook } = await import(/* webpackChunkName: "pieces" */ "./exportWorkbook");
  return exportWorkbook(dataset, choices);
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

Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const preview = previewWorkbook(exportWorkbook, downloadFile(document));
  const excel = inExcel
    ? await import(/* webpackChunkName: "excel" */ "./excelSetup").catch(() => null)
    : null;
  const { actions, hostProblem } = excel
    ? excel.excelSetup(preview.downloadWorkbook)
    : {
        actions: preview,
        // Without the engine chunk the pane can still browse, search and trace.
        hostProblem: inExcel
          ? new PolicyError(
              "not_supported",
              "The Excel part of Policy Tables did not load. Close and reopen the pane.",
            )
          : undefined,
      };
  const loadDataset = sharedDatasetLoader(
    lazyFetchDatasetLoader((url, init) => fetch(url, init)),
    runtime,
  );
  const settings = inExcel
    ? officeSettingsStore(Office.context.document.settings)
    : browserSettings();
  const checked = validateBeforeWrite(actions);
  createRoot(document.getElementById("root")!).render(
    <App
      actions={checked}
      loadDataset={loadDataset}
      loadCatalog={fetchCatalogLoader((url, init) => fetch(url, init))}
      loadTables={runtimeTablesLoader}
      openPieces={runtimePiecesOpener}
      refreshPieces={runtimePiecesRefresher}
      settings={settings}
      themeSource={
        inExcel ? officeThemeSource(() => Office.context.officeTheme) : mediaThemeSource(window)
      }
      defaultDatasetUrl={SHIPPED_DATASET_URL}
      hostProblem={hostProblem}
      onCommandEvent={onCommandEvent}
    />,
  );
  excel?.afterRender(settings, checked);
});
