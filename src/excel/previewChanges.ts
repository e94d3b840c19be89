import type { Dataset } from "../core/dataset/schema";
import { listChanges, type ChangeReport, type TableChanges } from "../core/diff/listChanges";
import { checkHeaders, locateTables } from "./refresh/locateTables";
import { planRefresh } from "./refresh/planRefresh";
import { readBodies, readShapes } from "./refresh/readTables";
import { readTags } from "./readTags";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";
import { findSourcesTag } from "./sourcesSheet";

/**
 * What refreshAll would change with `dataset`, record by record, without changing anything: the
 * same phases as refreshAll up to its plan (read tags, locate and read the tables, diff each),
 * then the change list instead of the writes. Nothing is queued but loads, so the request
 * Excel.run sends at the end writes nothing either.
 */
export async function previewChanges(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
): Promise<ChangeReport> {
  requireExcelApi(requirements, EXCEL_API.tags, "Listing what a refresh would change");
  const sync = async () => {
    await context.sync();
  };
  const sheets = context.workbook.worksheets.load("items/id");
  const { stored: tags, problems, blocked } = await readTags(context);
  const stored = tags.filter((s) => s !== findSourcesTag(tags));
  const sheetIds = () => new Set(sheets.items.map((s) => s.id));
  const located = await locateTables(context, stored, blocked, dataset, sheetIds, sync, false);
  await readShapes(located.tables, sync);
  const { tables, refused } = checkHeaders(located.tables);
  await readBodies(tables, sync);

  const left: TableChanges[] = [...located.results, ...refused].map((r) => ({
    tableId: r.tableId,
    tableName: r.tableName,
    status: r.status,
    message: goneMessage(r.status) ?? r.message,
    records: [],
  }));
  const planned: TableChanges[] = tables.map((t) => {
    planRefresh(context, requirements, t); // its writes are dropped unqueued: a dry run
    const state = {
      address: t.range!.address,
      header: t.header!.values[0],
      body: t.body.flatMap((r) => r.formulas),
    };
    return {
      tableId: t.stored.tag.tableId,
      tableName: t.table.name,
      status: t.summary!.status,
      message: t.summary!.message,
      records: listChanges(t.stored.tag, state, t.plan, t.update!, dataset),
    };
  });
  const versions = [...new Set(stored.map((s) => s.tag.datasetVersion))];
  return {
    fromVersion: versions.length ? versions.join(", ") : null,
    toVersion: dataset.version,
    tables: [...left, ...planned],
    problems,
    dateSystem: located.dateSystem,
  };
}

/** Refresh's sentence for a table that is gone says its tag "was removed": not yet, here. */
function goneMessage(status: TableChanges["status"]): string | null {
  if (status === "deleted") return "The table was deleted; refresh will remove its tag.";
  if (status === "sheet_deleted")
    return "The table's sheet was deleted; refresh will remove its tag.";
  return null;
}
