import type { TableChoice } from "../core/layout/workbookTypes";
import type { WorkbookExporter } from "./previewWorkbook";

/** True when a choice changes a table from its published form (columns, filter, sort...). */
export function isShaped(choices: Record<string, TableChoice> | undefined): boolean {
  return Object.values(choices ?? {}).some((choice) =>
    Object.values(choice).some(
      (v) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

/**
 * The .xlsx of Download workbook. Unshaped, from a dataset cut from published pieces whose
 * catalog lists the whole-dataset workbook, it is that file as the build wrote it, checked by
 * its sha256: the tab holds one file instead of every table and exceljs's model of them (at
 * 1,000 documents 2.8 MB against a tab of over 800 MB). Otherwise exceljs builds it here, as
 * `npm run workbook` does; both are chunks of their own, fetched on the first download.
 */
export const exportWorkbook: WorkbookExporter = async (dataset, choices) => {
  if (!isShaped(choices)) {
    const { piecesOf } = await import(
      /* webpackChunkName: "pieces" */ "../functions/piecedDataset"
    );
    const published = piecesOf(dataset)?.publishedWorkbook();
    if (published) return published;
  }
  const { buildWorkbook } = await import(
    /* webpackChunkName: "export" */ "../export/buildWorkbook"
  );
  return buildWorkbook(dataset, choices);
};
