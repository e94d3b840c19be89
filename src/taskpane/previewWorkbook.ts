import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import type { TableChoice, WorkbookActions } from "./workbook";

/** Builds the exported .xlsx; loaded on demand so exceljs stays out of the pane's first load. */
export type WorkbookExporter = (
  dataset: Dataset,
  choices?: Record<string, TableChoice>,
) => Promise<Uint8Array | ArrayBuffer>;

/** Hands a finished file to the person (in a browser: a download). */
export type FileSaver = (bytes: Uint8Array | ArrayBuffer, fileName: string) => void;

const needsExcel = (what: string) =>
  new PolicyError(
    "not_supported",
    `${what} needs Excel; this is the browser preview, which has no workbook open.`,
  );

/**
 * The workbook actions of the browser preview: there is no workbook, so inserts and refresh say
 * they need Excel, there is never a selected cell, and the whole dataset can be downloaded.
 */
export function previewWorkbook(
  exportWorkbook: WorkbookExporter,
  save: FileSaver,
): WorkbookActions {
  const excelOnly = (what: string) => async () => {
    throw needsExcel(what);
  };
  return {
    mode: "preview",
    insertTable: excelOnly("Inserting a table"),
    insertFigure: excelOnly("Inserting a value"),
    insertChart: excelOnly("Inserting a chart"),
    insertUnitChart: excelOnly("Inserting a chart"),
    readSelection: excelOnly("Reading the selected cell"),
    readTableVersions: async () => [],
    refreshAll: excelOnly("Refreshing tables"),
    downloadWorkbook: async (dataset, choices) => {
      const bytes = await exportWorkbook(dataset, choices);
      const fileName = `policy-tables-${dataset.version}.xlsx`;
      save(bytes, fileName);
      return fileName;
    },
  };
}

/** Saves bytes through a temporary object URL and a clicked link. */
export function downloadFile(doc: Document): FileSaver {
  return (bytes, fileName) => {
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const url = URL.createObjectURL(blob);
    const link = doc.createElement("a");
    link.href = url;
    link.download = fileName;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
}
