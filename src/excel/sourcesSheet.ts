import type { Dataset } from "../core/dataset/schema";
import { planSources, SOURCES_SHEET_NAME, SOURCES_TABLE_NAME } from "../core/layout/planSources";
import { sheetName } from "../core/layout/tableName";
import { queueRows, queueTable } from "./writePlan";

export interface SourcesTableNow {
  /** Loaded by the next sync: the document ids the Sources table lists now, or null if none. */
  read(): { docIds: string[]; sheet: string; row: number; col: number } | null;
}

/**
 * Queues reading the Sources table (no sync), when the workbook has one. The Sources table is
 * the add-in's own: it is rewritten whole each time, listing every document used so far.
 */
export function queueReadSources(
  context: Excel.RequestContext,
  tableNames: string[],
): SourcesTableNow {
  const exists = tableNames.some((n) => n.toLowerCase() === SOURCES_TABLE_NAME.toLowerCase());
  if (!exists) return { read: () => null };
  const table = context.workbook.tables.getItem(SOURCES_TABLE_NAME);
  const body = table.getDataBodyRange().load("values");
  const range = table.getRange().load("rowIndex,columnIndex");
  const sheet = table.worksheet.load("name");
  return {
    read: () => ({
      docIds: body.values.map((r) => String(r[0])).filter(Boolean),
      sheet: sheet.name,
      row: range.rowIndex,
      col: range.columnIndex,
    }),
  };
}

/**
 * Queues rewriting the Sources table so it lists `docIds` and every document it listed before
 * (no sync). Returns the documents listed.
 */
export function queueWriteSources(
  context: Excel.RequestContext,
  dataset: Dataset,
  docIds: readonly string[],
  now: ReturnType<SourcesTableNow["read"]>,
  sheetNames: readonly string[],
): string[] {
  const known = new Set(dataset.sources.map((s) => s.id));
  const wanted = new Set([...(now?.docIds ?? []), ...docIds].filter((id) => known.has(id)));
  const plan = planSources(dataset, [...wanted]);
  if (plan.values.length === 0) return [];
  let sheet: Excel.Worksheet;
  let at = { row: 0, col: 0 };
  if (now) {
    const old = context.workbook.tables.getItem(SOURCES_TABLE_NAME);
    const oldRange = old.getRange();
    old.delete();
    oldRange.clear();
    sheet = context.workbook.worksheets.getItem(now.sheet);
    at = { row: now.row, col: now.col };
  } else {
    sheet = context.workbook.worksheets.add(sheetName(SOURCES_SHEET_NAME, sheetNames));
  }
  queueTable(sheet, at, plan);
  queueRows(sheet, at, plan, 0, plan.values.length);
  return plan.rowIds;
}
