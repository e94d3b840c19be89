import type { LookupIndex } from "../../lookup/buildIndex";
import { normalizeId } from "../../lookup/normalizeId";
import type { NearIdBlock, NearIdDirectory, PieceRef } from "./pieceTypes";

type AddPiece = (stem: string, ext: string, content: string) => PieceRef;

/**
 * The "Did you mean" pieces: every figure and event id, sorted, in blocks of about
 * `targetBytes`. Ids that share their start with a typed one sort beside where it would sort,
 * so an unknown id reads a few blocks instead of every id. Returns the directory's reference.
 */
export function planNearIds(
  figureIds: readonly string[],
  eventIds: readonly string[],
  targetBytes: number,
  piece: AddPiece,
): PieceRef {
  const events = new Set(eventIds);
  const firsts: string[] = [];
  const blocks: PieceRef[] = [];
  let held: NearIdBlock = { figures: [], events: [] };
  let bytes = 0;
  const cut = () => {
    if (bytes === 0) return;
    blocks.push(piece(`ids/near-${blocks.length}`, "json", JSON.stringify(held)));
    held = { figures: [], events: [] };
    bytes = 0;
  };
  for (const id of [...figureIds, ...eventIds].sort()) {
    if (bytes === 0) firsts.push(id);
    (events.has(id) ? held.events : held.figures).push(id);
    bytes += id.length + 3;
    if (bytes >= targetBytes) cut();
  }
  cut();
  const directory: NearIdDirectory = { firsts, blocks };
  return piece("ids/near", "json", JSON.stringify(directory));
}

/**
 * The blocks to read for ids near `typed`: the one it would sort into and its neighbours on
 * both sides, so the ids just before and just after it are there wherever the block cuts fall.
 * @example nearBlocks({ firsts: ["a", "m", "t"], blocks }, "moon") // [0, 1, 2]
 */
export function nearBlocks(directory: NearIdDirectory, typed: string): number[] {
  const key = sortKey(typed);
  let lo = 0;
  let hi = directory.firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (directory.firsts[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  const at = Math.max(0, lo - 1);
  return [at - 1, at, at + 1].filter((i) => i >= 0 && i < directory.blocks.length);
}

/** Where typed text sorts among ids: as an id, its spaces the hyphens ids put between words. */
function sortKey(typed: string): string {
  return normalizeId(typed).replace(/\s+/g, "-");
}

/**
 * `index` whose "Did you mean" candidates are the ids of `blocks` (read with nearBlocks), for
 * a slice of the pieces answering an id or a LOOKUP no record matches.
 */
export function withNearIds(index: LookupIndex, blocks: readonly NearIdBlock[]): LookupIndex {
  const figureIds = blocks.flatMap((b) => b.figures);
  return {
    ...index,
    recordIds: [...figureIds, ...blocks.flatMap((b) => b.events)].sort(),
    figureIds,
  };
}
