import { SOURCES_TABLE_NAME } from "../../core/layout/planSources";
import type { Dataset } from "../../core/dataset/schema";
import type { RefreshSummary } from "../../core/layout/workbookTypes";
import { createExcelWorkbookActions } from "../../excel/excelWorkbookActions";
// The faithful Excel fake is test infrastructure; the benchmark reuses it because it counts
// syncs, write operations and request bytes as Excel would see them.
import { FakeExcel } from "../../../test/fakes/excel";
import { round } from "./insert";
import { syntheticDataset, type SyntheticSpec } from "./syntheticDataset";

export type RefreshScenario = "unchanged" | "values-1pct" | "rows-10pct" | "rows-10pct-filtered";

export interface RefreshBenchResult {
  scenario: RefreshScenario;
  tables: number;
  rowsPerTable: number;
  syncs: number;
  /** Distinct cells of the inserted tables whose value, formula or format Excel was asked to set. */
  cellsWritten: number;
  /** Cells of the Sources sheet rewritten (it lists the documents once a table changed). */
  sourcesCellsWritten: number;
  writeOps: number;
  maxRequestBytes: number;
  valuesChanged: number;
  rowsAdded: number;
  ms: number;
}

/**
 * Inserts `tables` synthetic tables through the real insert action, then refreshes them all
 * with a next release of the dataset (identical, 1% of values changed, or 10% more rows, also
 * with every table filtered by the user to half its rows) and counts what the refresh asked
 * Excel to do.
 */
export async function benchRefresh(
  scenario: RefreshScenario,
  tables = 20,
  rowsPerTable = 250,
): Promise<RefreshBenchResult> {
  const base: SyntheticSpec = { tables, rows: rowsPerTable };
  const next: Dataset = syntheticDataset(
    scenario === "unchanged"
      ? base
      : scenario === "values-1pct"
        ? { ...base, changeEvery: 100, version: "1.0.1" }
        : { ...base, extraRows: Math.round(rowsPerTable / 10), version: "1.1.0" },
  );
  const fake = new FakeExcel();
  const actions = createExcelWorkbookActions(fake.run as never, fake.requirements);
  const first = syntheticDataset(base);
  const names: string[] = [];
  for (const t of first.tables)
    names.push((await actions.insertTable(first, t.id, {}, "newSheet")).tableName);
  if (scenario === "rows-10pct-filtered") {
    // Show the first half of each table's metrics, as a filter from the header would.
    for (const name of names) {
      const { rect, sheet } = fake.table(name)!;
      const shown = Array.from({ length: Math.ceil(rowsPerTable / 2) }, (_, i) =>
        String(fake.getCell(sheet, rect.row + 1 + i, rect.col).value),
      );
      fake.filterTable(name, 0, shown);
    }
  }

  const touched = countCellWrites(fake);
  const sourcesSheet = fake.table(SOURCES_TABLE_NAME)?.sheet.id ?? "";
  const before = { syncs: fake.stats.syncs, writeOps: fake.stats.writeOps };
  fake.stats.maxRequestBytes = 0;
  const started = performance.now();
  const summary = await actions.refreshAll(next);
  const ms = performance.now() - started;
  checkSummary(scenario, summary, tables, rowsPerTable);
  if (scenario === "rows-10pct-filtered") {
    const unfiltered = names.filter((n) => fake.table(n)?.filters.size !== 1);
    if (unfiltered.length)
      throw new Error(`Refresh left ${unfiltered.join(", ")} without the user's filter.`);
  }
  return {
    scenario,
    tables,
    rowsPerTable,
    syncs: fake.stats.syncs - before.syncs,
    cellsWritten: [...touched].filter((k) => !k.startsWith(`${sourcesSheet}:`)).length,
    sourcesCellsWritten: [...touched].filter((k) => k.startsWith(`${sourcesSheet}:`)).length,
    writeOps: fake.stats.writeOps - before.writeOps,
    maxRequestBytes: fake.stats.maxRequestBytes,
    valuesChanged: summary.totals.valuesChanged,
    rowsAdded: summary.totals.rowsAdded,
    ms: round(ms),
  };
}

/** Records every cell the fake sets from now on (values, formulas, formats, rows moved). */
function countCellWrites(fake: FakeExcel): Set<string> {
  const touched = new Set<string>();
  const setCell = fake.setCell.bind(fake);
  fake.setCell = (sheet, row, col, cell) => {
    touched.add(`${sheet.id}:${row}:${col}`);
    setCell(sheet, row, col, cell);
  };
  return touched;
}

/** A benchmark of a refresh that did the wrong thing would be meaningless: check it first. */
function checkSummary(
  scenario: RefreshScenario,
  summary: RefreshSummary,
  tables: number,
  rows: number,
) {
  const expected = {
    unchanged: { valuesChanged: 0, rowsAdded: 0 },
    "values-1pct": { valuesChanged: Math.ceil((tables * rows) / 100), rowsAdded: 0 },
    "rows-10pct": { valuesChanged: 0, rowsAdded: tables * Math.round(rows / 10) },
    "rows-10pct-filtered": { valuesChanged: 0, rowsAdded: tables * Math.round(rows / 10) },
  }[scenario];
  const { valuesChanged, rowsAdded, conflicts } = summary.totals;
  if (
    valuesChanged !== expected.valuesChanged ||
    rowsAdded !== expected.rowsAdded ||
    conflicts !== 0
  ) {
    throw new Error(
      `Refresh "${scenario}" changed ${valuesChanged} values and added ${rowsAdded} rows with ${conflicts} conflicts; expected ${expected.valuesChanged}, ${expected.rowsAdded} and 0.`,
    );
  }
}
