import type { Dataset } from "../../core/dataset/schema";
import { locateColumns } from "../../core/diff/locateColumns";
import { PolicyError } from "../../core/errors";
import { planTable, type CellPlan } from "../../core/layout/planTable";
import type { DateSystem } from "../../core/lookup/excelDate";
import { readDateSystem } from "../dateSystem";
import { availableColumns } from "../../core/layout/tableColumns";
import type { TableTag } from "../../core/layout/tableTag";
import type { TableChoice, TableRefreshSummary } from "../../core/layout/workbookTypes";
import { queueDeleteTag, type StoredTag } from "../readTags";
import type { RefreshTable } from "./refreshTable";

/**
 * Finds the Excel table of each tag (one sync) and decides what refresh may do with it. A tag
 * is used only when it is consistent: its table found by id (Excel's getItem also resolves
 * names), the only tag of that table, and the table named PT_…; otherwise the table is refused
 * and left as it is. A table or sheet that is gone loses its tag (queued, no sync); a table the
 * dataset no longer has is left as it is. The others come back with their new plan, to be read.
 * A dry run (`removeGoneTags` false) queues nothing, so the request it leaves writes nothing.
 */
export async function locateTables(
  context: Excel.RequestContext,
  stored: StoredTag[],
  blocked: string[],
  dataset: Dataset,
  sheetIds: () => Set<string>,
  sync: () => Promise<void>,
  removeGoneTags = true,
): Promise<{
  tables: RefreshTable[];
  results: TableRefreshSummary[];
  dateSystem: DateSystem;
  dateSystemKnown: boolean;
}> {
  const wb = context.workbook;
  const handles = stored.map((s) =>
    wb.tables.getItemOrNullObject(s.tag.excelTableId).load("id,name,showTotals"),
  );
  if (stored.length) await sync();
  const claims = new Map<string, number>();
  for (const h of handles) if (!h.isNullObject) claims.set(h.id, (claims.get(h.id) ?? 0) + 1);
  const blockedIds = new Set(blocked);
  // Dates are planned in the workbook's date system, as insert wrote them; otherwise refresh
  // would take each date the add-in wrote for a changed value and write it 1,462 days off.
  const dated = stored.some((s) =>
    dataset.tables.find((t) => t.id === s.tag.tableId)?.columns.some((c) => c.type === "date"),
  );
  const dates = dated ? await readDateSystem(context) : { system: "1900" as const, known: true };
  const dateSystem = dates.system;
  const tables: RefreshTable[] = [];
  const results: TableRefreshSummary[] = [];
  stored.forEach((s, n) => {
    const { tag } = s;
    const table = handles[n];
    if (table.isNullObject) {
      const sheetGone = !sheetIds().has(tag.sheetId);
      if (removeGoneTags) queueDeleteTag(context, s.partIds);
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
    const refusal = ownershipRefusal(tag, table, claims.get(table.id) ?? 0, blockedIds);
    if (refusal) {
      results.push(untouched(tag, table.name, "refused", refusal));
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
    const planning = planOrRefuse(dataset, tag, table.name, dateSystem);
    if ("refused" in planning) {
      results.push(planning.refused);
      return;
    }
    const { plan } = planning;
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
  return { tables, results, dateSystem, dateSystemKnown: dates.known };
}

/**
 * The table's plan on the new release, or its refusal when the stored per-column filters name
 * a column or value the release no longer has: dropping a clause would write rows the person
 * filtered out, so that table is left as it is while the others are refreshed.
 */
function planOrRefuse(
  dataset: Dataset,
  tag: TableTag,
  tableName: string,
  dateSystem: DateSystem,
): { plan: CellPlan } | { refused: TableRefreshSummary } {
  try {
    return { plan: planTable(dataset, tag.tableId, usableChoice(dataset, tag), { dateSystem }) };
  } catch (e) {
    if (!(e instanceof PolicyError) || !tag.choice.where?.trim()) throw e;
    return {
      refused: untouched(
        tag,
        tableName,
        "refused",
        `${tableName} keeps only the rows where "${tag.choice.where}", which dataset ${dataset.version} cannot apply: ${e.message} It was left as it is; insert it again with filters this release offers.`,
      ),
    };
  }
}

const LEFT_ALONE = "Policy Tables cannot prove it wrote it, so it was left as it is.";

/** Why a found table may not be refreshed through this tag, or null when it may. */
function ownershipRefusal(
  tag: TableTag,
  table: Excel.Table,
  claims: number,
  blocked: Set<string>,
): string | null {
  if (table.id !== tag.excelTableId)
    return `A tag names table "${tag.excelTableId}", which Excel found by name as ${table.name} (id ${table.id}), not by id: ${LEFT_ALONE}`;
  if (claims > 1)
    return `${table.name} has ${claims} tags: ${LEFT_ALONE} Insert it again to refresh it.`;
  if (blocked.has(table.id))
    return `Another tag of ${table.name} is damaged or inconsistent: ${LEFT_ALONE} Insert it again to refresh it.`;
  if (!/^PT_/i.test(table.name))
    return `${table.name} is no longer named PT_…: ${LEFT_ALONE} Give it a name starting with PT_ to refresh it.`;
  return null;
}

/**
 * Refuses each read table whose header no longer holds every title its tag owns (a title the
 * user changed, or a tag that describes another table), so the refresh never writes there.
 */
export function checkHeaders(tables: RefreshTable[]): {
  tables: RefreshTable[];
  refused: TableRefreshSummary[];
} {
  const kept: RefreshTable[] = [];
  const refused: TableRefreshSummary[] = [];
  for (const t of tables) {
    const header = (t.header!.values[0] ?? []).map((h) => String(h ?? ""));
    const columnAt = locateColumns(t.stored.tag.columns, header);
    const missing = t.stored.tag.columns.filter((_, j) => columnAt[j] < 0);
    if (missing.length === 0) kept.push(t);
    else
      refused.push(
        untouched(
          t.stored.tag,
          t.table.name,
          "refused",
          `The header of ${t.table.name} no longer holds ${missing.map((c) => `"${c.title}"`).join(", ")}: ${LEFT_ALONE} Put the title${missing.length > 1 ? "s" : ""} back, or insert the table again, to refresh it.`,
        ),
      );
  }
  return { tables: kept, refused };
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
