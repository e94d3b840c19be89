import type { IdIndex, IdShard, SourceMeta } from "../core/dataset/pieces/pieceTypes";
import { recordSlice } from "../core/dataset/pieces/recordSlice";
import { shardOf, SHARD_HASH } from "../core/dataset/pieces/shardOf";
import { buildIndex, type LookupIndex } from "../core/lookup/buildIndex";
import { normalizeId } from "../core/lookup/normalizeId";
import type { RuntimeState } from "./runtimeDataset";
import { runtimePieces } from "./runtimePieces";

export { pieceUrls } from "./runtimePieces";

/**
 * The index runtimeIndexFor answers one id with before the whole dataset is loaded: the record
 * and its document from their id-index shards, or null where the pieces cannot answer (no
 * catalog beside the dataset, an id no shard holds, a conflict or source id).
 */
export async function pieceSlice(s: RuntimeState, typed: string): Promise<LookupIndex | null> {
  const generation = s.generation;
  const slice = await sliceFor(normalizeId(typed));
  // A dataset installed meanwhile is the one to answer from.
  return s.generation === generation && !s.index ? slice : null;
}

async function sliceFor(id: string): Promise<LookupIndex | null> {
  const pieced = await runtimePieces();
  if (!pieced) return null;
  const { reader, catalogUrl, catalog } = pieced;
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
