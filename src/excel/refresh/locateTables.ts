import type { Dataset } from "../../core/dataset/schema";
import { planTable } from "../../core/layout/planTable";
import { availableColumns } from "../../core/layout/tableColumns";
import type { TableTag } from "../../core/layout/tableTag";
import type { TableChoice, TableRefreshSummary } from "../../core/layout/workbookTypes";
import { queueDeleteTag, type StoredTag } from "../readTags";
import type { RefreshTable } from "./refreshTable";

/**
 * Finds the Excel table of each tag (one sync) and decides what refresh may do with it: a table
 * or sheet that is gone loses its tag (queued, no sync), a table the dataset no longer has is
 * left as it is; the others come back with their new plan, to be read.
 */
export async function locateTables(
  context: Excel.RequestContext,
  stored: StoredTag[],
  dataset: Dataset,
  sheetIds: () => Set<string>,
  sync: () => Promise<void>,
): Promise<{ tables: RefreshTable[]; results: TableRefreshSummary[] }> {
  const wb = context.workbook;
  const handles = stored.map((s) =>
    wb.tables.getItemOrNullObject(s.tag.excelTableId).load("id,name"),
  );
  if (stored.length) await sync();
  const tables: RefreshTable[] = [];
  const results: TableRefreshSummary[] = [];
  stored.forEach((s, n) => {
    const { tag } = s;
    const table = handles[n];
    if (table.isNullObject) {
      const sheetGone = !sheetIds().has(tag.sheetId);
      queueDeleteTag(context, s.partIds);
      results.push(
        untouched(
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
        untouched(
          tag,
          table.name,
          "not_in_dataset",
          `Dataset ${dataset.version} no longer has table "${tag.tableId}"; ${table.name} was left as it is.`,
        ),
      );
      return;
    }
    const plan = planTable(dataset, tag.tableId, usableChoice(dataset, tag));
    const known = new Set(tag.rowIds);
    const planned = new Set(plan.rowIds);
    tables.push({
      stored: s,
      table,
      plan,
      sheet: table.worksheet.load("id,name"),
      body: [],
      mayReshape:
        plan.rowIds.some((id) => !known.has(id)) || tag.rowIds.some((id) => !planned.has(id)),
      filters: [],
      lifted: [],
      below: null,
    });
  });
  return { tables, results };
}

/** The stored choice, minus columns or a sort key the dataset no longer offers. */
export function usableChoice(dataset: Dataset, tag: TableTag): TableChoice {
  const keys = new Set(availableColumns(dataset, tag.tableId).map((c) => c.key));
  const { columns, sort, ...rest } = tag.choice;
  return {
    ...rest,
    ...(columns ? { columns: columns.filter((k) => keys.has(k)) } : {}),
    sort: sort && keys.has(sort.key) ? sort : null,
  };
}

/** The summary of a table refresh did not change. */
export function untouched(
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
