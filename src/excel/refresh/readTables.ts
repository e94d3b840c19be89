import { parseAddress } from "../../core/layout/address";
import { chunkBySize, jsonBytes } from "../../core/layout/chunkPlan";
import type { RefreshTable } from "./refreshTable";

/** Rows of a table's data body: its Total Row, when shown, is not one (ExcelApi 1.3). */
export function bodyRowCount(t: RefreshTable): number {
  const rect = parseAddress(t.range!.address);
  return rect.lastRow - rect.row - (t.table.showTotals ? 1 : 0);
}

/** Reads each table's range and header, and whether cells sit below it (one sync). */
export async function readShapes(tables: RefreshTable[], sync: () => Promise<void>) {
  for (const t of tables) {
    t.range = t.table.getRange().load("address");
    t.header = t.table.getHeaderRowRange().load("values");
    const known = new Set(t.stored.tag.rowIds);
    const added = t.plan.rowIds.filter((id) => !known.has(id)).length;
    t.below = added
      ? t.table.getRange().getRowsBelow(added).getUsedRangeOrNullObject(true).load("address")
      : null;
  }
  if (tables.length) await sync();
}

/**
 * Reads each table's body in requests that stay under the response limit, estimated from the
 * new plan; the column filters of tables that may gain or lose rows ride with the first one.
 */
export async function readBodies(tables: RefreshTable[], sync: () => Promise<void>) {
  for (const t of tables.filter((t) => t.mayReshape)) {
    const rect = parseAddress(t.range!.address);
    t.filters = Array.from({ length: rect.lastCol - rect.col + 1 }, (_, i) =>
      t.table.columns.getItemAt(i).filter.load("criteria"),
    );
  }
  const reads = tables.flatMap((t, n) => {
    const perRow = 16 + 1.5 * Math.max(32, ...t.plan.values.slice(0, 200).map((r) => jsonBytes(r)));
    return Array.from({ length: bodyRowCount(t) }, (_, i) => ({ n, i, size: perRow }));
  });
  for (const [start, end] of chunkBySize(reads.map((r) => r.size))) {
    const first = new Map<number, { i: number; count: number }>();
    for (const { n, i } of reads.slice(start, end)) {
      const run = first.get(n);
      if (run) run.count++;
      else first.set(n, { i, count: 1 });
    }
    for (const [n, { i, count }] of first) {
      const t = tables[n];
      const rect = parseAddress(t.range!.address);
      const width = rect.lastCol - rect.col + 1;
      t.body.push(
        t.sheet.getRangeByIndexes(rect.row + 1 + i, rect.col, count, width).load("formulas"),
      );
    }
    await sync();
  }
  if (reads.length === 0 && tables.some((t) => t.filters.length)) await sync();
}
