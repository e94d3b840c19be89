import type { Dataset } from "../core/dataset/schema";
import { diffTable, type TableUpdate } from "../core/diff/diffTable";
import { parseAddress } from "../core/layout/address";
import { chunkBySize, jsonBytes } from "../core/layout/chunkPlan";
import { planTable, type CellPlan } from "../core/layout/planTable";
import type { CellValue } from "../core/layout/safeText";
import { availableColumns } from "../core/layout/tableColumns";
import type { TableTag } from "../core/layout/tableTag";
import type {
  RefreshProgress,
  RefreshSummary,
  TableChoice,
  TableRefreshSummary,
} from "../core/layout/workbookTypes";
import { queueDeleteTag, queueWriteTag, readTags, type StoredTag } from "./readTags";
import { activeFilter } from "./activeFilter";
import { addressAfter, queueTableUpdate, type TableWrite } from "./queueTableUpdate";
import { EXCEL_API, requireExcelApi, type Requirements } from "./requirements";
import { queueReadSources, queueWriteSources } from "./sourcesSheet";

interface Found {
  stored: StoredTag;
  table: Excel.Table;
  plan: CellPlan;
  range: Excel.Range;
  header: Excel.Range;
  sheet: Excel.Worksheet;
  body: Excel.Range[];
  /** Rows will be added or may be deleted: the only changes a filter gets in the way of. */
  mayReshape: boolean;
  /** Each column's filter, loaded with the body when the table may be reshaped. */
  filters: Excel.Filter[];
  /** Filters cleared to add or remove rows, to set again at the end. */
  lifted?: { index: number; criteria: Excel.FilterCriteria }[];
  below: Excel.Range | null;
  update?: TableUpdate;
  summary?: TableRefreshSummary;
}

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
  const tableNames = wb.tables.load("items/name");
  const { stored, problems } = await readTags(context);
  syncs += 2;
  const total = stored.length;
  onProgress({ done: 0, total, tableName: null });

  const results: TableRefreshSummary[] = [];
  const found: Found[] = [];
  const sources = stored.length
    ? queueReadSources(
        context,
        tableNames.items.map((t) => t.name),
      )
    : null;
  const handles = stored.map((s) =>
    wb.tables.getItemOrNullObject(s.tag.excelTableId).load("id,name"),
  );
  if (stored.length) await sync();
  const sheetIds = new Set(sheets.items.map((s) => s.id));
  stored.forEach((s, n) => {
    const { tag } = s;
    const table = handles[n];
    if (table.isNullObject) {
      const sheetGone = !sheetIds.has(tag.sheetId);
      queueDeleteTag(context, s.partIds);
      results.push(
        empty(
          tag,
          tag.tableName,
          sheetGone ? "sheet_deleted" : "deleted",
          sheetGone
            ? `The sheet "${tag.sheetName}" that held ${tag.tableName} was deleted; the table's tag was removed.`
            : `${tag.tableName} was deleted from "${tag.sheetName}"; its tag was removed. Insert it again to get it back.`,
        ),
      );
      return;
    }
    if (!dataset.tables.some((t) => t.id === tag.tableId)) {
      results.push(
        empty(
          tag,
          table.name,
          "not_in_dataset",
          `Dataset ${dataset.version} no longer has table "${tag.tableId}"; ${table.name} was left as it is.`,
        ),
      );
      return;
    }
    const plan = planTable(dataset, tag.tableId, usableChoice(dataset, tag));
    const range = table.getRange().load("address");
    const header = table.getHeaderRowRange().load("values");
    const sheet = table.worksheet.load("id,name");
    const known = new Set(tag.rowIds);
    const adding = plan.rowIds.filter((id) => !known.has(id)).length;
    const planned = new Set(plan.rowIds);
    const mayReshape = adding > 0 || tag.rowIds.some((id) => !planned.has(id));
    const below = adding
      ? table.getRange().getRowsBelow(adding).getUsedRangeOrNullObject(true).load("address")
      : null;
    const body: Excel.Range[] = [];
    found.push({
      stored: s,
      table,
      plan,
      range,
      header,
      sheet,
      body,
      mayReshape,
      filters: [],
      below,
    });
  });
  if (found.length) await sync();

  // Filters (a user's, on any column) ride with the first body request.
  for (const f of found.filter((f) => f.mayReshape)) {
    const rect = parseAddress(f.range.address);
    f.filters = Array.from({ length: rect.lastCol - rect.col + 1 }, (_, i) =>
      f.table.columns.getItemAt(i).filter.load("criteria"),
    );
  }
  // Read bodies in requests that stay under the response limit, estimated from the new plan.
  const reads = found.flatMap((f, n) => {
    const rect = parseAddress(f.range.address);
    const perRow = 16 + 1.5 * Math.max(32, ...f.plan.values.slice(0, 200).map((r) => jsonBytes(r)));
    return Array.from({ length: rect.lastRow - rect.row }, (_, i) => ({ n, i, size: perRow }));
  });
  for (const [start, end] of chunkBySize(reads.map((r) => r.size))) {
    const first = new Map<number, { i: number; count: number }>();
    for (const { n, i } of reads.slice(start, end)) {
      const run = first.get(n);
      if (run) run.count++;
      else first.set(n, { i, count: 1 });
    }
    for (const [n, { i, count }] of first) {
      const rect = parseAddress(found[n].range.address);
      const width = rect.lastCol - rect.col + 1;
      found[n].body.push(
        found[n].sheet.getRangeByIndexes(rect.row + 1 + i, rect.col, count, width).load("formulas"),
      );
    }
    await sync();
  }
  if (reads.length === 0 && found.some((f) => f.filters.length)) await sync();

  const docs = new Set<string>();
  const writes: TableWrite[] = [];
  found.forEach((f, n) => {
    const { tag } = f.stored;
    const body = f.body.flatMap((r) => r.formulas as CellValue[][]);
    const update = diffTable(
      tag,
      { address: f.range.address, header: f.header.values[0], body },
      f.plan,
    );
    f.update = update;
    f.plan.docs.forEach((d) => docs.add(d));
    const messages = [...update.messages];
    if (f.table.name !== tag.tableName)
      messages.unshift(`Renamed from ${tag.tableName}; found by its tag.`);
    if (f.range.address !== tag.address)
      messages.unshift(`Moved from ${tag.address} to ${f.range.address}.`);
    const reshaped = update.deleteRows.length + update.appendRows.length > 0;
    f.lifted = reshaped
      ? f.filters.flatMap((filter, index) => {
          const criteria = activeFilter(filter.criteria);
          return criteria ? [{ index, criteria }] : [];
        })
      : [];
    const changed = update.writes.length + update.deleteRows.length + update.appendRows.length > 0;
    f.summary = {
      tableId: tag.tableId,
      tableName: f.table.name,
      status: changed || update.tagChanged ? "updated" : "unchanged",
      rowsAdded: update.rowsAdded,
      rowsRemoved: update.rowsRemoved,
      valuesChanged: update.valuesChanged,
      conflicts: update.conflicts,
      message: messages.length ? messages.join(" ") : null,
    };
    const where = { tableName: f.table.name, sheetId: f.sheet.id, sheetName: f.sheet.name };
    const newTag: TableTag = {
      ...update.tag,
      ...where,
      address: addressAfter(f.range.address, update),
    };
    const tagMoved =
      newTag.address !== tag.address ||
      newTag.tableName !== tag.tableName ||
      newTag.sheetName !== tag.sheetName;
    writes.push(
      ...queueTableUpdate(
        requirements,
        {
          table: f.table,
          sheet: f.sheet,
          address: f.range.address,
          below: f.below,
          liftFilters: f.lifted.length > 0,
        },
        update,
      ),
    );
    if (update.tagChanged || tagMoved) {
      writes.push({
        size: jsonBytes(newTag),
        queue: () => queueWriteTag(context, newTag, f.stored.partIds),
      });
    }
    onProgress({ done: n + 1, total, tableName: f.table.name });
  });

  const changedAny = found.some((f) => f.summary!.status === "updated");
  const tagsGone = results.some((r) => r.status === "deleted" || r.status === "sheet_deleted");
  // Writes include tags of tables that only moved or were renamed: stored so it is said once.
  if (writes.length > 0 || tagsGone) {
    const batches = chunkBySize(writes.map((w) => w.size));
    if (batches.length === 0) batches.push([0, 0]);
    for (const [start, end] of batches) {
      for (let i = start; i < end; i++) writes[i].queue();
      if (end === writes.length && changedAny) {
        queueWriteSources(
          context,
          dataset,
          [...docs],
          sources?.read() ?? null,
          sheets.items.map((s) => s.name),
        );
      }
      await sync();
    }
  }

  await restoreFilters(
    found.filter((f) => f.lifted?.length),
    sync,
  );

  const tables = [...results, ...found.map((f) => f.summary!)];
  const versions = [...new Set(stored.map((s) => s.tag.datasetVersion))];
  onProgress({ done: total, total, tableName: null });
  return {
    fromVersion: versions.length ? versions.join(", ") : null,
    toVersion: dataset.version,
    tables,
    problems,
    totals: {
      tables: tables.length,
      updated: tables.filter((t) => t.status === "updated").length,
      rowsAdded: sum(tables, (t) => t.rowsAdded),
      rowsRemoved: sum(tables, (t) => t.rowsRemoved),
      valuesChanged: sum(tables, (t) => t.valuesChanged),
      conflicts: sum(tables, (t) => t.conflicts.length),
    },
    syncs,
  };
}

/**
 * Sets again the filters lifted to add and remove rows, once the rows and tags are written, so
 * a filter Excel refuses costs the user a filter (they are told which), never data: one sync
 * for all, and on failure one per table to say which.
 */
async function restoreFilters(lifted: Found[], sync: () => Promise<void>): Promise<void> {
  if (lifted.length === 0) return;
  const queue = (f: Found) => {
    for (const { index, criteria } of f.lifted!)
      f.table.columns.getItemAt(index).filter.apply(criteria);
  };
  const restored = "Its filter was lifted to add and remove rows, then set again.";
  const say = (f: Found, message: string) =>
    (f.summary!.message = [f.summary!.message, message].filter(Boolean).join(" "));
  try {
    lifted.forEach(queue);
    await sync();
    lifted.forEach((f) => say(f, restored));
    return;
  } catch {
    // Which table's filter failed: try each on its own.
  }
  for (const f of lifted) {
    try {
      queue(f);
      await sync();
      say(f, restored);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      say(
        f,
        `Its filter was lifted to add and remove rows and Excel would not set it again (${why}): filter the table again from its column headers.`,
      );
    }
  }
}

/** The stored choice, minus columns or a sort key the dataset no longer offers. */
function usableChoice(dataset: Dataset, tag: TableTag): TableChoice {
  const keys = new Set(availableColumns(dataset, tag.tableId).map((c) => c.key));
  const { columns, sort, ...rest } = tag.choice;
  return {
    ...rest,
    ...(columns ? { columns: columns.filter((k) => keys.has(k)) } : {}),
    sort: sort && keys.has(sort.key) ? sort : null,
  };
}

function empty(
  tag: TableTag,
  tableName: string,
  status: TableRefreshSummary["status"],
  message: string,
): TableRefreshSummary {
  return {
    tableId: tag.tableId,
    tableName,
    status,
    rowsAdded: 0,
    rowsRemoved: 0,
    valuesChanged: 0,
    conflicts: [],
    message,
  };
}

function sum<T>(list: T[], f: (t: T) => number): number {
  return list.reduce((s, t) => s + f(t), 0);
}
