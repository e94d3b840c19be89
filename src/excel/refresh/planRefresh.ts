import { diffTable } from "../../core/diff/diffTable";
import type { CellValue } from "../../core/layout/safeText";
import type { TableTag } from "../../core/layout/tableTag";
import { activeFilter } from "../activeFilter";
import { addressAfter, queueTableUpdate, type TableWrite } from "../queueTableUpdate";
import { tagWrites } from "../readTags";
import type { Requirements } from "../requirements";
import { bodyRowCount } from "./readTables";
import type { RefreshTable } from "./refreshTable";

/**
 * Plans one read table's refresh: its diff against the tag, the summary that says what it
 * does, the filters to lift, and the writes (cells, rows, then the tag) to queue later.
 */
export function planRefresh(
  context: Excel.RequestContext,
  requirements: Requirements,
  t: RefreshTable,
): TableWrite[] {
  const { tag } = t.stored;
  const address = t.range!.address;
  const body = t.body.flatMap((r) => r.formulas as CellValue[][]);
  const update = diffTable(tag, { address, header: t.header!.values[0], body }, t.plan);
  t.update = update;
  const messages = [...update.messages];
  if (t.table.name !== tag.tableName)
    messages.unshift(`Renamed from ${tag.tableName}; found by its tag.`);
  if (address !== tag.address) messages.unshift(`Moved from ${tag.address} to ${address}.`);
  const reshaped = update.deleteRows.length + update.appendRows.length > 0;
  t.lifted = reshaped
    ? t.filters.flatMap((filter, index) => {
        const criteria = activeFilter(filter.criteria);
        return criteria ? [{ index, criteria }] : [];
      })
    : [];
  const changed = update.writes.length + update.deleteRows.length + update.appendRows.length > 0;
  t.summary = {
    tableId: tag.tableId,
    tableName: t.table.name,
    status: changed || update.tagChanged ? "updated" : "unchanged",
    rowsAdded: update.rowsAdded,
    rowsRemoved: update.rowsRemoved,
    valuesChanged: update.valuesChanged,
    conflicts: update.conflicts,
    message: messages.length ? messages.join(" ") : null,
  };
  const newTag: TableTag = {
    ...update.tag,
    tableName: t.table.name,
    sheetId: t.sheet.id,
    sheetName: t.sheet.name,
    address: addressAfter(address, update),
  };
  const tagMoved =
    newTag.address !== tag.address ||
    newTag.tableName !== tag.tableName ||
    newTag.sheetName !== tag.sheetName;
  const writes = queueTableUpdate(
    requirements,
    {
      table: t.table,
      sheet: t.sheet,
      address,
      bodyRows: bodyRowCount(t),
      totals: t.table.showTotals,
      below: t.below,
    },
    update,
  );
  // One write per tag part: a large table's tag spreads over requests like its cells.
  if (update.tagChanged || tagMoved) writes.push(...tagWrites(context, newTag, t.stored.partIds));
  return writes;
}
