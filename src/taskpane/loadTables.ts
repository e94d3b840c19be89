import type { Dataset } from "../core/dataset/schema";

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
