import type { Dataset } from "../core/dataset/schema";
import type { TableChoice } from "../core/layout/workbookTypes";
import { isShaped } from "./exportWorkbook";
import type { PiecesOpener } from "./loadTables";

/**
 * What Download workbook saves the published whole-dataset workbook with: a dataset cut from
 * the catalog of the pieces beside `datasetUrl` (exportWorkbook then fetches the file alone).
 * Null where it cannot serve: a table shaped in its preview, no pieces, or a catalog that lists
 * no workbook; the pane then builds it from every table. A catalog whose build left the
 * workbook out as too large refuses, naming the per-table files (PiecedDataset.workbookDataset).
 * A chunk of its own, loaded by the first download, so the Catalog's first load does not grow.
 */
export async function publishedWorkbookDataset(
  openPieces: PiecesOpener,
  datasetUrl: string,
  choices: Record<string, TableChoice> | undefined,
): Promise<Dataset | null> {
  if (isShaped(choices)) return null;
  const pieces = await openPieces(datasetUrl);
  return pieces ? pieces.workbookDataset() : null;
}
