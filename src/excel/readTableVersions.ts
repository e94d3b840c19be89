import type { TableVersion } from "../core/dataset/datasetTrust";
import { readTags } from "./readTags";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";

/**
 * The dataset version and content hash each Policy Tables table was last written with, from
 * its tag (two syncs, writes nothing), so a refresh can flag a suspect dataset first.
 */
export async function readTableVersions(
  context: Excel.RequestContext,
  requirements: Requirements,
): Promise<TableVersion[]> {
  requireExcelApi(requirements, EXCEL_API.tags, "Checking the dataset against the tables");
  const { stored } = await readTags(context);
  // The Sources table is written with its data tables; their versions speak for it.
  return stored
    .filter(({ tag }) => tag.kind !== "sources")
    .map(({ tag }) => ({
      tableName: tag.tableName,
      version: tag.datasetVersion,
      contentHash: tag.contentHash,
    }));
}
