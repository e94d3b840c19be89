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

/** The Search view's state: the filters, the hits (searched off the typing path), and inserts. */
export function useSearchView(dataset: Dataset, index: LookupIndex, actions: WorkbookActions) {
  const [filters, setFilters] = useState<SearchFilters>({
    text: "",
    category: "",
    source: "",
    from: "",
    to: "",
  });
  const [shown, setShown] = useState(PAGE);
  const [insert, setInsert] = useState<InsertState>({ status: "idle" });
  const deferred = useDeferredValue(filters);

  const result = useMemo((): { hits: SearchHit[]; total: number } | { error: unknown } => {
    const query: SearchQuery = {
      text: deferred.text,
      category: deferred.category || undefined,
      source: deferred.source || undefined,
      from: deferred.from || undefined,
      to: deferred.to || undefined,
      max: index.records.size,
    };
    try {
      const hits = searchRecords(index, query);
      return { hits, total: hits.length };
    } catch (error) {
      return { error };
    }
  }, [index, deferred]);

  const update = (patch: Partial<SearchFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setShown(PAGE);
  };

  const insertRecord = (id: string, form: FigureForm) => {
    setInsert({ status: "inserting", id, form });
    actions.insertFigure(dataset, id, form).then(
      (done) =>
        setInsert({ status: "done", id, form, address: done.address, warnings: done.warnings }),
      (error: unknown) => setInsert({ status: "error", id, error }),
    );
  };

  return {
    filters,
    update,
    result,
    shown,
    showMore: () => setShown((n) => n + PAGE),
    insert,
    insertRecord,
    stale: deferred !== filters,
  };
}
