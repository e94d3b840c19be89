import { ordinalsOf } from "../core/dataset/pieces/planLookupIndex";
import type {
  FigureBlock,
  LookupDirectory,
  PostingShard,
  SourceMeta,
} from "../core/dataset/pieces/pieceTypes";
import { withNearIds } from "../core/dataset/pieces/nearIds";
import { datasetSlice } from "../core/dataset/pieces/recordSlice";
import { SHARD_HASH, shardOf } from "../core/dataset/pieces/shardOf";
import type { Figure } from "../core/dataset/schema";
import { PolicyError } from "../core/errors";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import {
  lookupByMeaning,
  needsEveryFigure,
  readQuery,
  type MeaningQuery,
} from "../core/lookup/lookupByMeaning";
import { KEY_LENGTH, wordKeys } from "../core/lookup/lookupKeys";
import { meaningQuery } from "../core/lookup/policyFormulas";
import { idRecord, nearIds, openPieces, type OpenedPieces } from "./pieceSlice";
import type { RuntimeState } from "./runtimeDataset";
import { memoSlice } from "./sliceMemo";

/**
 * The index POLICY.LOOKUP answers from before the whole dataset is loaded: every figure that
 * holds each word of the query (read from the postings of the words' keys and the blocks
 * holding those figures), the figure the text names as an id, and the answer's document. A
 * figure's match depends on itself and the query only, so this slice gives the same answer,
 * the same ambiguity and the same near candidates as the whole dataset. Where no figure holds
 * the words, its "Did you mean" weighs the figure ids sorted beside the text (nearIds.ts), not
 * every id. Null where the pieces cannot answer: no catalog, lookup index or sorted ids.
 */
export async function lookupSlice(
  s: RuntimeState,
  text: unknown,
  actor: unknown,
  period: unknown,
): Promise<LookupIndex | null> {
  const generation = s.generation;
  const slice = await sliceFor(s, text, actor, period);
  // A dataset installed meanwhile is the one to answer from.
  return s.generation === generation && !s.index ? slice : null;
}

async function sliceFor(
  s: RuntimeState,
  text: unknown,
  actor: unknown,
  period: unknown,
): Promise<LookupIndex | null> {
  const opened = await openPieces(s);
  if (!opened) return null;
  const key = sliceKey(text, actor, period);
  const build = () => lookupSliceOf(opened, text, actor, period);
  return key === null ? build() : memoSlice(opened, key, build);
}

/** The arguments as a memo key, or null for arguments Excel passes only rarely (not text or a number). */
function sliceKey(...args: unknown[]): string | null {
  const plain = args.every(
    (a) => a === undefined || typeof a === "string" || typeof a === "number",
  );
  return plain ? ` ${JSON.stringify(["lookup", ...args.map((a) => a ?? null)])}` : null;
}

/** lookupSlice over the pieces `opened`: null where they cannot answer. */
export async function lookupSliceOf(
  opened: OpenedPieces,
  text: unknown,
  actor: unknown,
  period: unknown,
): Promise<LookupIndex | null> {
  const ref = opened.catalog.lookup;
  if (!ref) return null;
  let query: MeaningQuery;
  let words: string[];
  try {
    query = meaningQuery(text, actor, period);
    words = readQuery(query).words;
  } catch (error) {
    // Arguments LOOKUP refuses are refused before any figure is read: no figure is needed.
    if (error instanceof PolicyError) return buildIndex(datasetSlice(opened.catalog, [], [], []));
    throw error;
  }
  const directory = await opened.reader.json<LookupDirectory>(opened.catalogUrl, ref);
  if (directory.hash !== SHARD_HASH || directory.keyLength !== KEY_LENGTH) return null;

  const [figures, named] = await Promise.all([
    figuresHolding(opened, directory, words),
    figureNamed(opened, query.text),
  ]);
  if (named === null) return null;
  if (named && !figures.some((f) => f.id === named.id)) figures.push(named);
  let index = buildIndex(datasetSlice(opened.catalog, figures, [], []));
  if (needsEveryFigure(index, query)) {
    const near = await nearIds(opened, query.text);
    return near && withNearIds(index, near);
  }

  let answer: Figure;
  try {
    answer = lookupByMeaning(index, query);
  } catch {
    return index; // ambiguous, or near candidates: the slice holds every one of them
  }
  const doc = await idRecord(opened, answer.source.doc);
  if (doc?.kind === "source")
    index = buildIndex(datasetSlice(opened.catalog, figures, [], [doc.record as SourceMeta]));
  return index;
}

/**
 * The figures listed under a key of every word, in dataset order: a superset of those holding
 * every word, as each word's stems share its key.
 */
async function figuresHolding(
  { reader, catalogUrl }: OpenedPieces,
  directory: LookupDirectory,
  words: string[],
): Promise<Figure[]> {
  const shardCount = directory.postings.length;
  const keysOfWords = words.map(wordKeys);
  const shardIds = [...new Set(keysOfWords.flat().map((key) => shardOf(key, shardCount)))];
  const shards = new Map(
    await Promise.all(
      shardIds.map(
        async (i) =>
          [i, await reader.json<PostingShard>(catalogUrl, directory.postings[i])] as const,
      ),
    ),
  );
  let holding: Set<number> | undefined;
  for (const keys of keysOfWords) {
    const listed = new Set<number>();
    for (const key of keys) {
      const { postings } = shards.get(shardOf(key, shardCount))!;
      if (Object.hasOwn(postings, key)) for (const n of ordinalsOf(postings[key])) listed.add(n);
    }
    holding = holding ? new Set([...holding].filter((n) => listed.has(n))) : listed;
    if (holding.size === 0) return [];
  }
  const ordinals = [...(holding ?? [])].sort((a, b) => a - b);
  const blockOf = (n: number) => upperBound(directory.blockStarts, n) - 1;
  const blockIds = [...new Set(ordinals.map(blockOf))];
  const blocks = new Map(
    await Promise.all(
      blockIds.map(
        async (b) => [b, await reader.json<FigureBlock>(catalogUrl, directory.blocks[b])] as const,
      ),
    ),
  );
  return ordinals.map(
    (n) => blocks.get(blockOf(n))!.figures[n - directory.blockStarts[blockOf(n)]],
  );
}

/**
 * The figure whose id the text is (LOOKUP answers an exact id first), undefined when none is,
 * null when the id index cannot tell.
 */
async function figureNamed(opened: OpenedPieces, text: string): Promise<Figure | undefined | null> {
  const id = text.trim().toLowerCase();
  if (!id || /\s/.test(id)) return undefined;
  const found = await idRecord(opened, id);
  if (found === null) return null;
  return found?.kind === "figure" ? found.record : undefined;
}

/** The first index whose value is greater than `n` (values ascending). */
function upperBound(values: readonly number[], n: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
