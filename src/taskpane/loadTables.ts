import type { Dataset } from "../core/dataset/schema";
import type { PiecedDataset } from "../functions/piecedDataset";
import type { CatalogListing } from "./loadCatalog";
import type { DatasetApproval } from "./loadDataset";

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

/** A refresh read from the pieces: the dataset to write with, and the catalog now in use. */
export interface PiecesRefresh {
  /** Cut from the catalog alone: the workbook engine adds the tables the workbook holds. */
  dataset: Dataset;
  listing: CatalogListing;
}

/**
 * Reads the catalog beside `datasetUrl` anew, asks `approve` with a dataset holding its version
 * and content hash (what the trust check compares with the workbook's tables), and only then
 * puts it in use for the pane and the functions. Null where there are no pieces beside the
 * dataset: the whole dataset is then fetched, as before. A refresh fetches the pieces of the
 * workbook's own tables later, when refreshAll reads its tags, each checked once by its hash.
 */
export type PiecesRefresher = (
  datasetUrl: string,
  approve?: DatasetApproval,
) => Promise<PiecesRefresh | null>;

/** The refresher over the shared runtime's pieces (piecesRefresh.ts), loaded with the first refresh. */
export const runtimePiecesRefresher: PiecesRefresher = async (url, approve) => {
  const { refreshFromPieces } = await import(/* webpackChunkName: "pieces" */ "./piecesRefresh");
  return refreshFromPieces(url, approve);
};
