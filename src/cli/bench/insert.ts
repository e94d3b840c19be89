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
  ms: number;
}

export interface InsertBenchResult {
  rows: number;
  columns: number;
  engine: WriterFigures;
  naive: WriterFigures;
  /** naive syncs / engine syncs. */
  syncRatio: number;
  /** naive time / engine time, measured in the same run. */
  timeRatio: number;
}

/**
 * Inserts a synthetic table of `rows` rows through the task pane's real insert action (on the
 * Excel fake), then the same table with the naive row-by-row writer, and compares them.
 */
export async function benchInsert(rows: number): Promise<InsertBenchResult> {
  const dataset = syntheticDataset({ tables: 1, rows });
  const tableId = dataset.tables[0].id;

  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  let started = performance.now();
  const inserted = await actions.insertTable(dataset, tableId, {}, "newSheet");
  const engineMs = performance.now() - started;
  const table = fake.table(inserted.tableName);
  if (!table || table.rect.lastRow - table.rect.row !== rows) {
    throw new Error(`The insert did not produce a table of ${rows} rows.`);
  }
  const engine = { syncs: fake.stats.syncs, maxRequestBytes: fake.stats.maxRequestBytes };

  const naiveFake = new FakeExcel();
  started = performance.now();
  await naiveFake.run((context) => naiveInsert(context, dataset, tableId));
  const naiveMs = performance.now() - started;
  const naive = { syncs: naiveFake.stats.syncs, maxRequestBytes: naiveFake.stats.maxRequestBytes };

  return {
    rows,
    columns: inserted.columns,
    engine: { ...engine, ms: round(engineMs) },
    naive: { ...naive, ms: round(naiveMs) },
    syncRatio: round(naive.syncs / engine.syncs),
    timeRatio: round(naiveMs / Math.max(engineMs, 0.001)),
  };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
