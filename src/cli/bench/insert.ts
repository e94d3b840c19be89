import { createExcelWorkbookActions } from "../../excel/excelWorkbookActions";
// The faithful Excel fake is test infrastructure; the benchmark reuses it because it counts
// syncs and request bytes exactly as Excel on the web limits them.
import { FakeExcel } from "../../../test/fakes/excel";
import { naiveInsert } from "./naiveWriter";
import { syntheticDataset } from "./syntheticDataset";

export interface WriterFigures {
  syncs: number;
  /** Largest single request, in bytes as the fake measures it. */
  maxRequestBytes: number;
  /** Bytes of every request together. */
  totalRequestBytes: number;
  /** LATENCY_MODEL applied to the syncs and bytes above. */
  modelMs: number;
}

/**
 * The time a writer would spend on the network in Excel on the web, from what the fake counts:
 * every sync is one round trip, every request byte goes up the link. Excel's own work on the
 * server is left out, so this is a floor, and the same for both writers.
 */
export const MODEL = { roundTripMs: 40, uplinkMbps: 10 } as const;
export const LATENCY_MODEL = `model: ${MODEL.roundTripMs} ms per sync + request bytes at ${MODEL.uplinkMbps} Mbit/s, Excel's processing not included`;

export function modelMs(syncs: number, requestBytes: number): number {
  return round(syncs * MODEL.roundTripMs + (requestBytes * 8) / (MODEL.uplinkMbps * 1000));
}

export interface InsertBenchResult {
  rows: number;
  columns: number;
  engine: WriterFigures;
  naive: WriterFigures;
  /** naive syncs / engine syncs. */
  syncRatio: number;
}

/**
 * Inserts a synthetic table of `rows` rows through the task pane's real insert action (on the
 * Excel fake), then the same table with the naive row-by-row writer, and compares what they ask
 * of Excel: syncs and request bytes, and the network time those imply (LATENCY_MODEL). Times of
 * the in-process fake are not reported: it has no round trips, so they say nothing of Excel.
 */
export async function benchInsert(rows: number): Promise<InsertBenchResult> {
  const dataset = syntheticDataset({ tables: 1, rows });
  const tableId = dataset.tables[0].id;

  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  const inserted = await actions.insertTable(dataset, tableId, {}, "newSheet");
  const table = fake.table(inserted.tableName);
  if (!table || table.rect.lastRow - table.rect.row !== rows) {
    throw new Error(`The insert did not produce a table of ${rows} rows.`);
  }
  const engine = figures(fake);

  const naiveFake = new FakeExcel();
  await naiveFake.run((context) => naiveInsert(context, dataset, tableId));
  const naive = figures(naiveFake);

  return {
    rows,
    columns: inserted.columns,
    engine,
    naive,
    syncRatio: round(naive.syncs / engine.syncs),
  };
}

function figures(fake: FakeExcel): WriterFigures {
  const { syncs, maxRequestBytes, requestBytes } = fake.stats;
  const totalRequestBytes = requestBytes.reduce((a, b) => a + b, 0);
  return { syncs, maxRequestBytes, totalRequestBytes, modelMs: modelMs(syncs, totalRequestBytes) };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface ChartBenchResult {
  rows: number;
  syncs: number;
  maxRequestBytes: number;
}

/**
 * Inserts a synthetic table of `rows` rows, then a chart of it through the task pane's real
 * action, and counts what the chart alone asks of Excel: a chart binds to the table's ranges,
 * so neither its syncs nor its requests grow with the rows.
 */
export async function benchChartInsert(rows: number): Promise<ChartBenchResult> {
  const dataset = syntheticDataset({ tables: 1, rows });
  const tableId = dataset.tables[0].id;
  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  await actions.insertTable(dataset, tableId, {}, "newSheet");
  const before = { syncs: fake.stats.syncs, requests: fake.stats.requestBytes.length };
  const chart = await actions.insertChart(dataset, tableId);
  const syncs = fake.stats.syncs - before.syncs;
  if (chart.points !== rows || chart.syncs !== syncs) {
    throw new Error(
      `The chart has ${chart.points} points and reports ${chart.syncs} syncs; expected ${rows} points and ${syncs} syncs.`,
    );
  }
  const requests = fake.stats.requestBytes.slice(before.requests);
  return { rows, syncs, maxRequestBytes: Math.max(...requests) };
}

/**
 * The chart of one unit of a table that mixes two (every other row in pounds): the table
 * filtered to pounds goes onto a sheet of its own and is charted there, so the count is an
 * insert's and a chart's, and again neither grows with the rows.
 */
export async function benchUnitChartInsert(rows: number): Promise<ChartBenchResult> {
  const dataset = syntheticDataset({ tables: 1, rows, mixedUnits: true });
  const tableId = dataset.tables[0].id;
  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  const chart = await actions.insertUnitChart(dataset, tableId, {}, "pounds");
  const pounds = Math.floor(rows / 2);
  if (chart.points !== pounds || chart.syncs !== fake.stats.syncs) {
    throw new Error(
      `The chart of pounds has ${chart.points} points and reports ${chart.syncs} syncs; expected ${pounds} points and ${fake.stats.syncs} syncs.`,
    );
  }
  return { rows, syncs: fake.stats.syncs, maxRequestBytes: fake.stats.maxRequestBytes };
}
