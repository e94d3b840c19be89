import { useMemo, useState } from "react";
import type { Column, Dataset, Table } from "../../core/dataset/schema";
import { planTable, type CellPlan } from "../../core/layout/planTable";
import { availableColumns } from "../../core/layout/tableColumns";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import type { InsertedTable, InsertTarget, TableChoice, WorkbookActions } from "../workbook";

/** What the catalog says about a table before it is opened. */
export interface TableSummary {
  table: Table;
  rows: number;
  categories: string[];
  sources: string[];
}

export type ActionState =
  | { status: "idle" }
  | { status: "working"; what: "insert" | "download" }
  | { status: "inserted"; result: InsertedTable }
  | { status: "downloaded"; fileName: string; shaped: string | null }
  | { status: "error"; error: unknown };

/** Rows shown in the preview; the insert always takes every row that passes the filter. */
export const PREVIEW_ROWS = 50;

export function summarizeTables(index: LookupIndex): TableSummary[] {
  return index.dataset.tables.map((table) => {
    const categories = new Set<string>();
    const sources = new Set<string>();
    for (const id of table.rows) {
      const record = index.records.get(id)?.record;
      if (record) {
        categories.add(record.category);
        sources.add(record.source.doc);
      } else if (table.kind === "sources") {
        sources.add(id);
      } else {
        index.conflicts.get(id)?.sides.forEach((s) => sources.add(s.doc));
      }
    }
    return {
      table,
      rows: table.rows.length,
      categories: [...categories].sort(),
      sources: [...sources],
    };
  });
}

/**
 * The Catalog's state. The preview is the engine's own plan for the person's choice (columns,
 * filter, sort), so what they see is exactly what "Insert" writes.
 */
export function useCatalogView(dataset: Dataset, index: LookupIndex, actions: WorkbookActions) {
  const summaries = useMemo(() => summarizeTables(index), [index]);
  const [tableId, setTableId] = useState<string | null>(null);
  const [choice, setChoice] = useState<TableChoice>({});
  const [action, setAction] = useState<ActionState>({ status: "idle" });

  const table = tableId ? (index.tables.get(tableId) ?? null) : null;
  const columns: Column[] = useMemo(
    () => (table ? availableColumns(dataset, table.id) : []),
    [dataset, table],
  );
  const preview = useMemo((): { plan: CellPlan } | { error: unknown } | null => {
    if (!table) return null;
    try {
      return { plan: planTable(dataset, table.id, choice) };
    } catch (error) {
      return { error };
    }
  }, [dataset, table, choice]);
  const chosenKeys = preview && "plan" in preview ? preview.plan.columns.map((c) => c.key) : [];

  const open = (id: string | null) => {
    setTableId(id);
    setChoice({});
    setAction({ status: "idle" });
  };
  const toggleColumn = (key: string, on: boolean) => {
    // Keep the order on screen; a column ticked again goes to the end, as in Excel.
    const next = on
      ? [...chosenKeys.filter((k) => k !== key), key]
      : chosenKeys.filter((k) => k !== key);
    // A table needs a column; unticking the last one is ignored rather than meaning "all".
    if (next.length > 0) setChoice((c) => ({ ...c, columns: next }));
  };
  const setFilter = (filter: string) => setChoice((c) => ({ ...c, filter }));
  const sortBy = (key: string) =>
    setChoice((c) => ({
      ...c,
      sort:
        c.sort?.key === key
          ? { key, direction: c.sort.direction === "ascending" ? "descending" : "ascending" }
          : { key, direction: "ascending" },
    }));

  const insert = (target: InsertTarget) => {
    if (!table) return;
    setAction({ status: "working", what: "insert" });
    actions.insertTable(dataset, table.id, choice, target).then(
      (result) => setAction({ status: "inserted", result }),
      (error: unknown) => setAction({ status: "error", error }),
    );
  };
  const download = () => {
    setAction({ status: "working", what: "download" });
    // From a table's preview, that table is exported as the person shaped it.
    const choices = table ? { [table.id]: choice } : undefined;
    actions.downloadWorkbook(dataset, choices).then(
      (fileName) => setAction({ status: "downloaded", fileName, shaped: table?.title ?? null }),
      (error: unknown) => setAction({ status: "error", error }),
    );
  };

  return {
    summaries,
    table,
    columns,
    open,
    choice,
    chosenKeys,
    preview,
    toggleColumn,
    setFilter,
    sortBy,
    action,
    insert,
    download,
  };
}
