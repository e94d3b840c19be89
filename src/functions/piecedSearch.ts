import {
  SEARCH_FORMAT,
  type SearchDirectory,
  type SearchEntryBlock,
  type SearchShard,
  type SearchSourceList,
} from "../core/dataset/pieces/pieceTypes";
import { searchShards, type SearchPieces } from "../core/dataset/pieces/searchShards";
import { SHARD_HASH } from "../core/dataset/pieces/shardOf";
import type { Dataset } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import { KEY_LENGTH } from "../core/lookup/lookupKeys";
import { searchRecords, type SearchHit, type SearchQuery } from "../core/lookup/searchRecords";
import type { PiecedDataset } from "./piecedDataset";

/** A page of Search hits read from the pieces, with the records they show. */
export interface SearchPage {
  hits: SearchHit[];
  /** Hits in all, of which `hits` are the first. */
  total: number;
  /** The hits' records and documents: what a hit shows and an insert writes. */
  dataset: Dataset;
  index: LookupIndex;
}

/** True when `directory` is a search index of the kind this build reads. */
export function isSearchDirectory(directory: SearchDirectory | null | undefined): boolean {
  return (
    directory?.format === SEARCH_FORMAT &&
    directory.hash === SHARD_HASH &&
    directory.keyLength === KEY_LENGTH
  );
}

/**
 * The search pieces of `pieces`' catalog, read through its reader (each piece fetched and
 * checked once, cached by hash). A directory of another kind (an older build's MiniSearch
 * index) is refused by name.
 */
export async function openSearch(pieces: PiecedDataset): Promise<SearchPieces> {
  const { reader, catalogUrl, catalog } = pieces;
  const directory = await reader.json<SearchDirectory>(catalogUrl, catalog.search);
  if (!isSearchDirectory(directory))
    throw new PolicyError(
      "invalid_dataset",
      `The search index of ${catalogUrl} is of another kind (format ` +
        `${JSON.stringify((directory as SearchDirectory | null)?.format ?? null)}); expected "${SEARCH_FORMAT}" with ` +
        `"${SHARD_HASH}" shards keyed by ${KEY_LENGTH} letters. Rebuild the dataset with npm run dataset.`,
    );
  return {
    directory,
    shard: (i) => reader.json<SearchShard>(catalogUrl, directory.shards[i]),
    block: (i) => reader.json<SearchEntryBlock>(catalogUrl, directory.blocks[i]),
    sources: () => reader.json<SearchSourceList>(catalogUrl, directory.sources),
  };
}

/**
 * The first `query.max` hits of `query` (20 by default) as searchRecords gives them over the
 * whole dataset: ranked from the search pieces, then shown from the id shards of those hits
 * and their documents only. A query no longer `wanted` once ranked (the user typed on) reads no
 * id shard and gives null.
 */
export async function searchPage(
  pieces: PiecedDataset,
  search: SearchPieces,
  query: SearchQuery,
  wanted: () => boolean = () => true,
): Promise<SearchPage | null> {
  const ranked = await searchShards(search, query);
  if (!wanted()) return null;
  const dataset = await pieces.records(ranked.hits.map((h) => h.id));
  const index = buildIndex(dataset);
  // The same search over the page's records scores them as over the whole dataset (a record's
  // score depends on it and the query only), and fills in what a hit shows.
  const shown = new Map(
    searchRecords(index, { ...query, max: ranked.hits.length }).map((h) => [h.id, h]),
  );
  const hits = ranked.hits.map((h) => {
    const hit = shown.get(h.id);
    if (!hit)
      throw new PolicyError(
        "invalid_dataset",
        `The search index of ${pieces.catalogUrl} lists "${h.id}", which its id index does not ` +
          "hold as found: publish the catalog and its pieces together.",
      );
    return hit;
  });
  return { hits, total: ranked.total, dataset, index };
}
