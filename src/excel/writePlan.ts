import { PolicyError } from "../core/errors";
import { chunkBySize, jsonBytes, REQUEST_BUDGET_BYTES } from "../core/layout/chunkPlan";
import type { CellPlan } from "../core/layout/planTable";
import { excelInput } from "../core/layout/safeText";

export const TABLE_STYLE = "TableStyleMedium2";
/**
 * Bytes an operation costs in a request besides its data: a range's object path, its
 * Instantiate action and the action that sets it come to about 330 bytes of Office.js's request
 * JSON (measured by serialising it, test/fakes/excel.ts requestBody); 160 was too few, and a
 * 10,000-row table with a link column went over 5 MB.
 */
const OP_OVERHEAD = 400;

export interface WrittenTable {
  table: Excel.Table;
  /** context.sync calls made. */
  syncs: number;
  /** Estimated data bytes of each request, for the benchmarks. */
  requestBytes: number[];
}

type At = { row: number; col: number };

/**
 * Writes a plan with its header at (row, col) of `sheet` as a real Excel table: one request
 * per chunk of rows (a single one unless the data passes `budget`), never one per row. The
 * table's id and name are loaded by the last sync.
 */
export async function writePlan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  at: At,
  plan: CellPlan,
  budget = REQUEST_BUDGET_BYTES,
): Promise<WrittenTable> {
  const table = queueTable(sheet, at, plan);
  const sizes = rowSizes(plan);
  const chunks = chunkBySize(sizes, budget - OP_OVERHEAD * (2 * plan.columns.length + 8));
  const requestBytes: number[] = [];
  let syncs = 0;
  for (const [start, end] of chunks) {
    queueRows(sheet, at, plan, start, end);
    requestBytes.push(sizes.slice(start, end).reduce((a, b) => a + b, 0));
    if (end === plan.values.length) table.load("id,name");
    try {
      await context.sync();
    } catch (e) {
      throw syncFailure(e, plan, syncs === 0);
    }
    syncs++;
  }
  return { table, syncs, requestBytes };
}

/**
 * Queues the table, its header, its column formats and widths (no sync). The table comes
 * first: if Excel refuses it (it would overlap another table) nothing else is written.
 */
export function queueTable(sheet: Excel.Worksheet, at: At, plan: CellPlan): Excel.Table {
  const rows = plan.values.length;
  const cols = plan.columns.length;
  const table = sheet.tables.add(sheet.getRangeByIndexes(at.row, at.col, rows + 1, cols), true);
  table.name = plan.tableName;
  table.style = TABLE_STYLE;
  const header = sheet.getRangeByIndexes(at.row, at.col, 1, cols);
  header.numberFormat = [plan.header.map(() => "@")];
  header.values = [plan.header];
  plan.columns.forEach((c, j) => {
    // A single format for the whole column: Excel applies a scalar to every cell of the range.
    if (c.format !== null && rows > 0) {
      sheet.getRangeByIndexes(at.row + 1, at.col + j, rows, 1).numberFormat =
        c.format as unknown as string[][];
    }
    sheet.getRangeByIndexes(at.row, at.col + j, 1, 1).format.columnWidth = Math.round(
      (c.width * 7 + 5) * 0.75,
    );
  });
  return table;
}

/**
 * Queues body rows [start, end): formats of mixed columns, then values, then hyperlinks.
 * Formats go before values so text in "@" cells ("=1+1", "-5") stays text.
 */
export function queueRows(
  sheet: Excel.Worksheet,
  at: At,
  plan: CellPlan,
  start: number,
  end: number,
) {
  const body = (row: number, count: number, col: number, width: number) =>
    sheet.getRangeByIndexes(at.row + 1 + row, at.col + col, count, width);
  plan.columns.forEach((c, j) => {
    if (c.format === null) {
      body(start, end - start, j, 1).numberFormat = plan.numberFormats
        .slice(start, end)
        .map((f) => [f[j]]);
    }
  });
  body(start, end - start, 0, plan.columns.length).values = plan.values
    .slice(start, end)
    .map((row, i) => row.map((v, j) => excelInput(v, plan.numberFormats[start + i][j])));
  plan.columns.forEach((c, j) => {
    if (!c.link) return;
    for (let i = start; i < end; i++) {
      const url = plan.values[i][j];
      if (typeof url === "string" && /^https?:\/\//.test(url)) {
        body(i, 1, j, 1).hyperlink = { address: url, textToDisplay: url };
      }
    }
  });
}

/** Estimated request bytes of each body row. */
function rowSizes(plan: CellPlan): number[] {
  return plan.values.map((row, i) => {
    let size = jsonBytes(row) + 4;
    plan.columns.forEach((c, j) => {
      if (c.format === null) size += plan.numberFormats[i][j].length + 6;
      if (c.link && typeof row[j] === "string") size += 2 * (row[j] as string).length + OP_OVERHEAD;
    });
    return size;
  });
}

function syncFailure(error: unknown, plan: CellPlan, first: boolean): PolicyError {
  const detail = error instanceof Error ? error.message : String(error);
  return new PolicyError(
    "workbook_conflict",
    first
      ? `Excel refused to create table ${plan.tableName}: ${detail} Choose an empty cell away from other tables, or insert on a new sheet.`
      : `Excel stopped while filling table ${plan.tableName}: ${detail}`,
  );
}
