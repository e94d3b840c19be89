import { figureKeys, KEY_LENGTH } from "../../lookup/lookupKeys";
import type { Figure } from "../schema";
import type { LookupDirectory, PieceRef } from "./pieceTypes";
import { SHARD_HASH, shardOf } from "./shardOf";

type AddPiece = (stem: string, ext: string, content: string) => PieceRef;

/**
 * POLICY.LOOKUP's pieces: the figures in blocks of about `targetBytes`, in dataset order, and
 * postings from each stem key to the ordinals of the figures listed under it, sharded by key,
 * so a lookup reads the postings of its words' keys and the blocks holding the figures every
 * word names, instead of the whole dataset. Returns the directory's reference.
 */
export function planLookupIndex(
  figures: readonly Figure[],
  targetBytes: number,
  piece: AddPiece,
): PieceRef {
  const blockStarts: number[] = [];
  const blocks: PieceRef[] = [];
  let held: string[] = [];
  let bytes = 0;
  const cut = () => {
    if (held.length === 0) return;
    blocks.push(
      piece(`lookup/figures-${blocks.length}`, "json", `{"figures":[${held.join(",")}]}`),
    );
    held = [];
    bytes = 0;
  };
  const postings = new Map<string, number[]>();
  figures.forEach((figure, ordinal) => {
    if (held.length === 0) blockStarts.push(ordinal);
    const json = JSON.stringify(figure);
    held.push(json);
    bytes += json.length + 1;
    if (bytes >= targetBytes) cut();
    for (const key of figureKeys(figure)) {
      const list = postings.get(key);
      if (list) list.push(ordinal);
      else postings.set(key, [ordinal]);
    }
  });
  cut();

  // Each key's list goes as its text is made, so the postings are not held twice.
  const entries: { key: string; json: string }[] = [];
  for (const [key, ordinals] of postings) {
    entries.push({ key, json: `${JSON.stringify(key)}:${JSON.stringify(gaps(ordinals))}` });
    postings.delete(key);
  }
  const total = entries.reduce((n, e) => n + e.json.length + 1, 0);
  const count = Math.max(1, Math.ceil(total / targetBytes));
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const e of entries) shards[shardOf(e.key, count)].push(e.json);
  const directory: LookupDirectory = {
    hash: SHARD_HASH,
    keyLength: KEY_LENGTH,
    figures: figures.length,
    blockStarts,
    blocks,
    postings: shards.map((s, i) =>
      piece(`lookup/postings-${i}`, "json", `{"postings":{${s.join(",")}}}`),
    ),
  };
  return piece("lookup", "json", JSON.stringify(directory));
}

/** Ascending ordinals as the gaps between them: small numbers, which gzip well. */
export function gaps(ordinals: number[]): number[] {
  return ordinals.map((n, i) => (i === 0 ? n : n - ordinals[i - 1]));
}

/** The ordinals of `gapped` (gaps as planLookupIndex writes them). */
export function ordinalsOf(gapped: readonly number[]): number[] {
  let at = 0;
  return gapped.map((gap) => (at += gap));
}
