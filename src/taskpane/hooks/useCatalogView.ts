import { useCallback, useEffect, useRef, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import { pageScroller } from "../views/pageScroller";
import type { InsertedTable, TableChoice, WorkbookActions } from "../workbook";

export type ActionState =
  | { status: "idle" }
  | { status: "working"; what: "insert" | "download" }
  | { status: "inserted"; result: InsertedTable }
  | { status: "downloaded"; fileName: string; shaped: string | null }
  | { status: "error"; error: unknown };

/**
 * The dataset as the Catalog has it: the whole dataset, or the tables asked for cut from their
 * pieces; loaded, on its way, or failed (App shows why).
 */
export interface CatalogData {
  dataset: Dataset | null;
  /** True when `dataset` holds every table (a download saves them all). */
  complete: boolean;
  failed: boolean;
  /** Asks for the records of table `tableId` to open it, or of every table (null) to download. */
  want: (tableId: string | null) => void;
  /**
   * A dataset to save the published whole-dataset workbook with for these choices, or null
   * where it cannot serve them (publishedWorkbook.ts): the download then reads every table.
   */
  published?: (choices: Record<string, TableChoice> | undefined) => Promise<Dataset | null>;
}

/**
 * The Catalog's state: the table opened, the person's choice for it (columns, filter, sort)
 * and what insert or download did. The list shows from the catalog; opening a table asks for
 * that table's records, downloading for every table's, and goes on once they are there. The opened table's preview,
 * sorting and insert are useTablePreview's, in the opened table's chunk.
 */
export function useCatalogView(data: CatalogData, actions: WorkbookActions) {
  const { dataset, complete, failed, want, published } = data;
  const [tableId, setTableId] = useState<string | null>(null);
  const [choice, setChoice] = useState<TableChoice>({});
  const [action, setAction] = useState<ActionState>({ status: "idle" });
  // A download asked for before the dataset arrived, made as soon as it does.
  const downloadAsked = useRef(false);

  // How far down the list was scrolled when a table was opened, for "All tables" to return to.
  const listTop = useRef(0);

  const table = (tableId && dataset?.tables.find((t) => t.id === tableId)) || null;
  // A table asked for while the dataset failed to load, or one the dataset turned out not to
  // hold (a catalog of another build), leaves the list shown.
  const openId = table || (!dataset && !failed) ? tableId : null;
  const open = (id: string | null) => {
    if (id) {
      listTop.current = pageScroller().scrollTop;
      want(id);
    }
    setTableId(id);
    setChoice({});
    setAction({ status: "idle" });
  };
  const save = useCallback(
    (from: Dataset) => {
      // From a table's preview, that table is exported as the person shaped it.
      const choices = table ? { [table.id]: choice } : undefined;
      actions.downloadWorkbook(from, choices).then(
        (fileName) => setAction({ status: "downloaded", fileName, shaped: table?.title ?? null }),
        (error: unknown) => setAction({ status: "error", error }),
      );
    },
    [actions, table, choice],
  );
  const download = () => {
    setAction({ status: "working", what: "download" });
    const everyTable = () => {
      if (dataset && complete) return save(dataset);
      downloadAsked.current = true;
      want(null);
    };
    if (!published) return everyTable();
    published(table ? { [table.id]: choice } : undefined).then(
      (from) => (from ? save(from) : everyTable()),
      (error: unknown) => setAction({ status: "error", error }),
    );
  };
  useEffect(() => {
    if (downloadAsked.current && dataset && complete) {
      downloadAsked.current = false;
      save(dataset);
    }
  }, [dataset, complete, save]);
  // Without the dataset there is nothing to save; App's bar says why it did not load.
  const waiting = action.status === "working" && action.what === "download";
  const shownAction: ActionState = waiting && failed && !dataset ? { status: "idle" } : action;

  return {
    tableId: openId,
    table,
    open,
    listTop,
    choice,
    setChoice,
    action: shownAction,
    setAction,
    download,
  };
}

/** What the Catalog's views read and do, from useCatalogView. */
export type CatalogViewState = ReturnType<typeof useCatalogView>;
