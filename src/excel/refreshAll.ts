import type { Dataset } from "../core/dataset/schema";
import type { RefreshProgress, RefreshSummary } from "../core/layout/workbookTypes";
import { liftFilters } from "./refresh/liftFilters";
import { checkHeaders, locateTables, untouched } from "./refresh/locateTables";
import { planRefresh } from "./refresh/planRefresh";
import { readBodies, readShapes } from "./refresh/readTables";
import { recoverTables } from "./refresh/recoverTables";
import type { RefreshTable } from "./refresh/refreshTable";
import { restoreFilters } from "./refresh/restoreFilters";
import { summarizeRefresh } from "./refresh/summarizeRefresh";
import { writeRefresh } from "./refresh/writeRefresh";
import type { TableWrite } from "./queueTableUpdate";
import { planChart } from "../core/layout/planChart";
import { planTable } from "../core/layout/planTable";
import { DATE_SYSTEM_ASSUMED } from "./dateSystem";
import { readTags, type StoredTag } from "./readTags";
import { queueChartTagParts, rebindCharts } from "./rebindCharts";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";
import { findSourcesTag, updateSources } from "./sourcesSheet";

/**
 * Brings every tagged table up to date with `dataset` (already validated: an invalid or
 * unreachable dataset must be rejected before this is called, so nothing is written). Syncs do
 * not grow with the number of tables or rows: 2 to read tags, 2 to read tables, 1 to write
 * (more only when the data passes 4 MB per request), and 1 more to set filters again when a
 * filtered table gained or lost rows.
 */
export async function refreshAll(
  context: Excel.RequestContext,
  requirements: Requirements,
  dataset: Dataset,
  onProgress: (progress: RefreshProgress) => void = () => {},
): Promise<RefreshSummary> {
  requireExcelApi(requirements, EXCEL_API.tags, "Refreshing tables");
  requireExcelApi(requirements, EXCEL_API.insert, "Refreshing tables");
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/id,name");
  const chartParts = queueChartTagParts(context);
  const { stored: tags, problems, blocked, syncs: tagSyncs } = await readTags(context);
  syncs += tagSyncs;
  // The Sources table has a tag of its own kind: updated after the data tables, never as one.
  const stored = tags.filter((s) => s !== findSourcesTag(tags));
  const total = stored.length;
  onProgress({ done: 0, total, tableName: null });

  const sheetIds = () => new Set(sheets.items.map((s) => s.id));
  const located = await locateTables(context, stored, blocked, dataset, sheetIds, sync);
  await readShapes(located.tables, sync);
  const { tables, refused } = checkHeaders(located.tables);
  const results = [...located.results, ...refused];
  await readBodies(tables, sync);

  const planned = tables.map((t, n) => {
    const writes = planRefresh(context, requirements, t);
    onProgress({ done: n + 1, total, tableName: t.table.name });
    return writes;
  });
  const changedAny = tables.some((t) => t.summary!.status === "updated");
  const tagsGone = results.some((r) => r.status === "deleted" || r.status === "sheet_deleted");
  const docs = [...new Set(tables.flatMap((t) => t.plan.docs))];
  try {
    for (const t of await liftFilters(tables, sync)) {
      planned[tables.indexOf(t)] = [];
      t.summary = untouched(
        t.stored.tag,
        t.table.name,
        "refused",
        `Excel did not clear the filter of ${t.table.name}, so its rows could not be added or removed; it was left as it is. Clear its filter and refresh again.`,
      );
    }
    const writes: TableWrite[] = [];
    planned.forEach((w, n) => {
      if (w.length) tables[n].writeSpan = [writes.length, writes.length + w.length];
      writes.push(...w);
    });
    // Writes include tags of tables that only moved or were renamed: stored so it is said once.
    const failure = await writeRefresh(writes, sync, () => {}, tagsGone);
    if (failure) await recoverTables(context, tables, failure, sync);
  } catch (error) {
    // Excel refused even recording what was kept: set filters again, then say where things are.
    await restoreFilters(tables, sync).catch(() => undefined);
    throw refreshStopped(error, tables);
  }
  const warnings: string[] = [];
  if (changedAny) {
    const note = await updateSources(context, requirements, dataset, docs, sync, tags).catch(
      (e: unknown) =>
        `The Sources table was not updated (${e instanceof Error ? e.message : String(e)}).`,
    );
    if (note) warnings.push(note);
  }
  await restoreFilters(tables, sync);
  if (changedAny) {
    const notes = await rebindCharts(
      context,
      chartParts,
      sync,
      (id) => unchartable(dataset, stored, id),
      dataset.version,
    ).catch((e: unknown) => [
      `Charts were not bound to the refreshed rows (${e instanceof Error ? e.message : String(e)}); insert them again.`,
    ]);
    warnings.push(...notes);
  }

  onProgress({ done: total, total, tableName: null });
  const summary = summarizeRefresh(
    [...results, ...tables.map((t) => t.summary!)],
    stored.map((s) => s.tag.datasetVersion),
    dataset.version,
    problems,
    syncs,
  );
  const told = warnings.length ? { ...summary, warnings } : summary;
  return located.dateSystemKnown ? told : { ...told, notices: [DATE_SYSTEM_ASSUMED] };
}

/** Why the table with this Excel id could not be charted as the dataset now stands, or null. */
function unchartable(dataset: Dataset, stored: StoredTag[], excelTableId: string): string | null {
  const found = stored.find((s) => s.tag.excelTableId === excelTableId);
  if (!found) return "it has no Policy Tables tag.";
  try {
    planChart(dataset, planTable(dataset, found.tag.tableId, found.tag.choice));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The error of a refresh Excel stopped, naming each table whose filter was lifted and what became of it. */
function refreshStopped(error: unknown, tables: RefreshTable[]): Error {
  const why = error instanceof Error ? error.message : String(error);
  const filters = tables
    .filter((t) => t.lifted.length > 0)
    .map(
      (t) =>
        `${t.table.name}: ${t.filterNote ?? "its filter was lifted and could not be set again; filter the table again from its column headers."}`,
    );
  return new Error(filters.length ? `${why} Filters: ${filters.join(" ")}` : why);
}
