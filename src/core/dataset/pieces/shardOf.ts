/**
 * The id-index shard that holds `id` among `shards`: FNV-1a (32-bit) of the id's UTF-16 code
 * units, modulo the shard count. Stable across builds and runtimes, and cheap enough that a
 * lookup computes it instead of fetching a directory of ids.
 * @example shardOf("us-overdose-deaths-2022", 4) // always the same number in 0..3
 */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** The name of the shard function, recorded in the catalog so a reader can refuse another. */
export const SHARD_HASH = "fnv1a32-utf16";
