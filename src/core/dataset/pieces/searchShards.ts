import { datesInRange, dateRange, sourcesMatching } from "../../lookup/searchRecords";
import type { SearchQuery } from "../../lookup/searchRecords";
import { stemMatches, tokenize } from "../../lookup/tokens";
import { stemKey } from "../../lookup/lookupKeys";
import type {
  SearchDirectory,
  SearchEntry,
  SearchEntryBlock,
  SearchShard,
  SearchSourceList,
} from "./pieceTypes";
import { ordinalsOf } from "./planLookupIndex";
import { shardOf } from "./shardOf";

/** How a search reads the pieces its directory lists (each fetched, checked and cached once). */
export interface SearchPieces {
  directory: SearchDirectory;
  shard(index: number): Promise<SearchShard>;
  block(index: number): Promise<SearchEntryBlock>;
  sources(): Promise<SearchSourceList>;
}

export interface ShardHit {
  id: string;
  type: "figure" | "event";
  score: number;
}

/** Field weights, as searchRecords scores: name 3, context 2, quote 1. */
const WEIGHTS = [3, 2, 1] as const;

/**
 * The hits of `query` from the search pieces: the same records, scores and order as
 * searchRecords over the whole dataset, `max` of them (20 by default), and how many there are
 * in all. Reads one term shard per word, the documents when a Source filter is given, and the
 * entry blocks of the hits returned (of every candidate when a Category, Source or date filter
 * must be checked).
 * @example (await searchShards(pieces, { text: "pill presses" })).hits[0].id // "dhs-pill-presses-seized-fy2023"
 */
export async function searchShards(
  pieces: SearchPieces,
  query: SearchQuery,
): Promise<{ hits: ShardHit[]; total: number }> {
  const { directory } = pieces;
  const words = tokenize(query.text);
  const range = dateRange(query.from, query.to);
  const sourceIds =
    query.source === undefined
      ? undefined
      : sourcesMatching((await pieces.sources()).sources, query.source);
  const types = query.types;

  let scored = await scoreWords(pieces, words);
  if (types)
    scored = scored.filter(([ordinal]) =>
      types.includes(ordinal < directory.figures ? "figure" : "event"),
    );
  const category = query.category?.trim().toLowerCase();
  if (category || sourceIds || range) {
    const entries = await entriesOf(
      pieces,
      scored.map(([ordinal]) => ordinal),
    );
    scored = scored.filter(([ordinal]) => {
      const [, cat, doc, start, end] = entries.get(ordinal)!;
      const type = ordinal < directory.figures ? "figure" : "event";
      return (
        (!category || cat === category) &&
        (!sourceIds || sourceIds.has(doc)) &&
        (!range || datesInRange(type, start, end, range))
      );
    });
  }
  // Ordinals are in Search's tie order (figures first, then by id).
  scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const page = scored.slice(0, query.max ?? 20);
  const entries = await entriesOf(
    pieces,
    page.map(([ordinal]) => ordinal),
  );
  return {
    total: scored.length,
    hits: page.map(([ordinal, score]) => ({
      id: entries.get(ordinal)![0],
      type: ordinal < directory.figures ? "figure" : "event",
      score,
    })),
  };
}

/** [ordinal, score] of each record holding every word; every record, scored 1, for none. */
async function scoreWords(pieces: SearchPieces, words: string[]): Promise<[number, number][]> {
  const { directory } = pieces;
  if (words.length === 0)
    return Array.from({ length: directory.records }, (_, ordinal) => [ordinal, 1]);
  const perWord = await Promise.all(
    words.map(async (word) => {
      const shard = await pieces.shard(shardOf(stemKey(word), directory.shards.length));
      const best = new Map<number, number>();
      for (const [stem, lists] of Object.entries(shard.terms)) {
        if (!stemMatches(word, [stem])) continue;
        lists.forEach((gapped, field) => {
          for (const ordinal of ordinalsOf(gapped))
            best.set(ordinal, Math.max(best.get(ordinal) ?? 0, WEIGHTS[field]));
        });
      }
      return best;
    }),
  );
  perWord.sort((a, b) => a.size - b.size);
  const [fewest, ...rest] = perWord;
  const scored: [number, number][] = [];
  for (const [ordinal, first] of fewest) {
    let score = first;
    for (const other of rest) {
      const s = other.get(ordinal);
      if (s === undefined) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) scored.push([ordinal, score]);
  }
  return scored;
}

/** The entries of `ordinals`, from the blocks that hold them. */
async function entriesOf(
  pieces: SearchPieces,
  ordinals: number[],
): Promise<Map<number, SearchEntry>> {
  const starts = pieces.directory.blockStarts;
  const wanted = new Map<number, number[]>();
  for (const ordinal of ordinals) {
    const block = blockOf(starts, ordinal);
    const list = wanted.get(block);
    if (list) list.push(ordinal);
    else wanted.set(block, [ordinal]);
  }
  const found = new Map<number, SearchEntry>();
  await Promise.all(
    [...wanted].map(async ([block, inBlock]) => {
      const { entries } = await pieces.block(block);
      for (const ordinal of inBlock) found.set(ordinal, entries[ordinal - starts[block]]);
    }),
  );
  return found;
}

/** The last block starting at or before `ordinal` (starts ascend from 0). */
function blockOf(starts: readonly number[], ordinal: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= ordinal) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
