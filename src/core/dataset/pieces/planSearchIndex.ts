import { eventStems, figureStems, type RecordStems } from "../../lookup/buildIndex";
import { KEY_LENGTH, stemKey } from "../../lookup/lookupKeys";
import type { Dataset } from "../schema";
import {
  SEARCH_FORMAT,
  type PieceRef,
  type SearchDirectory,
  type SearchEntry,
  type SearchSourceList,
} from "./pieceTypes";
import { gaps } from "./planLookupIndex";
import { SHARD_HASH, shardOf } from "./shardOf";

type AddPiece = (stem: string, ext: string, content: string) => PieceRef;

/** Records per entry block: a page of 20 hits, mostly neighbours by id, reads one or two. */
export const ENTRY_BLOCK_RECORDS = 500;

/**
 * The Search view's pieces: postings from every word stem of a figure or event (the stems
 * searchRecords scores: id and metric or title, context, quote) to the records holding it,
 * split by the best field it is in, sharded by the stem's first letters; the records' ids and
 * filter fields in blocks; and the documents for the Source filter. A query reads one shard per
 * word and the blocks of the hits it shows, so what it fetches grows with its hits, not with
 * the corpus. Returns the directory's reference.
 */
export function planSearchIndex(
  dataset: Dataset,
  targetBytes: number,
  piece: AddPiece,
  blockRecords = ENTRY_BLOCK_RECORDS,
): PieceRef {
  // Search lists ties figures first, then by id: ordinals in that order make ties ordinal order.
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const figures = [...dataset.figures].sort(byId);
  const events = [...dataset.events].sort(byId);
  const records = figures.length + events.length;

  // Each record's stems are made as its postings are, never kept for every record at once (a
  // whole lookup index of 10,000 documents was the build's peak of memory).
  const postings = new Map<string, [number[], number[], number[]]>();
  const post = (stems: RecordStems, ordinal: number) => {
    for (const [stem, field] of bestFields(stems)) {
      let lists = postings.get(stem);
      if (!lists) postings.set(stem, (lists = [[], [], []]));
      lists[field].push(ordinal);
    }
  };
  figures.forEach((f, ordinal) => post(figureStems(f), ordinal));
  events.forEach((e, n) => post(eventStems(e), figures.length + n));

  const entries: SearchEntry[] = [
    ...figures.map((f): SearchEntry => [
      f.id,
      f.category,
      f.source.doc,
      f.period.start,
      f.period.end,
    ]),
    ...events.map((e): SearchEntry => [e.id, e.category, e.source.doc, e.date, e.date]),
  ];
  const blockStarts: number[] = [];
  const blocks: PieceRef[] = [];
  for (let start = 0; start < entries.length; start += blockRecords) {
    blockStarts.push(start);
    const block = entries.slice(start, start + blockRecords);
    blocks.push(
      piece(`search/entries-${blocks.length}`, "json", JSON.stringify({ entries: block })),
    );
  }

  // Each stem's lists go as its text is made, so the postings are not held twice.
  const terms: { key: string; json: string }[] = [];
  for (const [stem, lists] of postings) {
    terms.push({
      key: stemKey(stem),
      json: `${JSON.stringify(stem)}:${JSON.stringify(lists.map(gaps))}`,
    });
    postings.delete(stem);
  }
  const total = terms.reduce((n, t) => n + t.json.length + 1, 0);
  const count = Math.max(1, Math.ceil(total / targetBytes));
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const t of terms) shards[shardOf(t.key, count)].push(t.json);

  const sources: SearchSourceList = {
    sources: dataset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
    })),
  };
  const directory: SearchDirectory = {
    format: SEARCH_FORMAT,
    hash: SHARD_HASH,
    keyLength: KEY_LENGTH,
    figures: figures.length,
    records,
    categories: [...new Set(entries.map((e) => e[1]))].sort(),
    sources: piece("search/sources", "json", JSON.stringify(sources)),
    shards: shards.map((s, i) => piece(`search/terms-${i}`, "json", `{"terms":{${s.join(",")}}}`)),
    blockStarts,
    blocks,
  };
  return piece("search", "json", JSON.stringify(directory));
}

/**
 * Each stem of a record with the best field it occurs in (0 name, 1 context, 2 quote): a query
 * word scores by the best field of any stem it matches, as searchRecords scores it.
 */
function bestFields(stems: RecordStems): Map<string, 0 | 1 | 2> {
  const best = new Map<string, 0 | 1 | 2>();
  const fields = [stems.name, stems.context, stems.quote] as const;
  fields.forEach((list, field) => {
    for (const stem of list) if (!best.has(stem)) best.set(stem, field as 0 | 1 | 2);
  });
  return best;
}
