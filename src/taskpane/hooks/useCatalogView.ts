import { useMemo, useRef, useState } from "react";
import type { Dataset, Table } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import { pageScroller } from "../views/pageScroller";
import type { InsertedTable, TableChoice, WorkbookActions } from "../workbook";

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
 * The Catalog's state: its tables, the one opened, the person's choice for it (columns, filter,
 * sort) and what insert or download did. The opened table's preview, sorting and insert are
 * useTablePreview's, in the opened table's chunk.
 */
export function useCatalogView(dataset: Dataset, index: LookupIndex, actions: WorkbookActions) {
  const summaries = useMemo(() => summarizeTables(index), [index]);
  const [tableId, setTableId] = useState<string | null>(null);
  const [choice, setChoice] = useState<TableChoice>({});
  const [action, setAction] = useState<ActionState>({ status: "idle" });

  // How far down the list was scrolled when a table was opened, for "All tables" to return to.
  const listTop = useRef(0);

  const table = tableId ? (index.tables.get(tableId) ?? null) : null;
  const open = (id: string | null) => {
    if (id) listTop.current = pageScroller().scrollTop;
    setTableId(id);
    setChoice({});
    setAction({ status: "idle" });
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
    open,
    listTop,
    choice,
    setChoice,
    action,
    setAction,
    download,
  };
}

/** What the Catalog's views read and do, from useCatalogView. */
export type CatalogViewState = ReturnType<typeof useCatalogView>;
