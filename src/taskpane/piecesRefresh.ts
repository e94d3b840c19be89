import { freshPieces, installPieces } from "../functions/runtimePieces";
import { DatasetDeclined } from "./loadDataset";
import type { PiecesRefresher } from "./loadTables";

/**
 * The pane's refresh over the shared runtime's pieces (src/functions/runtimePieces.ts): the
 * catalog read anew, the person's approval asked with its version and content hash, then the
 * catalog put in use for the pane and the functions. The ribbon, the pane and the bench refresh
 * through here, then refreshAll, which adds the pieces of the tables the workbook holds.
 */
export const refreshFromPieces: PiecesRefresher = async (url, approve) => {
  const fresh = await freshPieces(url);
  if (!fresh) return null;
  const dataset = await fresh.tables([]);
  if (approve && !(await approve(dataset))) throw new DatasetDeclined(dataset);
  await installPieces(url, fresh);
  return { dataset, listing: fresh.catalog };
};
