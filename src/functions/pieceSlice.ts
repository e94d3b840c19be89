import { nearBlocks, withNearIds } from "../core/dataset/pieces/nearIds";
import type {
  Catalog,
  IdIndex,
  IdRecord,
  IdShard,
  NearIdBlock,
  NearIdDirectory,
  SourceMeta,
} from "../core/dataset/pieces/pieceTypes";
import { datasetSlice, recordSlice } from "../core/dataset/pieces/recordSlice";
import { shardOf, SHARD_HASH } from "../core/dataset/pieces/shardOf";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import type { PieceReader } from "./pieceReader";
import { normalizeId } from "../core/lookup/normalizeId";
import { requireText } from "../core/lookup/arguments";
import type { RuntimeState } from "./runtimeDataset";
import { runtimePieces } from "./runtimePieces";
import { memoSlice } from "./sliceMemo";

export { pieceUrls } from "./runtimePieces";

/**
 * The index runtimeIndexFor answers one id with before the whole dataset is loaded: the record
 * and its document from their id-index shards; for an id no shard holds as a figure or event
 * (unknown, or a document's or conflict's), a slice without it whose "Did you mean" weighs the
 * ids sorted beside it (nearIds.ts), and a document id's document, for POLICY.SOURCE. Null
 * where the pieces cannot answer: no catalog beside the dataset, or an id index of another
 * kind or build.
 */
export async function pieceSlice(s: RuntimeState, typed: unknown): Promise<LookupIndex | null> {
  const generation = s.generation;
  const slice = isIdText(typed) ? await sliceFor(s, normalizeId(typed)) : await examplesFor(s);
  // A dataset installed meanwhile is the one to answer from.
  return s.generation === generation && !s.index ? slice : null;
}

async function sliceFor(s: RuntimeState, id: string): Promise<LookupIndex | null> {
  const opened = await openPieces(s);
  return opened && memoSlice(opened, id, () => idSlice(opened, id));
}

/** True for an id argument the functions read; anything else they refuse (requireText). */
export function isIdText(typed: unknown): typed is string {
  try {
    requireText("id", typed, "an id");
    return true;
  } catch {
    return false;
  }
}

/**
 * An index of the dataset's first figure and first document, from their id shards: all a
 * function reads to refuse a missing or non-text id, since its message names them as examples
 * as over the whole dataset. Null where the catalog does not name them (an older build).
 */
async function examplesFor(s: RuntimeState): Promise<LookupIndex | null> {
  const opened = await openPieces(s);
  return opened && examplesSlice(opened);
}

/** examplesFor over the pieces `opened`. */
export function examplesSlice(opened: OpenedPieces): Promise<LookupIndex | null> {
  const examples = opened.catalog.examples;
  if (!examples) return Promise.resolve(null);
  return memoSlice(opened, "(examples)", async () => {
    const [figure, source] = await Promise.all([
      examples.figure === null ? undefined : idRecord(opened, examples.figure),
      examples.source === null ? undefined : idRecord(opened, examples.source),
    ]);
    if (figure === null || source === null) return null;
    return buildIndex(
      datasetSlice(
        opened.catalog,
        figure?.kind === "figure" ? [figure.record] : [],
        [],
        source?.kind === "source" ? [source.record] : [],
      ),
    );
  });
}

/**
 * An index of the figure or event `id` (normalised) and its document from their id-index
 * shards; for an id they hold no figure or event of, one without it whose "Did you mean"
 * weighs the ids sorted beside it (and a document id's document). Null where the id index is
 * of another kind or lists no sorted ids.
 */
export async function idSlice(opened: OpenedPieces, id: string): Promise<LookupIndex | null> {
  const found = await idRecord(opened, id);
  if (found === null) return null;
  if (found?.kind === "figure" || found?.kind === "event") {
    const doc = await idRecord(opened, found.record.source.doc);
    const source = doc?.kind === "source" ? (doc.record as SourceMeta) : null;
    return buildIndex(recordSlice(opened.catalog, found, source));
  }
  const near = await nearIds(opened, id);
  if (!near) return null;
  const sources = found?.kind === "source" ? [found.record] : [];
  return withNearIds(buildIndex(datasetSlice(opened.catalog, [], [], sources)), near);
}

/**
 * The id blocks sorted around `typed` (nearBlocks), or null where the id index lists none (a
 * build from before they were published): the whole dataset then weighs every id.
 */
export async function nearIds(
  { reader, catalog, catalogUrl }: OpenedPieces,
  typed: string,
): Promise<NearIdBlock[] | null> {
  const ids = await reader.json<IdIndex>(catalogUrl, catalog.ids);
  if (!ids.near) return null;
  const directory = await reader.json<NearIdDirectory>(catalogUrl, ids.near);
  return Promise.all(
    nearBlocks(directory, typed).map((i) =>
      reader.json<NearIdBlock>(catalogUrl, directory.blocks[i]),
    ),
  );
}

/** The runtime's piece reader and catalog, or null where the pieces cannot answer. */
export interface OpenedPieces {
  reader: PieceReader;
  catalog: Catalog;
  catalogUrl: string;
}

/**
 * The catalog beside the runtime's dataset, read once per runtime through the reader the task
 * pane shares (runtimePieces.ts); null when there is none (a dataset.json published alone) or
 * it cannot be read: the whole file then says what is wrong, as before.
 */
export async function openPieces(s: RuntimeState): Promise<OpenedPieces | null> {
  return runtimePieces(s.url);
}

/** The record with id `key` from its id-index shard, or undefined (or null: no usable index). */
export async function idRecord(
  { reader, catalog, catalogUrl }: OpenedPieces,
  key: string,
): Promise<IdRecord | undefined | null> {
  const ids = await reader.json<IdIndex>(catalogUrl, catalog.ids);
  if (ids.hash !== SHARD_HASH || ids.shards.length === 0) return null;
  const shard = await reader.json<IdShard>(catalogUrl, ids.shards[shardOf(key, ids.shards.length)]);
  return shard.records[key];
}
