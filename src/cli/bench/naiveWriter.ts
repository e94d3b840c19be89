import { planTable } from "../../core/layout/planTable";
import type { Dataset } from "../../core/dataset/schema";

/**
 * The baseline the insert benchmark compares against: the row-by-row writer that Office.js
 * tutorials show (set one row's values, sync, next row), then the table over the range.
 * Deliberately naive: it does not keep "=..." text safe, and it syncs once per row.
 */
export async function naiveInsert(
  context: Excel.RequestContext,
  dataset: Dataset,
  tableId: string,
): Promise<void> {
  const plan = planTable(dataset, tableId);
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  const cols = plan.header.length;
  const rows = [plan.header, ...plan.values.map((r) => r.map((v) => (v === null ? "" : v)))];
  for (let i = 0; i < rows.length; i++) {
    sheet.getRangeByIndexes(i, 0, 1, cols).values = [rows[i]];
    await context.sync();
  }
  sheet.tables.add(sheet.getRangeByIndexes(0, 0, rows.length, cols), true).name = plan.tableName;
  await context.sync();
}
