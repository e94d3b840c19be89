import type { SearchDirectory } from "../core/dataset/pieces/pieceTypes";
import { datasetSlice, tablesListSlice } from "../core/dataset/pieces/recordSlice";
import { PolicyError } from "../core/errors";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import { searchQuery } from "../core/lookup/policyFormulas";
import type { PiecedDataset } from "./piecedDataset";
import { isSearchDirectory, openSearch, searchPage } from "./piecedSearch";
import type { RuntimeState } from "./runtimeDataset";
import { runtimePieces } from "./runtimePieces";
import { memoSlice } from "./sliceMemo";

/*
 * The indexes POLICY.VERSION, POLICY.TABLE and POLICY.SEARCH answer from before the whole
 * dataset is loaded, read from the pieces beside it: the catalog, one table's piece, the
 * search index and the id shards of a page of hits. Each gives what policyFormulas computes
 * over the whole dataset (the same rows, order and messages). Null where the pieces cannot
 * answer (no catalog beside the dataset, a search index of another kind): the whole dataset
 * answers then, as before.
 */

/** An index of the catalog alone: POLICY.VERSION reads its version, hash, schema and extractor. */
export function versionSlice(s: RuntimeState): Promise<LookupIndex | null> {
  return current(s, async (pieces) => buildIndex(datasetSlice(pieces.catalog, [], [], [])));
}

/**
 * An index of the table `tableId` and every record its cells read, from that table's piece
 * alone (its rows, the other statements of their facts and their documents). For an id the
 * catalog lists no table of (or not text), an index of the catalog's tables without rows, so
 * the message lists them and the nearest id as over the whole dataset.
 */
export function tableSlice(s: RuntimeState, tableId: unknown): Promise<LookupIndex | null> {
  return current(s, (pieces) => tableSliceOf(pieces, tableId));
}

/** tableSlice over the pieced dataset `pieces`. */
export function tableSliceOf(pieces: PiecedDataset, tableId: unknown): Promise<LookupIndex> {
  // As tableArray finds a table: ids are lower-case slugs.
  const wanted = typeof tableId === "string" ? tableId.trim().toLowerCase() : undefined;
  const listed = pieces.catalog.tables.find((t) => t.id === wanted);
  if (!listed) return Promise.resolve(buildIndex(tablesListSlice(pieces.catalog)));
  return memoSlice(pieces, `table:${listed.id}`, async () =>
    buildIndex(await pieces.tables([listed.id])),
  ) as Promise<LookupIndex>;
}

/**
 * An index of the first `max` hits of a POLICY.SEARCH (20 by default) and their documents:
 * ranked from the search index's term shards and entry blocks, then read from the id shards of
 * those hits and of their documents only, so at most 2 × max id shards (and never more than
 * the id index has). searchRecords over it gives the same hits in the same order as over the
 * whole dataset, since a hit's score depends on the record and the query alone and ties go
 * by type and id. Arguments SEARCH refuses are refused before any piece but the catalog is read.
 */
export function searchSlice(
  s: RuntimeState,
  text: unknown,
  max: unknown,
): Promise<LookupIndex | null> {
  return current(s, (pieces) => searchSliceOf(pieces, text, max));
}

/** searchSlice over the pieced dataset `pieces`: null where its search index is of another kind. */
export async function searchSliceOf(
  pieces: PiecedDataset,
  text: unknown,
  max: unknown,
): Promise<LookupIndex | null> {
  let query: ReturnType<typeof searchQuery>;
  try {
    query = searchQuery(text, max);
  } catch (error) {
    if (error instanceof PolicyError) return buildIndex(datasetSlice(pieces.catalog, [], [], []));
    throw error;
  }
  const directory = await pieces.reader.json<SearchDirectory>(
    pieces.catalogUrl,
    pieces.catalog.search,
  );
  if (!isSearchDirectory(directory)) return null;
  return memoSlice(pieces, JSON.stringify(["search", query.text, query.max]), async () => {
    const page = await searchPage(pieces, await openSearch(pieces), query);
    return page && page.index;
  });
}

/**
 * `build` over the runtime's pieced dataset; null where there is none, or where a dataset was
 * installed meanwhile (it is the one to answer from).
 */
async function current(
  s: RuntimeState,
  build: (pieces: PiecedDataset) => Promise<LookupIndex | null>,
): Promise<LookupIndex | null> {
  const generation = s.generation;
  const pieces = await runtimePieces(s.url);
  const slice = pieces && (await build(pieces));
  return s.generation === generation && !s.index ? slice : null;
}
