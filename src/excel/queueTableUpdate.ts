import type { TableUpdate } from "../core/diff/diffTable";
import { parseAddress, toAddress } from "../core/layout/address";
import { jsonBytes } from "../core/layout/chunkPlan";
import { excelInput, excelTextInput } from "../core/layout/safeText";
import { EXCEL_API, supports, type Requirements } from "./requirements";

/** Operations to queue, with the request bytes they will take. */
export interface TableWrite {
  size: number;
  queue: () => void;
}

/**
 * One table's cell writes, row deletions and appended rows, in that order, as operations to
 * queue (each with its estimated request bytes, so callers can spread them over requests).
 * Rows are added or deleted only once the table's filters are lifted (see liftFilters): Excel
 * deletes and inserts rows of a filtered table wrongly or not at all.
 */
export function queueTableUpdate(
  requirements: Requirements,
  f: {
    table: Excel.Table;
    sheet: Excel.Worksheet;
    address: string;
    /** Rows of the data body (the Total Row, when shown, follows them). */
    bodyRows: number;
    /** The Total Row is shown: rows go in above it with rows.add, never by resizing. */
    totals: boolean;
    below: Excel.Range | null;
  },
  update: TableUpdate,
): TableWrite[] {
  const writes: TableWrite[] = [];
  const rect = parseAddress(f.address);
  const top = rect.row + 1;
  const sheet = f.sheet;
  for (const w of update.writes) {
    const input = excelInput(w.value, w.format);
    writes.push({
      size: 2 * 160 + jsonBytes(input) + w.format.length,
      queue: () => {
        const cell = sheet.getRangeByIndexes(top + w.row, rect.col + w.col, 1, 1);
        cell.numberFormat = [[w.format]];
        cell.values = [[input]];
      },
    });
  }
  if (update.deleteRows.length === 0 && update.appendRows.length === 0) return writes;
  const bodyRows = f.bodyRows;
  const width = rect.lastCol - rect.col + 1;
  const rows = update.appendRows;
  const size =
    400 +
    update.deleteRows.length * 160 +
    rows.reduce((s, r) => s + 2 * jsonBytes(r.values) + jsonBytes(r.formats), 0);
  writes.push({
    size,
    queue: () => {
      for (const i of update.deleteRows) f.table.rows.getItemAt(i).delete();
      if (rows.length) appendRows();
    },
  });
  return writes;

  function appendRows() {
    const start = top + bodyRows - update.deleteRows.length;
    const target = sheet.getRangeByIndexes(start, rect.col, rows.length, width);
    // Excel takes no null number format: a column of the user's gets General in new rows.
    const formats = rows.map((r) => r.formats.map((f) => f ?? "General"));
    const belowFree = f.below === null || f.below.isNullObject;
    if (supports(requirements, EXCEL_API.resize) && belowFree && !f.totals) {
      f.table.resize(
        sheet.getRangeByIndexes(rect.row, rect.col, start - rect.row + rows.length, width),
      );
      target.numberFormat = formats;
      target.values = rows.map((r) =>
        r.values.map((v, j) => (v === null ? null : excelInput(v, r.formats[j] ?? "General"))),
      ) as unknown as string[][];
    } else {
      // rows.add writes before any format can be set: text goes in with Excel's quote prefix.
      f.table.rows.add(
        undefined,
        rows.map((r) =>
          r.values.map((v) => (typeof v === "string" ? excelTextInput(v) : v)),
        ) as unknown as string[][],
      );
      target.numberFormat = formats;
    }
  }
}

/** The table's address once rows are deleted and appended. */
export function addressAfter(address: string, update: TableUpdate): string {
  const rect = parseAddress(address);
  const lastRow = rect.lastRow - update.deleteRows.length + update.appendRows.length;
  return toAddress({ ...rect, lastRow });
}
