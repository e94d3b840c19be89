import type { Dataset } from "../core/dataset/schema";
import type { PiecedDataset } from "../functions/piecedDataset";

/**
 * The tables `tableIds` (every table for "all") of the dataset at `datasetUrl` and every record
 * their cells read, cut from the pieces published beside it; null where there are none, and
 * the pane loads the whole dataset instead.
 */
export type TablesLoader = (
  datasetUrl: string,
  tableIds: readonly string[] | "all",
) => Promise<Dataset | null>;

/**
 * Reads tables through the shared runtime's pieced dataset (src/functions/runtimePieces.ts),
 * so the pane and the POLICY functions share one catalog and one cache of checked pieces. The
 * reader is a chunk of its own, loaded with the first table opened.
 */
export const runtimeTablesLoader: TablesLoader = async (url, tableIds) => {
  const { runtimePieces } = await import(
    /* webpackChunkName: "pieces" */ "../functions/runtimePieces"
  );
  const pieces = await runtimePieces(url);
  return pieces && pieces.tables(tableIds);
};

/**
 * The pieced dataset published beside `datasetUrl`, which Search and Trace read piece by piece;
 * null where there is none (the whole dataset then serves them, as before).
 */
export type PiecesOpener = (datasetUrl: string) => Promise<PiecedDataset | null>;

/** Opens the shared runtime's pieced dataset (one catalog and cache for pane and functions). */
export const runtimePiecesOpener: PiecesOpener = async (url) => {
  const { runtimePieces } = await import(
    /* webpackChunkName: "pieces" */ "../functions/runtimePieces"
  );
  return runtimePieces(url);
};
