import type { RefreshSummary, TableRefreshSummary } from "../../core/layout/workbookTypes";

/** The summary the task pane shows: each table's outcome, in order, and the totals. */
export function summarizeRefresh(
  tables: TableRefreshSummary[],
  fromVersions: string[],
  toVersion: string,
  problems: string[],
  syncs: number,
): RefreshSummary {
  const versions = [...new Set(fromVersions)];
  return {
    fromVersion: versions.length ? versions.join(", ") : null,
    toVersion,
    tables,
    problems,
    totals: {
      tables: tables.length,
      updated: tables.filter((t) => t.status === "updated").length,
      rowsAdded: sum(tables, (t) => t.rowsAdded),
      rowsRemoved: sum(tables, (t) => t.rowsRemoved),
      valuesChanged: sum(tables, (t) => t.valuesChanged),
      conflicts: sum(tables, (t) => t.conflicts.length),
    },
    syncs,
  };
}

function sum<T>(list: T[], f: (t: T) => number): number {
  return list.reduce((s, t) => s + f(t), 0);
}
