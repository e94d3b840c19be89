import type { CellRect } from "../../src/core/layout/address";
import type { FakeTable } from "./excel";

/**
 * A table's Total Row (Table.showTotals, ExcelApi 1.3): when shown it is the last row of the
 * table's range, and not part of its data body
 * (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-showtotals-member,
 * getDataBodyRange and getTotalRowRange on the same page). Rows added with TableRowCollection.add
 * go at the end of the data body, above the totals row; a filter never hides the totals row; a
 * sort leaves it in place.
 */
export function bodyRect(table: FakeTable): CellRect {
  const { rect } = table;
  return { ...rect, row: rect.row + 1, lastRow: rect.lastRow - (table.showTotals ? 1 : 0) };
}

/** Number of data body rows. */
export function bodyRowCount(table: FakeTable): number {
  const body = bodyRect(table);
  return body.lastRow - body.row + 1;
}

/**
 * Where a resize leaves the totals row is not documented (Table.resize:
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)),
 * and resize moves no cells, so the totals row's formulas would land in the body: the fake
 * refuses it, so code must grow such a table with rows.add.
 */
export function refuseResizeWithTotals(table: FakeTable): string | null {
  return table.showTotals
    ? `The fake does not resize table ${table.name} while its Total Row is shown: add rows with rows.add.`
    : null;
}
