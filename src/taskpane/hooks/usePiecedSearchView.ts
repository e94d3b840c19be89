import { useEffect, useState } from "react";
import type { SearchSourceRow } from "../../core/dataset/pieces/pieceTypes";
import type { SearchPieces } from "../../core/dataset/pieces/searchShards";
import type { SearchQuery } from "../../core/lookup/searchRecords";
import { tokenize } from "../../core/lookup/tokens";
import type { Dataset } from "../../core/dataset/schema";
import type { PiecedDataset } from "../../functions/piecedDataset";
import { openSearch, searchPage } from "../../functions/piecedSearch";
import type { SearchResult } from "../views/SearchView";
import type { FigureForm, WorkbookActions } from "../workbook";
import { queryOfFilters, useFigureInsert, useSearchFilters } from "./useSearchView";

/**
 * The Search view's state over the published pieces: the filters, the page of hits shown
 * (each query reads only what its hits need; a new one keeps the last hits on screen until it
 * answers; an empty box and no filter show how many records there are to search, and read
 * nothing), the filters' choices (the documents once the Source filter is first used), and
 * inserts from the records of the page.
 */
export function usePiecedSearchView(pieces: PiecedDataset, actions: WorkbookActions) {
  const { filters, deferred, update, shown, showMore } = useSearchFilters();
  const { insert, insertRecord } = useFigureInsert(actions);
  const [search, setSearch] = useState<SearchPieces>();
  // The documents list grows with the corpus: read when the Source filter is first used.
  const [sources, setSources] = useState<SearchSourceRow[] | null>(null);
  const [result, setResult] = useState<SearchResult>(null);
  const [page, setPage] = useState<Dataset | null>(null);

  useEffect(() => {
    let live = true;
    openSearch(pieces).then(
      (opened) => live && setSearch(opened),
      (error: unknown) => live && setResult({ error }),
    );
    return () => {
      live = false;
    };
  }, [pieces]);

  // An empty box lists no page: its records' id shards would be fetched for hits nobody asked
  // for, just before the first word typed asks for others.
  const idle = asksNothing(queryOfFilters(deferred, shown));

  useEffect(() => {
    if (!search || idle) return;
    const query = queryOfFilters(deferred, shown);
    let live = true;
    searchPage(pieces, search, query, () => live).then(
      (found) => {
        if (!live || !found) return;
        setPage(found.dataset);
        setResult({ hits: found.hits, total: found.total, index: found.index });
      },
      (error: unknown) => live && setResult({ error }),
    );
    return () => {
      live = false;
    };
  }, [pieces, search, deferred, shown, idle]);

  return {
    filters,
    update,
    result: search && idle ? { searchable: search.directory.records } : result,
    shown,
    showMore,
    insert,
    insertRecord: (id: string, form: FigureForm) => {
      if (page) insertRecord(page, id, form);
    },
    categories: search?.directory.categories ?? [],
    sources: sources ?? [],
    wantSources: () => {
      if (!search || sources) return;
      setSources([]);
      search.sources().then(
        (list) => setSources(list.sources),
        (error: unknown) => setResult({ error }),
      );
    },
  };
}

/** True when `query` has no word and no filter: Search then lists nothing. */
export function asksNothing(query: SearchQuery): boolean {
  return (
    tokenize(query.text).length === 0 &&
    !query.category &&
    !query.source &&
    !query.from &&
    !query.to &&
    !query.types
  );
}
