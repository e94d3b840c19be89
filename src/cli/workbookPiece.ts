import JSZip from "jszip";
import type { Dataset } from "../core/dataset/schema";
import { buildWorkbook, datasetDate } from "../export/buildWorkbook";

/**
 * The most rows (every table's but the sources table's, and the Sources sheet's) the build
 * writes the whole-dataset workbook for. exceljs holds every cell of it and then its XML: at
 * 1,000 replicated documents (44,600 rows, a 2.8 MB file) the build's heap rose by about
 * 800 MB, so 10,000 documents (446,000 rows) would need some 8 GB. Past this bound the catalog
 * lists no workbook and the pane offers each table's file instead.
 */
export const WORKBOOK_ROW_LIMIT = 50_000;

/** The rows the whole-dataset workbook holds: its tables' and its Sources sheet's. */
export function workbookRows(dataset: Dataset): number {
  const tables = dataset.tables.filter((t) => t.kind !== "sources");
  return tables.reduce((n, t) => n + t.rows.length, 0) + dataset.sources.length;
}

/**
 * The whole dataset as .xlsx, byte for byte the same for the same dataset (its zip entries
 * dated by the dataset, not the clock, so the piece's hash names its content), or null past
 * WORKBOOK_ROW_LIMIT.
 */
export async function workbookPiece(
  dataset: Dataset,
  limit = WORKBOOK_ROW_LIMIT,
): Promise<Uint8Array | null> {
  if (workbookRows(dataset) > limit) return null;
  const zip = await JSZip.loadAsync(await buildWorkbook(dataset));
  const date = datasetDate(dataset);
  zip.forEach((_, file) => {
    file.date = date;
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
