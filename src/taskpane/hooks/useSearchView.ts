import { useDeferredValue, useMemo, useState } from "react";
import type { Dataset } from "../../core/dataset/schema";
import type { LookupIndex } from "../../core/lookup/buildIndex";
import { searchRecords, type SearchHit, type SearchQuery } from "../../core/lookup/searchRecords";
import type { FigureForm, WorkbookActions } from "../workbook";

export interface SearchFilters {
  text: string;
  category: string;
  source: string;
  from: string;
  to: string;
}

export type InsertState =
  | { status: "idle" }
  | { status: "inserting"; id: string; form: FigureForm }
  | { status: "done"; id: string; form: FigureForm; address: string; warnings: string[] }
  | { status: "error"; id: string; error: unknown };

const PAGE = 20;

/** The query the Search filters stand for: an empty filter is no filter. */
export function queryOfFilters(filters: SearchFilters, max: number): SearchQuery {
  return {
    text: filters.text,
    category: filters.category || undefined,
    source: filters.source || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    max,
  };
}

/**
 * The Search filters as typed, the same filters deferred off the typing path, and how many hits
 * are shown (a page more on Show more, back to one page when a filter changes).
 */
export function useSearchFilters() {
  const [filters, setFilters] = useState<SearchFilters>({
    text: "",
    category: "",
    source: "",
    from: "",
    to: "",
  });
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(filters);
  const update = (patch: Partial<SearchFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setShown(PAGE);
  };
  return { filters, deferred, update, shown, showMore: () => setShown((n) => n + PAGE) };
}

/** Inserting a found figure into the workbook, and how that insert stands. */
export function useFigureInsert(actions: WorkbookActions) {
  const [insert, setInsert] = useState<InsertState>({ status: "idle" });
  const insertRecord = (dataset: Dataset, id: string, form: FigureForm) => {
    setInsert({ status: "inserting", id, form });
    actions.insertFigure(dataset, id, form).then(
      (done) =>
        setInsert({ status: "done", id, form, address: done.address, warnings: done.warnings }),
      (error: unknown) => setInsert({ status: "error", id, error }),
    );
  };
  return { insert, insertRecord };
}

/** The Search view's state: the filters, the hits (searched off the typing path), and inserts. */
export function useSearchView(dataset: Dataset, index: LookupIndex, actions: WorkbookActions) {
  const { filters, deferred, update, shown, showMore } = useSearchFilters();
  const { insert, insertRecord } = useFigureInsert(actions);

  const result = useMemo((): { hits: SearchHit[]; total: number } | { error: unknown } => {
    try {
      const hits = searchRecords(index, queryOfFilters(deferred, index.records.size));
      return { hits, total: hits.length };
    } catch (error) {
      return { error };
    }
  }, [index, deferred]);

  return {
    filters,
    update,
    result,
    shown,
    showMore,
    insert,
    insertRecord: (id: string, form: FigureForm) => insertRecord(dataset, id, form),
    stale: deferred !== filters,
  };
}
