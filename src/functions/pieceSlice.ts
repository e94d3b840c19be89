import type { IdIndex, IdShard, SourceMeta } from "../core/dataset/pieces/pieceTypes";
import { recordSlice } from "../core/dataset/pieces/recordSlice";
import { shardOf, SHARD_HASH } from "../core/dataset/pieces/shardOf";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import { PieceReader, platformPieceFetch, type PieceFetch } from "./pieceReader";
import { normalizeId } from "../core/lookup/normalizeId";
import { state, type RuntimeState } from "./runtimeDataset";

/**
 * The index runtimeIndexFor answers one id with before the whole dataset is loaded: the record
 * and its document from their id-index shards, or null where the pieces cannot answer (no
 * catalog beside the dataset, an id no shard holds, a conflict or source id).
 */
export async function pieceSlice(s: RuntimeState, typed: string): Promise<LookupIndex | null> {
  const generation = s.generation;
  const slice = await sliceFor(s, normalizeId(typed));
  // A dataset installed meanwhile is the one to answer from.
  return s.generation === generation && !s.index ? slice : null;
}

async function sliceFor(s: RuntimeState, id: string): Promise<LookupIndex | null> {
  const catalogUrl = s.url.endsWith("dataset.json")
    ? s.url.replace(/dataset\.json$/, "catalog.json")
    : null;
  const fetchPiece = s.pieceFetch ?? (s.fetch ? undefined : defaultPieceFetch());
  if (!catalogUrl || !fetchPiece) return null;
  if (!s.pieces) {
    const reader = new PieceReader(fetchPiece);
    const pieces: NonNullable<RuntimeState["pieces"]> = {
      reader,
      // No catalog (a dataset.json published alone) means the whole dataset; so does a
      // catalog that cannot be read: the whole file then says what is wrong, as before.
      catalog: reader.catalog(catalogUrl).catch(() => null),
    };
    s.pieces = pieces;
  }
  const { reader, catalog: loading } = s.pieces;
  const catalog = await loading;
  if (!catalog) return null;
  const ids = await reader.json<IdIndex>(catalogUrl, catalog.ids);
  if (ids.hash !== SHARD_HASH || ids.shards.length === 0) return null;
  const shardFor = async (key: string) =>
    (await reader.json<IdShard>(catalogUrl, ids.shards[shardOf(key, ids.shards.length)])).records[
      key
    ];
  const found = await shardFor(id);
  if (!found || (found.kind !== "figure" && found.kind !== "event")) return null;
  const doc = await shardFor(found.record.source.doc);
  const source = doc?.kind === "source" ? (doc.record as SourceMeta) : null;
  return buildIndex(recordSlice(catalog, found, source));
}

function defaultPieceFetch(): PieceFetch | undefined {
  return typeof fetch === "function" ? platformPieceFetch() : undefined;
}

/** The pieces this runtime fetched and checked, by URL (tests and the bench). */
export function pieceUrls(): string[] {
  return state().pieces?.reader.urls ?? [];
}
