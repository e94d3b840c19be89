import { changedTables } from "../core/diff/changedTables";
import { compareDatasets } from "../core/diff/compareDatasets";
import type { ChangeReport, TableChanges } from "../core/diff/listChanges";
import { SOURCES_TABLE_NAME, tableName } from "../core/layout/tableName";
import type { Dataset } from "../core/dataset/schema";
import { userMessage } from "../core/errors";
import { piecesOf, type PiecedDataset } from "../functions/piecedDataset";
import { runtimePieces } from "../functions/runtimePieces";

/**
 * The browser preview's change list over the published pieces: what Refresh would do to each
 * table inserted from the catalog in use with its default columns, read from the newer catalog.
 * Only the pieces of tables whose piece differs are read, both versions of each; the whole
 * dataset is never fetched. A table whose earlier piece can no longer be read (replaced where it
 * was published) is named with why, and the other tables are still compared.
 */
export async function comparePieces(
  inUse: PiecedDataset,
  next: PiecedDataset,
): Promise<ChangeReport> {
  const { changed, unchanged } = changedTables(inUse.catalog, next.catalog);
  const listed = new Set(next.catalog.tables.map((t) => t.id));
  const nameOf = (id: string) => tableName(id, [SOURCES_TABLE_NAME]);
  const problems: string[] = [];
  const compared = await Promise.all(
    changed.map(async (id): Promise<TableChanges> => {
      let before;
      try {
        before = await inUse.tables([id]);
      } catch (error) {
        const why = `The rows of table "${id}" in dataset ${inUse.catalog.version} could not be read again (${userMessage(error)}), so ${nameOf(id)}'s changes cannot be listed.`;
        problems.push(why);
        return { tableId: id, tableName: nameOf(id), status: "failed", message: why, records: [] };
      }
      const after = await next.tables(listed.has(id) ? [id] : []);
      return compareDatasets(before, after).tables[0];
    }),
  );
  const byId = new Map(compared.map((t) => [t.tableId, t]));
  const same = new Set(unchanged);
  return {
    fromVersion: inUse.catalog.version,
    toVersion: next.catalog.version,
    tables: inUse.catalog.tables.map((t): TableChanges =>
      same.has(t.id)
        ? {
            tableId: t.id,
            tableName: nameOf(t.id),
            status: "unchanged",
            message: null,
            records: [],
          }
        : byId.get(t.id)!,
    ),
    problems,
    // Planned with planTable's default, the 1900 system, as compareDatasets: no workbook to ask.
    dateSystem: "1900",
  };
}

/**
 * The change list from the pieces the runtime has in use to `next`, when `next` was cut from
 * pieces published at the same URL (a refresh fetched and declined); null otherwise, and the
 * whole datasets are compared.
 */
export async function compareWithPiecesInUse(next: Dataset): Promise<ChangeReport | null> {
  const fresh = piecesOf(next);
  if (!fresh) return null;
  const inUse = await runtimePieces(fresh.catalogUrl.replace(/catalog\.json$/, "dataset.json"));
  return inUse ? comparePieces(inUse, fresh) : null;
}
