import type { Dataset } from "../core/dataset/schema";
import { piecesOf } from "../functions/piecedDataset";
import { readTags } from "./readTags";
import { findSourcesTag } from "./sourcesSheet";

/**
 * The dataset to write with: a whole dataset as it is; one cut from pieces, completed with
 * what the workbook holds (read from the tags, two syncs): the documents its Sources sheet
 * lists, which an update must know to keep, and, for a refresh, the tables it updates. So a
 * refresh fetches the pieces of the workbook's tables and nothing else.
 */
export async function withHeldPieces(
  context: Excel.RequestContext,
  dataset: Dataset,
  what: "tables and sources" | "sources",
): Promise<Dataset> {
  const pieces = piecesOf(dataset);
  if (!pieces) return dataset;
  const { stored } = await readTags(context);
  const sources = findSourcesTag(stored);
  return pieces.withHeld(dataset, {
    tableIds:
      what === "sources" ? [] : stored.filter((s) => s !== sources).map((s) => s.tag.tableId),
    docIds: sources?.tag.rowIds ?? [],
  });
}
